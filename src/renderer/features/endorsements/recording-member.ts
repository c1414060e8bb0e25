// The member endorsements are recorded as ("recording as: X"): there is no logged-in user, so the last choice is kept in localStorage.
const KEY = 'copw.endorsements.recordingAs';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (e.g. privacy settings): the choice lasts for this view only
  }
}

export function loadRecordingMember(): string | null {
  return storage()?.getItem(KEY) || null;
}

export function saveRecordingMember(memberId: string | null): void {
  const s = storage();
  if (!s) return;
  if (memberId) s.setItem(KEY, memberId);
  else s.removeItem(KEY);
}
