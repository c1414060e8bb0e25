// Domain actions from the explorer and the palette: new, rename, archive/unarchive (domains.create / domains.update).
import { AppError } from '../../../common/errors';
import type { Domain } from '../../../common/api/types';
import { data, loadDomains, refreshNotes } from '../../state/data-store';
import { api } from '../../state/services';
import { workbench } from '../../state/workbench-store';
import { askInput } from '../dialogs/dialog-store';
import { openExportDialog } from '../packages/export/export-dialog-store';
import { notify } from '../notifications/notifications';
import { reportError } from '../notifications/report-error';
import { log } from '../output/output-log';

function rejected(err: unknown, contextKey: string): string {
  if (err instanceof AppError && (err.code === 'INVALID_INPUT' || err.code === 'CONFLICT')) return err.message;
  reportError(err, contextKey);
  return err instanceof Error ? err.message : String(err);
}

export async function createDomainInteractive(): Promise<void> {
  await askInput({
    titleKey: 'domains.newTitle',
    promptKey: 'domains.newPrompt',
    placeholderKey: 'domains.newPlaceholder',
    okKey: 'domains.create',
    async submit(name) {
      try {
        const domain = await api().call('domains.create', { name });
        log('info', 'output.domainCreated', { name: domain.name });
        await loadDomains();
        return null;
      } catch (err) {
        return rejected(err, 'errors.createDomain');
      }
    },
  });
}

export async function renameDomainInteractive(domain: Domain): Promise<void> {
  await askInput({
    titleKey: 'domains.renameTitle',
    promptKey: 'domains.renamePrompt',
    placeholderKey: 'domains.newPlaceholder',
    okKey: 'domains.rename',
    params: { name: domain.name },
    initialValue: domain.name,
    async submit(name) {
      if (name.trim() === domain.name) return null;
      try {
        const updated = await api().call('domains.update', { id: domain.id, name });
        log('info', 'output.domainRenamed', { from: domain.name, to: updated.name });
        await loadDomains();
        return null;
      } catch (err) {
        return rejected(err, 'errors.updateDomain');
      }
    },
  });
}

export async function archiveDomainInteractive(domain: Domain): Promise<void> {
  try {
    const updated = await api().call('domains.update', { id: domain.id, archived: !domain.archived });
    notify('info', updated.archived ? 'domains.archived' : 'domains.unarchived', { name: updated.name });
    log('info', updated.archived ? 'domains.archived' : 'domains.unarchived', { name: updated.name });
    await Promise.all([loadDomains(), refreshNotes()]);
  } catch (err) {
    reportError(err, 'errors.updateDomain');
  }
}

/** Opens the package export dialog with this domain ticked. */
export function exportDomainAsPackage(domain: Domain): void {
  openExportDialog({ domainIds: [domain.id] });
}

/** The domain the palette commands act on: the selected one, else the first. */
export function selectedDomain(): Domain | null {
  const domains = data.get().domains ?? [];
  return domains.find((d) => d.id === workbench.get().selectedDomainId) ?? null;
}

export async function renameSelectedDomain(): Promise<void> {
  const d = selectedDomain();
  if (!d) notify('warning', 'domains.noneSelected');
  else await renameDomainInteractive(d);
}

export async function archiveSelectedDomain(): Promise<void> {
  const d = selectedDomain();
  if (!d) notify('warning', 'domains.noneSelected');
  else await archiveDomainInteractive(d);
}
