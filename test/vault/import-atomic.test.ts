// A failing import changes nothing (database content and attachments folder), and a big import reports progress.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/node/vault/import-markdown';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { useTempDirs } from '../helpers/temp-dir';
import { openServices } from '../helpers/workspace';
import { dbContent, emptyWorkspace, fileHashes } from './vault-helpers';

const tempDir = useTempDirs();

function vaultWithImages(root: string, notes: number): string {
  const vault = join(root, 'Shelving');
  mkdirSync(join(vault, 'img'), { recursive: true });
  for (let i = 0; i < notes; i++) {
    const img = i % 50 === 0 ? `\n![shelf ${i}](img/shelf-${i}.png)\n` : '';
    writeFileSync(join(vault, `note-${i}.md`), `# Note ${i}\n\nLinks to [[note-${(i + 1) % notes}]] and [[Note ${(i * 7) % notes}]].${img}`);
    if (img) writeFileSync(join(vault, 'img', `shelf-${i}.png`), `png ${i}`);
  }
  return vault;
}

describe('vault import is all or nothing', () => {
  it('a failure before the commit leaves the workspace unchanged', async () => {
    const root = tempDir();
    const ws = emptyWorkspace(root);
    const vault = vaultWithImages(root, 120);
    const services = openServices(ws);
    try {
      // Something already in the workspace, so "unchanged" is not just "empty".
      const client = createInProcessClient(services);
      await client.call('vault.importMarkdown', { dir: vault, domainName: 'Earlier' });
      const before = { db: dbContent(services.db), files: fileHashes(join(ws, 'attachments')) };
      expect(before.files).not.toEqual({});
      writeFileSync(join(vault, 'img', 'shelf-0.png'), 'new content, so a new attachment file is staged');
      expect(() =>
        importMarkdown({
          db: services.db,
          workspaceDir: ws,
          dir: vault,
          now: '2026-11-22T11:00:00.000Z',
          beforeCommit: () => {
            throw new Error('injected failure');
          },
        }),
      ).toThrow('injected failure');
      expect(dbContent(services.db)).toEqual(before.db);
      expect(fileHashes(join(ws, 'attachments'))).toEqual(before.files);
    } finally {
      services.close();
    }
  });

  it('emits task.progress about every 100 files and workspace.changed at the end', async () => {
    const root = tempDir();
    const ws = emptyWorkspace(root);
    const vault = vaultWithImages(root, 250);
    const services = openServices(ws);
    try {
      const events: { event: string; payload: { done?: number; total?: number; finished?: boolean } }[] = [];
      services.subscribe((event, payload) => events.push({ event, payload: payload as never }));
      const report = await createInProcessClient(services).call('vault.importMarkdown', { dir: vault });
      expect(report).toMatchObject({ notes: 250, links: 500, unresolvedLinks: 0, attachments: 5 });
      const progress = events.filter((e) => e.event === 'task.progress');
      expect(progress.length).toBeGreaterThanOrEqual(6);
      expect(progress.at(-1)!.payload).toMatchObject({ done: 750, total: 750, finished: true });
      expect(events.at(-1)!.event).toBe('workspace.changed');
    } finally {
      services.close();
    }
  });
});
