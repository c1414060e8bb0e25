// Importing the real Foam docs vault with the CLI: every file, link counts that match an independent count, dry run, round trip.
// Edge case: `[[...]]` inside a ```` fence that contains a ``` line (user/features/foam-queries.md) is code for the
// importer (mdast), the independent count (fence length rule) and the stored links table (wikilink.ts maskCode) alike.
import Database from 'better-sqlite3';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { countVault } from './independent-count';
import { dbContent, emptyWorkspace, fileHashes, FOAM_DOCS } from './vault-helpers';

const tempDir = useTempDirs();
/** These tests spawn the real CLI several times; give them room on a busy machine. */
const CLI_TIMEOUT = 120_000;

function importJson(dir: string, ws: string, extra: string[] = []) {
  const r = copw(['import-markdown', dir, '--workspace', ws, '--json', ...extra]);
  expect(r.stderr.replace(/^Import .*\n/gm, '')).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { notes: number; links: number; unresolvedLinks: number; attachments: number; warnings: { file: string; message: string }[]; dryRun: boolean };
}

interface NoteFacts {
  tags: string;
  links: string;
  images: number;
}
/** Per title: tags, resolved link targets (by title) and how many images point at stored attachments. */
function facts(ws: string): Map<string, NoteFacts> {
  const db = new Database(join(ws, 'workspace.copw.db'), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT n.title, n.body,
           (SELECT group_concat(tag, ',') FROM (SELECT tag FROM note_tags WHERE note_id = n.id ORDER BY tag)) AS tags,
           (SELECT group_concat(t, ',') FROM (SELECT coalesce(tn.title, '?' || l.target_title) AS t FROM links l LEFT JOIN notes tn ON tn.id = l.target_id WHERE l.source_id = n.id ORDER BY 1)) AS links
         FROM notes n`,
      )
      .all() as { title: string; body: string; tags: string | null; links: string | null }[];
    return new Map(rows.map((r) => [r.title, { tags: r.tags ?? '', links: r.links ?? '', images: (r.body.match(/!\[[^\]]*\]\(attachments\/[^/]+\//g) ?? []).length }]));
  } finally {
    db.close();
  }
}

/** Note bodies by title, attachment ids masked (they are new ids in another workspace). */
function bodies(ws: string): Record<string, string> {
  const db = new Database(join(ws, 'workspace.copw.db'), { readonly: true });
  try {
    const rows = db.prepare('SELECT title, body FROM notes').all() as { title: string; body: string }[];
    return Object.fromEntries(rows.map((r) => [r.title, r.body.replace(/attachments\/[0-9a-f-]{36}\//g, 'attachments/ID/')]));
  } finally {
    db.close();
  }
}

function attachmentHashes(ws: string): string[] {
  const db = new Database(join(ws, 'workspace.copw.db'), { readonly: true });
  try {
    return db.prepare('SELECT sha256 FROM attachments ORDER BY sha256').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('copw import-markdown on the Foam docs vault', () => {
  it('imports every Markdown file; links and unresolved links match an independent count', () => {
    const expected = countVault(FOAM_DOCS);
    expect(expected.files).toBe(86);
    const ws = emptyWorkspace(tempDir());
    const report = importJson(FOAM_DOCS, ws);
    expect(report.dryRun).toBe(false);
    expect(report.notes).toBe(expected.files);
    expect(report.links).toBe(expected.links);
    expect(report.unresolvedLinks).toBe(expected.unresolved);
    // The vault's links to its own files (e.g. ../../assets/images/*.gif that are not in the fixture) are reported.
    expect(report.warnings.some((w) => w.file === 'dev/contribution-guide.md' && /outside the vault/.test(w.message))).toBe(true);
    const titles = [...facts(ws).keys()].sort();
    expect(titles).toEqual([...expected.titles].sort());
    // Path-style and file-name links were rewritten to titles, so they resolve in the workspace.
    const db = new Database(join(ws, 'workspace.copw.db'), { readonly: true });
    const resolved = db.prepare('SELECT count(*) FROM links WHERE target_id IS NOT NULL').pluck().get() as number;
    const body = db.prepare("SELECT body FROM notes WHERE title = 'Wikilinks'").pluck().get() as string;
    db.close();
    expect(resolved).toBeGreaterThanOrEqual(expected.links - expected.unresolved);
    // The workspace's own link table agrees with the report.
    const stats = JSON.parse(copw(['stats', '--workspace', ws, '--json']).stdout);
    expect({ links: stats.links, unresolvedLinks: stats.unresolvedLinks }).toEqual({ links: report.links, unresolvedLinks: report.unresolvedLinks });
    expect(body).toContain('`[[double bracket]]`'); // code is never rewritten
  }, CLI_TIMEOUT);

  it('--dry-run reports the same numbers and writes nothing', () => {
    const ws = emptyWorkspace(tempDir());
    const snapshot = () => {
      const files = fileHashes(ws);
      for (const k of Object.keys(files)) if (k.startsWith('workspace.copw.db')) delete files[k];
      const db = new Database(join(ws, 'workspace.copw.db'), { readonly: true });
      try {
        return { files, db: dbContent(db) };
      } finally {
        db.close();
      }
    };
    const before = snapshot();
    const dry = importJson(FOAM_DOCS, ws, ['--dry-run']);
    const expected = countVault(FOAM_DOCS);
    expect(dry).toMatchObject({ dryRun: true, notes: expected.files, links: expected.links, unresolvedLinks: expected.unresolved });
    const after = snapshot();
    expect(after).toEqual(before);
    expect(after.db.notes).toEqual([]);
    expect(after.db.attachments).toEqual([]);
  }, CLI_TIMEOUT);

  it('export then re-import round-trips titles, links, tags and images', () => {
    const root = tempDir();
    const vault = join(root, 'foam-docs');
    cpSync(FOAM_DOCS, vault, { recursive: true });
    // Give the copy the images its notes point at, plus an Obsidian-style embed and a shared image.
    mkdirSync(join(vault, 'assets', 'images'), { recursive: true });
    writeFileSync(join(vault, 'assets', 'images', 'graph-style.gif'), Buffer.from('GIF89a graph'));
    writeFileSync(join(vault, 'assets', 'images', 'snippets.gif'), Buffer.from('GIF89a snippets'));
    writeFileSync(join(vault, 'assets', 'images', 'markdown-snippets.gif'), Buffer.from('GIF89a snippets')); // same bytes: deduplicated
    writeFileSync(join(vault, 'pic one.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    writeFileSync(join(vault, 'gallery.md'), '---\ntags: [images, demo]\naliases: Pictures\n---\n# Gallery\n\n![[pic one.png]]\n\nSee [[graph-view]], [[user/features/tags|tags]] and [[why]].\n');
    writeFileSync(join(vault, 'why.md'), '---\ntitle: "Why: a/b?"\n---\nA title that is no valid file name.\n');

    const ws1 = emptyWorkspace(root, 'ws1');
    const first = importJson(vault, ws1);
    expect(first.notes).toBe(88);
    expect(first.attachments).toBe(4); // LICENSE.txt, graph-style.gif, one snippets gif, pic one.png
    const out = join(root, 'out');
    const exp = copw(['export-markdown', out, '--workspace', ws1, '--domain', 'foam-docs']);
    expect(exp.stderr).toBe('');
    expect(exp.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['attachments', 'foam-docs']);
    expect(readdirSync(join(out, 'foam-docs'))).toHaveLength(88);
    const gallery = readFileSync(join(out, 'foam-docs', 'Gallery.md'), 'utf8');
    expect(gallery).toMatch(/^---\ntitle: Gallery\naliases:\n {2}- Pictures\ntags:\n {2}- demo\n {2}- images\n/);
    expect(gallery).toContain('](../attachments/pic%20one.png)');
    expect(gallery).toContain('[[Why- a-b-|Why: a/b?]]'); // file name differs from the title: Obsidian resolves the file name

    const ws2 = emptyWorkspace(root, 'ws2');
    const second = importJson(out, ws2, ['--domain', 'foam-docs']);
    expect(second.notes).toBe(first.notes);
    expect(second.links).toBe(first.links);
    expect(second.unresolvedLinks).toBe(first.unresolvedLinks);
    expect(second.attachments).toBe(first.attachments);
    expect(facts(ws2)).toEqual(facts(ws1));
    expect(bodies(ws2)).toEqual(bodies(ws1));
    expect(attachmentHashes(ws2)).toEqual(attachmentHashes(ws1));
    expect([...facts(ws1).values()].reduce((n, f) => n + f.images, 0)).toBe(4);
  }, CLI_TIMEOUT);

  it('export refuses a folder that is not empty', () => {
    const root = tempDir();
    const ws = emptyWorkspace(root);
    const out = join(root, 'busy');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const r = copw(['export-markdown', out, '--workspace', ws]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error CONFLICT: Export folder is not empty/);
    expect(readdirSync(out)).toEqual(['keep.txt']);
  }, CLI_TIMEOUT);

  it('both commands have --help', () => {
    expect(copw(['import-markdown', '--help']).stdout).toContain('--dry-run');
    expect(copw(['export-markdown', '--help']).stdout).toContain('--domain');
  }, CLI_TIMEOUT);
});
