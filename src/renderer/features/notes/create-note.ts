// notes.create: asks for a title in an in-app dialog and creates the note in the selected (or first) domain.
import { AppError } from '../../../common/errors';
import { data, loadDomains, refreshNotes } from '../../state/data-store';
import { api } from '../../state/services';
import { selectDomain, setDomainExpanded, workbench } from '../../state/workbench-store';
import { openNote } from '../../workbench/tab-actions';
import { askInput } from '../dialogs/dialog-store';
import { notify } from '../notifications/notifications';
import { reportError } from '../notifications/report-error';
import { log } from '../output/output-log';

export async function createNoteInteractive(): Promise<void> {
  if (!data.get().domains) await loadDomains();
  const domains = data.get().domains ?? [];
  const selected = workbench.get().selectedDomainId;
  const domain = domains.find((d) => d.id === selected) ?? domains.find((d) => !d.archived) ?? domains[0];
  if (!domain) {
    notify('warning', 'newNote.noDomain');
    return;
  }
  await askInput({
    titleKey: 'newNote.title',
    promptKey: 'newNote.prompt',
    placeholderKey: 'newNote.placeholder',
    okKey: 'newNote.create',
    params: { domain: domain.name },
    async submit(title) {
      try {
        const note = await api().call('notes.create', { domainId: domain.id, title });
        log('info', 'output.created', { title: note.title, domain: domain.name });
        selectDomain(domain.id);
        setDomainExpanded(domain.id, true);
        openNote(note.id);
        void refreshNotes();
        return null;
      } catch (err) {
        if (err instanceof AppError && (err.code === 'INVALID_INPUT' || err.code === 'CONFLICT')) {
          log('warning', 'output.createRejected', { message: err.message });
          return err.message;
        }
        reportError(err, 'errors.createNote');
        return err instanceof Error ? err.message : String(err);
      }
    },
  });
}
