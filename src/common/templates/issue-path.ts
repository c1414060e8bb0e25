// JSON paths for template issues: ['phases', 2, 'fields', 1, 'type'] → `phases[2].fields[1].type` ('' is the root).

export type PathPart = string | number;

export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out;
}

/** How a CLI or UI shows one issue: `path: message`, or just the message for the whole file. */
export function formatTemplateIssue(issue: { path: string; message: string }): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
