// attachments.add / list / get: content-addressed, deduplicated storage under attachments/ and the link URL scheme.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, openServices } from '../helpers/workspace';

const tempDir = useTempDirs();

describe('attachments API', () => {
  it('stores, lists, returns and deduplicates attachments of a note', async () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const client = createInProcessClient(services);
      const [a, b] = (await client.call('notes.list', {})).slice(0, 2);
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]);
      const added = await client.call('attachments.add', { noteId: a.id, fileName: 'shelf photo.png', dataBase64: png.toString('base64') });
      expect(added).toMatchObject({ noteId: a.id, fileName: 'shelf photo.png', mime: 'image/png', size: 7 });
      const stored = join(services.workspaceDir, 'attachments', added.sha256.slice(0, 2), added.sha256);
      expect(readFileSync(stored)).toEqual(png);
      const got = await client.call('attachments.get', { id: added.id });
      expect(Buffer.from(got.dataBase64, 'base64')).toEqual(png);
      expect(await client.call('attachments.list', { noteId: a.id })).toEqual([added]);
      // The same bytes again (another note, another name): the stored attachment is reused, no second file.
      const again = await client.call('attachments.add', { noteId: b.id, fileName: 'copy.png', dataBase64: png.toString('base64') });
      expect(again.id).toBe(added.id);
      expect(services.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(1);
      // A note that links to it (attachments/<id>/<file name>) lists it too.
      await client.call('notes.update', { id: b.id, body: `![photo](attachments/${added.id}/shelf%20photo.png)` });
      expect((await client.call('attachments.list', { noteId: b.id })).map((x) => x.id)).toEqual([added.id]);
      const pdf = await client.call('attachments.add', { noteId: b.id, fileName: 'plan.PDF', dataBase64: Buffer.from('%PDF').toString('base64') });
      expect(pdf.mime).toBe('application/pdf');
      expect(existsSync(join(services.workspaceDir, 'attachments', pdf.sha256.slice(0, 2), pdf.sha256))).toBe(true);
    } finally {
      services.close();
    }
  });

  it('refuses a missing note, a bad file name and bad base64, storing nothing', async () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const client = createInProcessClient(services);
      const [a] = await client.call('notes.list', {});
      await expect(client.call('attachments.add', { noteId: 'nope', fileName: 'x.png', dataBase64: 'AA==' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(client.call('attachments.add', { noteId: a.id, fileName: '../x.png', dataBase64: 'AA==' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(client.call('attachments.add', { noteId: a.id, fileName: 'x.png', dataBase64: '!!not base64!!' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(client.call('attachments.get', { id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(services.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0);
    } finally {
      services.close();
    }
  });
});
