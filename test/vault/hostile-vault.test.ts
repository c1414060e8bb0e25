// Hostile and awkward vault input: paths outside the vault, symlinks, BOM/CRLF, invalid UTF-8, broken front matter, code.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MarkdownImportReport } from '../../src/common/api/methods/vault';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { useTempDirs } from '../helpers/temp-dir';
import { openServices } from '../helpers/workspace';
import { emptyWorkspace, fileHashes } from './vault-helpers';

const tempDir = useTempDirs();
const SECRET = 'TOP-SECRET-OUTSIDE-THE-VAULT';

function makeVault(root: string): string {
  const vault = join(root, 'Hostile Vault');
  const outside = join(root, 'outside');
  mkdirSync(join(vault, 'sub'), { recursive: true });
  mkdirSync(join(vault, '.obsidian'), { recursive: true });
  mkdirSync(join(vault, 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.png'), SECRET);
  writeFileSync(join(outside, 'secret.md'), `# ${SECRET}\n`);
  writeFileSync(join(vault, '.obsidian', 'workspace.md'), 'not a note');
  writeFileSync(join(vault, 'node_modules', 'pkg', 'readme.md'), 'not a note');
  symlinkSync(join(outside, 'secret.png'), join(vault, 'evil.png'));
  symlinkSync(join(outside, 'secret.md'), join(vault, 'evil.md'));
  symlinkSync(outside, join(vault, 'linked'));
  writeFileSync(
    join(vault, 'escape.md'),
    [
      '# Escape',
      '',
      '![passwd](../../etc/passwd)',
      '![abs](/etc/passwd)',
      '![evil](evil.png)',
      '![via folder link](linked/secret.png)',
      '![remote](https://example.org/a.png)',
      '![[evil.png]]',
      '',
    ].join('\n'),
  );
  writeFileSync(join(vault, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\r\ntitle: Byte Order\r\ntags: a, b\r\naliases: BOM note\r\n---\r\nLine one\r\nLine two [[crlf]]\r\n')]));
  writeFileSync(join(vault, 'crlf.md'), '# CRLF Note\r\n\r\nSee [[bom note]].\r\n');
  writeFileSync(join(vault, 'latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x5b, 0x5b, 0x63, 0x72, 0x6c, 0x66, 0x5d, 0x5d, 0x0a]));
  writeFileSync(join(vault, 'broken.md'), '---\ntitle: [unclosed\ntags: : :\n---\nBody after broken front matter.\n');
  writeFileSync(join(vault, 'sub', 'code.md'), '# Code\n\n`[[bom]]` and\n\n```\n[[crlf]]\n```\n\nbut [[sub/../crlf|real link]] and [[missing note]] and [plain](../crlf.md#top).\n');
  return vault;
}

async function runImport(dryRun = false) {
  const root = tempDir();
  const vault = makeVault(root);
  const ws = emptyWorkspace(root);
  const services = openServices(ws);
  const client = createInProcessClient(services);
  const report: MarkdownImportReport = await client.call('vault.importMarkdown', { dir: vault, dryRun });
  return { ws, services, client, report };
}

describe('vault.importMarkdown with hostile input', () => {
  it('never reads or copies files outside the vault, and warns about each such link', async () => {
    const { ws, services, report } = await runImport();
    try {
      const warned = (file: string, re: RegExp) => report.warnings.some((w) => w.file === file && re.test(w.message));
      expect(warned('escape.md', /"..\/..\/etc\/passwd" points outside the vault/)).toBe(true);
      expect(warned('escape.md', /absolute path "\/etc\/passwd"/)).toBe(true);
      expect(warned('escape.md', /"evil.png" leads outside the vault through a symbolic link/)).toBe(true);
      expect(warned('escape.md', /"linked\/secret.png" leads outside/)).toBe(true);
      expect(warned('evil.png', /outside the vault; not followed/)).toBe(true);
      expect(warned('evil.md', /outside the vault; not followed/)).toBe(true);
      expect(report.attachments).toBe(0);
      expect(services.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0);
      expect(Object.keys(fileHashes(join(ws, 'attachments')))).toEqual([]);
      const bodies = services.db.prepare('SELECT body FROM notes').pluck().all() as string[];
      expect(bodies.join('\n')).not.toContain(SECRET);
      const escape = bodies.find((b) => b.startsWith('# Escape'))!;
      expect(escape).toContain('![passwd](../../etc/passwd)'); // the text is kept
      expect(escape).toContain('![remote](https://example.org/a.png)');
      const titles = (services.db.prepare('SELECT title FROM notes').pluck().all() as string[]).sort();
      expect(titles).toEqual(['Byte Order', 'CRLF Note', 'Code', 'Escape', 'broken', 'latin1']); // no dot-folder, node_modules or symlinked notes
    } finally {
      services.close();
    }
  });

  it('handles BOM, CRLF, invalid UTF-8, broken front matter and code spans', async () => {
    const { services, client, report } = await runImport();
    try {
      const byTitle = (t: string) => services.db.prepare('SELECT id FROM notes WHERE title = ?').pluck().get(t) as string;
      const bom = await client.call('notes.get', { id: byTitle('Byte Order') });
      expect(bom.body).toBe('Line one\nLine two [[CRLF Note]]\n');
      expect(bom.tags).toEqual(['a', 'b']);
      expect(bom.aliases).toEqual(['BOM note']);
      const crlf = await client.call('notes.get', { id: byTitle('CRLF Note') });
      expect(crlf.body).toBe('# CRLF Note\n\nSee [[Byte Order|bom note]].\n'); // H1 kept in the body; a link by alias keeps showing it
      expect(crlf.links[0].targetId).toBe(bom.id);
      const latin = await client.call('notes.get', { id: byTitle('latin1') });
      expect(latin.body).toBe('Caf\uFFFD [[CRLF Note]]\n');
      expect(report.warnings).toContainEqual({ file: 'latin1.md', message: 'Not valid UTF-8; invalid bytes were replaced with U+FFFD' });
      const broken = await client.call('notes.get', { id: byTitle('broken') });
      expect(broken.body.startsWith('---\ntitle: [unclosed')).toBe(true);
      expect(report.warnings.some((w) => w.file === 'broken.md' && /not valid YAML/.test(w.message))).toBe(true);
      const code = await client.call('notes.get', { id: byTitle('Code') });
      expect(code.body).toBe('# Code\n\n`[[bom]]` and\n\n```\n[[crlf]]\n```\n\nbut [[CRLF Note|real link]] and [[missing note]] and [[CRLF Note#top|plain]].\n');
      expect(report.warnings).toContainEqual({ file: 'sub/code.md', message: 'Wikilink [[missing note]] matches no note of the vault' });
      // ![[evil.png]] stays an (unresolved) wikilink: its file is outside the vault.
      expect(report.warnings).toContainEqual({ file: 'escape.md', message: 'Wikilink [[evil.png]] matches no note of the vault' });
      expect(report.unresolvedLinks).toBe(2);
      expect(report.links).toBe(7); // escape 1, bom 1, crlf 1, latin1 1, code 3 (the two in code do not count)
    } finally {
      services.close();
    }
  });

  it('keeps both notes when a title already exists in the domain', async () => {
    const root = tempDir();
    const ws = emptyWorkspace(root);
    const vault = join(root, 'v');
    mkdirSync(vault);
    writeFileSync(join(vault, 'alpha.md'), 'first, see [[beta]]');
    const services = openServices(ws);
    try {
      const client = createInProcessClient(services);
      await client.call('vault.importMarkdown', { dir: vault, domainName: 'Circulation' });
      expect(services.db.prepare('SELECT count(*) FROM links WHERE target_id IS NULL').pluck().get()).toBe(1);
      writeFileSync(join(vault, 'alpha.md'), 'second');
      writeFileSync(join(vault, 'beta.md'), 'the missing note');
      const again = await client.call('vault.importMarkdown', { dir: vault, domainName: 'circulation' });
      expect(again.warnings).toContainEqual({ file: 'alpha.md', message: 'A note titled "alpha" already exists; imported as "alpha (2)"' });
      const rows = services.db.prepare('SELECT n.title, n.body, d.name FROM notes n JOIN domains d ON d.id = n.domain_id ORDER BY n.title').all();
      expect(rows).toEqual([
        { title: 'alpha', body: 'first, see [[beta]]', name: 'Circulation' },
        { title: 'alpha (2)', body: 'second', name: 'Circulation' },
        { title: 'beta', body: 'the missing note', name: 'Circulation' },
      ]);
      // The earlier note's link that waited for "beta" now resolves.
      expect(services.db.prepare('SELECT count(*) FROM links WHERE target_id IS NULL').pluck().get()).toBe(0);
    } finally {
      services.close();
    }
  });

  it('a dry run reports the same and writes nothing', async () => {
    const { ws, services, report } = await runImport(true);
    try {
      expect(report).toMatchObject({ dryRun: true, notes: 6, links: 7, unresolvedLinks: 2, attachments: 0, domainId: null });
      expect(services.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
      expect(services.db.prepare('SELECT count(*) FROM domains').pluck().get()).toBe(0);
      expect(readdirSync(join(ws, 'attachments'))).toEqual([]);
    } finally {
      services.close();
    }
  });
});
