// A safe suggested file name for a package, from its title: "Circulation & Loans" → "circulation-loans.copkg".

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export function packageFileName(title: string): string {
  let stem = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  if (!stem) stem = 'package';
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem}-package`;
  return `${stem}.copkg`;
}
