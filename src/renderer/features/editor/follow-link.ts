// Following a wikilink from a note: notes.openLink finds the target or creates it in the source's domain.
import { api } from '../../state/services';
import { refreshNotes } from '../../state/data-store';
import { openNote } from '../../workbench/tab-actions';
import { reportError } from '../notifications/report-error';
import { log } from '../output/output-log';
import { invalidateLinkTargets } from './link-targets';

export async function followWikiLink(fromId: string, target: string): Promise<void> {
  try {
    const { note, created } = await api().call('notes.openLink', { fromId, target, create: true });
    if (!note) return;
    if (created) {
      log('info', 'output.linkCreated', { title: note.title });
      invalidateLinkTargets();
      void refreshNotes();
    }
    openNote(note.id);
  } catch (err) {
    reportError(err, 'errors.followLink', { target });
  }
}

/** "create «title»" in the [[ menu: makes the note in the source's domain so the new link resolves. */
export async function createLinkedNote(fromId: string, title: string): Promise<void> {
  try {
    const { created } = await api().call('notes.openLink', { fromId, target: title, create: true });
    if (created) log('info', 'output.linkCreated', { title });
    invalidateLinkTargets();
    void refreshNotes();
  } catch (err) {
    reportError(err, 'errors.followLink', { target: title });
  }
}
