// Writes of the endorsements section: apply, comment, remove (with a confirmation); errors become notifications.
import { api } from '../../state/services';
import { askConfirm } from '../dialogs/dialog-store';
import { notify } from '../notifications/notifications';
import { reportError } from '../notifications/report-error';

export async function recordApplied(noteId: string, memberId: string): Promise<boolean> {
  try {
    await api().call('network.endorse', { noteId, memberId, kind: 'applied' });
    return true;
  } catch (err) {
    reportError(err, 'endorsements.errorApply');
    return false;
  }
}

export async function recordComment(noteId: string, memberId: string, text: string): Promise<boolean> {
  try {
    await api().call('network.endorse', { noteId, memberId, kind: 'comment', text });
    return true;
  } catch (err) {
    reportError(err, 'endorsements.errorComment');
    return false;
  }
}

/** Asks first; true when the endorsement or comment was removed. */
export async function removeEndorsement(id: number, kind: 'applied' | 'comment', memberName: string): Promise<boolean> {
  const ok = await askConfirm({
    titleKey: kind === 'applied' ? 'endorsements.removeAppliedTitle' : 'endorsements.removeCommentTitle',
    detailKey: kind === 'applied' ? 'endorsements.removeAppliedDetail' : 'endorsements.removeCommentDetail',
    okKey: 'endorsements.remove',
    params: { name: memberName },
  });
  if (!ok) return false;
  try {
    await api().call('network.unendorse', { id });
    notify('info', kind === 'applied' ? 'endorsements.removedApplied' : 'endorsements.removedComment', { name: memberName });
    return true;
  } catch (err) {
    reportError(err, 'endorsements.errorRemove');
    return false;
  }
}
