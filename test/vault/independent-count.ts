// An independent, deliberately simple count of a vault's links, to check the importer against (no mdast, no importer code).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, posix, relative } from 'node:path';

export interface VaultCount {
  files: number;
  /** Wikilinks outside code plus Markdown links to other notes of the vault (the importer turns those into wikilinks). */
  links: number;
  unresolved: number;
  titles: string[];
}

export function listMarkdown(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!name.startsWith('.') && name !== 'node_modules') out.push(...listMarkdown(root, full));
    } else if (/\.(md|markdown)$/i.test(name)) out.push(relative(root, full).split('\\').join('/'));
  }
  return out;
}

/** Blanks fenced code blocks (closing fence: same character, at least as long) and inline code spans. */
export function maskCode(text: string): string {
  const lines = text.split('\n');
  let fence: string | null = null;
  const kept = lines.map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = null;
      return '';
    }
    if (m) {
      fence = m[1];
      return '';
    }
    return line;
  });
  return kept.join('\n').replace(/(`+)[\s\S]*?\1/g, (s) => ' '.repeat(s.length));
}

function frontMatter(text: string): { fm: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return m ? { fm: m[1], body: text.slice(m[0].length) } : { fm: '', body: text };
}

export function countVault(root: string): VaultCount {
  const files = listMarkdown(root);
  const byBase = new Map<string, string>();
  const names = new Set<string>();
  const titles: string[] = [];
  const texts = new Map<string, string>();
  for (const f of files) {
    const text = readFileSync(join(root, f), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    texts.set(f, text);
    const { fm, body } = frontMatter(text);
    const key = (s: string) => s.trim().toLowerCase();
    byBase.set(key(basename(f).replace(/\.md$/i, '')), f);
    names.add(key(f.replace(/\.md$/i, '')));
    const title = /^title:\s*(.+)$/m.exec(fm)?.[1].replace(/^["']|["']$/g, '') ?? /^# (.+)/.exec(body.trimStart())?.[1] ?? basename(f).replace(/\.md$/i, '');
    titles.push(title.trim());
    names.add(key(title));
    const aliasBlock = /^aliases:\s*\n((?:\s+- .+\n?)+)/m.exec(fm)?.[1];
    for (const a of aliasBlock?.match(/- (.+)/g) ?? []) names.add(key(a.slice(2)));
  }
  let links = 0;
  let unresolved = 0;
  for (const f of files) {
    const body = maskCode(frontMatter(texts.get(f)!).body);
    for (const m of body.matchAll(/\[\[([^[\]\n]+?)\]\]/g)) {
      const target = m[1].split('|')[0].split('#')[0].trim().replace(/\.md$/i, '').toLowerCase();
      if (!target) continue;
      links++;
      const base = target.split('/').pop()!;
      const found = names.has(target) || byBase.has(base) || [...names].some((n) => n.endsWith('/' + target));
      if (!found) unresolved++;
    }
    for (const m of body.matchAll(/(?<!!)\[[^\]\n]*\]\(([^)\s]+)\)/g)) {
      const url = m[1].split('#')[0];
      if (!url || /^[a-z]+:/i.test(url)) continue;
      const candidate = posix.normalize(posix.join(dirname(f), decodeURIComponent(url)));
      const withExt = /\.md$/i.test(candidate) ? candidate : `${candidate}.md`;
      if (!candidate.startsWith('..') && existsSync(join(root, withExt)) && /\.md$|^[^.]*$/i.test(basename(url))) links++;
    }
  }
  return { files: files.length, links, unresolved, titles };
}
