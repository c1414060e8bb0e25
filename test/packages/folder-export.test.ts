// The same selection as a package, exported for members without the app: HTML mini-site and Markdown folder, into a
// folder or as a staged .zip downloaded in chunks (what the export dialog does in the browser host).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src/common/api/contract';
import { useTempDirs } from '../helpers/temp-dir';
import { readZipEntries } from '../helpers/zip-entries';
import { domainId, openSide } from './import/import-fixture';
import type { Side } from './import/import-fixture';

const tmp = useTempDirs();
let root: string;
let a: Side;
let circulation: string;
let circulationNotes: { id: string; title: string }[];

async function unzip(bytes: Buffer): Promise<Map<string, string>> {
  return new Map([...(await readZipEntries(bytes))].map(([name, data]) => [name, data.toString('utf8')]));
}

async function download(client: ApiClient, downloadId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0, eof = false; !eof; ) {
    const chunk = await client.call('packages.download', { downloadId, offset });
    const bytes = Buffer.from(chunk.dataBase64, 'base64');
    parts.push(bytes);
    offset += bytes.length;
    eof = chunk.eof;
  }
  await client.call('packages.release', { id: downloadId });
  return Buffer.concat(parts);
}

beforeAll(async () => {
  root = tmp('folder-export');
  a = openSide(root, 'a');
  circulation = await domainId(a, 'Circulation');
  circulationNotes = a.db.prepare('SELECT id, title FROM notes WHERE domain_id = ? AND deleted_at IS NULL ORDER BY title').all(circulation) as { id: string; title: string }[];
});

afterAll(() => a.services.close());

describe('HTML mini-site of a selection', () => {
  it('writes only the selected notes (an excluded note has no page) into a folder', async () => {
    const excluded = circulationNotes[0];
    const outDir = join(root, 'site');
    const r = await a.client.call('packages.exportHtml', { outDir, selection: { domainIds: [circulation], excludedNoteIds: [excluded.id] } });
    expect(r.notes).toBe(circulationNotes.length - 1);
    const pages = readdirSync(join(outDir, 'notes'));
    expect(pages).toHaveLength(circulationNotes.length - 1);
    const domains = readdirSync(join(outDir, 'domains'));
    expect(domains).toHaveLength(1);
    const allHtml = pages.map((p) => readFileSync(join(outDir, 'notes', p), 'utf8')).join('\n');
    expect(allHtml).toContain(circulationNotes[1].title.replace(/&/g, '&amp;'));
    expect(pages.some((p) => readFileSync(join(outDir, 'notes', p), 'utf8').includes(`<h1>${excluded.title}</h1>`))).toBe(false);
  });

  it('stages a zip with one root folder when no outDir is given, and removes its temp folder', async () => {
    const temps = () => readdirSync(tmpdir()).filter((n) => n.startsWith('copw-folder-export-')).length;
    const before = temps();
    const r = await a.client.call('packages.exportHtml', { selection: { domainIds: [circulation] }, title: 'Circulation' });
    expect(temps()).toBe(before);
    expect(r.outDir).toBe('');
    expect(r.fileName).toBe('circulation-site.zip');
    const files = await unzip(await download(a.client, r.downloadId as string));
    const names = [...files.keys()];
    expect(names.every((n) => n.startsWith('circulation-site/'))).toBe(true);
    expect(names).toContain('circulation-site/index.html');
    expect(names.filter((n) => n.startsWith('circulation-site/notes/'))).toHaveLength(circulationNotes.length);
    expect(files.get('circulation-site/index.html')).toContain('Circulation');
  });

  it('refuses an empty selection and an ambiguous one', async () => {
    await expect(a.client.call('packages.exportHtml', { selection: { tags: ['no-such-tag-here'] } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(a.client.call('packages.exportHtml', { domainIds: [circulation], selection: { domainIds: [circulation] } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('Markdown folder of a selection', () => {
  it('stages a zip of the selected notes as Markdown with front matter', async () => {
    const excluded = circulationNotes[1];
    const r = await a.client.call('packages.exportMarkdown', {
      selection: { domainIds: [circulation], excludedNoteIds: [excluded.id] },
      title: 'Circulation',
    });
    expect(r.notes).toBe(circulationNotes.length - 1);
    const files = await unzip(await download(a.client, r.downloadId as string));
    const md = [...files.keys()].filter((n) => n.endsWith('.md'));
    expect(md).toHaveLength(circulationNotes.length - 1);
    expect(md.every((n) => n.startsWith('circulation-markdown/Circulation/'))).toBe(true);
    expect([...files.values()].some((text) => text.includes(`title: ${excluded.title}`))).toBe(false);
    expect(files.get(md[0])?.startsWith('---\n')).toBe(true);
  });

  it('writes into an empty folder when given one', async () => {
    const outDir = join(root, 'md');
    const r = await a.client.call('packages.exportMarkdown', { outDir, selection: { domainIds: [circulation] } });
    expect(r.outDir).toBe(outDir);
    expect(existsSync(join(outDir, 'Circulation'))).toBe(true);
    expect(readdirSync(join(outDir, 'Circulation')).filter((n) => n.endsWith('.md'))).toHaveLength(circulationNotes.length);
  });
});
