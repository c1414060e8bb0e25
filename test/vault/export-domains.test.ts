// Markdown export of a chosen set of domains: exactly their notes, and an unknown domain refused before anything is written.
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, openServices } from '../helpers/workspace';
import { createInProcessClient } from '../../src/node/transport/in-process';
import type { Services } from '../../src/node/services/create-services';
import type { ApiClient } from '../../src/common/api/contract';

const tempDir = useTempDirs();
let services: Services;
let client: ApiClient;

beforeAll(() => {
  services = openServices(demoWorkspace(tempDir('export-domains')));
  client = createInProcessClient(services);
});
afterAll(() => services.close());

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
}

describe('vault.exportMarkdown with several domains', () => {
  it('writes the notes of exactly the chosen domains, one folder each', async () => {
    const domains = await client.call('domains.list', {});
    const chosen = domains.filter((d) => d.name === 'Circulation' || d.name === 'Shelving');
    expect(chosen).toHaveLength(2);
    const out = join(tempDir('export-domains-out'), 'vault');
    const report = await client.call('vault.exportMarkdown', { outDir: out, domainIds: chosen.map((d) => d.id) });
    const expected = chosen.reduce((n, d) => n + (services.db.prepare('SELECT count(*) FROM notes WHERE domain_id = ? AND deleted_at IS NULL').pluck().get(d.id) as number), 0);
    expect(report.notes).toBe(expected);
    expect(markdownFiles(out)).toHaveLength(expected);
    const folders = readdirSync(out).filter((f) => f !== 'attachments');
    expect(folders.sort()).toEqual(['Circulation', 'Shelving']);
  });

  it('refuses an unknown domain id and writes nothing', async () => {
    const out = join(tempDir('export-domains-bad'), 'vault');
    const [first] = await client.call('domains.list', {});
    await expect(client.call('vault.exportMarkdown', { outDir: out, domainIds: [first.id, 'no-such-domain'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(out)).toBe(false);
  });
});
