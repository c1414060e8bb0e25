// Import of things the target lacks: a new domain, a new member (only the package's fields), an attachment; signature; cancel.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobPath } from '../../../src/node/attachments/attachment-store';
import { useTempDirs } from '../../helpers/temp-dir';
import { FIXED_NOW } from '../../helpers/workspace';
import { count, domainId, exportDomain, openSide, totalChanges } from './import-fixture';
import type { Side } from './import-fixture';

const tmp = useTempDirs();
let root: string;
let a: Side;
let b: Side;
let noteId: string;
let attachmentId: string;

beforeAll(async () => {
  root = tmp('import-refs');
  a = openSide(root, 'a');
  b = openSide(root, 'b');
  const domain = await a.client.call('domains.create', { name: 'Archives' });
  const note = await a.client.call('notes.create', { domainId: domain.id, title: 'Digitising maps' });
  noteId = note.id;
  const stamp = FIXED_NOW.toISOString();
  a.db
    .prepare("INSERT INTO members (id, name, email, role, participation, narrative, created_at, updated_at) VALUES ('m-new', 'Ines Archivist', 'ines@example.org', 'archivist', 'core', 'Maps.', ?, ?)")
    .run(stamp, stamp);
  await a.client.call('notes.setMeta', { id: noteId, authorIds: ['m-new'], tags: ['maps'] });
  const att = await a.client.call('attachments.add', { noteId, fileName: 'map.png', dataBase64: Buffer.from('fake png bytes').toString('base64') });
  attachmentId = att.id;
  await a.client.call('notes.update', { id: noteId, body: `Scanned at 600 dpi.\n\n![map](attachments/${att.id}/map.png)` });
});

afterAll(() => {
  a.services.close();
  b.services.close();
});

describe('packages.import: domains, members, attachments', () => {
  it('creates the missing domain and member, stores the attachment and keeps the body link working', async () => {
    const waiting = b.db.prepare('SELECT id FROM notes WHERE deleted_at IS NULL ORDER BY id LIMIT 1').pluck().get() as string;
    await b.client.call('notes.update', { id: waiting, body: 'Waiting for [[Digitising maps]].' });
    const linkTarget = () => b.db.prepare("SELECT target_id FROM links WHERE source_id = ? AND target_title = 'Digitising maps'").pluck().get(waiting);
    expect(linkTarget()).toBeNull();
    const pkg = await exportDomain(a, root, 'Archives', 'archives.copkg', 'Archives');
    const report = await b.client.call('packages.import', { path: pkg.path });
    expect(report.added).toBe(1);
    const archives = await domainId(b, 'Archives');
    const local = b.db.prepare('SELECT n.id, n.body FROM notes n WHERE n.domain_id = ?').get(archives) as { id: string; body: string };
    const member = b.db.prepare("SELECT name, email, role, participation FROM members WHERE id = 'm-new'").get();
    expect(member).toEqual({ name: 'Ines Archivist', email: null, role: 'archivist', participation: 'core' });
    expect(b.db.prepare('SELECT member_id FROM note_authors WHERE note_id = ?').pluck().all(local.id)).toEqual(['m-new']);
    const att = b.db.prepare('SELECT id, note_id, sha256, file_name FROM attachments WHERE id = ?').get(attachmentId) as { id: string; note_id: string; sha256: string; file_name: string };
    expect(att).toMatchObject({ note_id: local.id, file_name: 'map.png' });
    expect(existsSync(join(b.dir, blobPath(att.sha256)))).toBe(true);
    expect(local.body).toContain(`attachments/${attachmentId}/map.png`);
    expect(linkTarget()).toBe(local.id);
    const got = await b.client.call('attachments.get', { id: attachmentId });
    expect(Buffer.from(got.dataBase64, 'base64').toString()).toBe('fake png bytes');
  });

  it('a second import matches domain, member and attachment instead of creating them again', async () => {
    const changes = totalChanges(b.db);
    const report = await b.client.call('packages.import', { path: join(root, 'archives.copkg') });
    expect(report).toMatchObject({ added: 0, unchanged: 1 });
    expect(totalChanges(b.db)).toBe(changes);
    expect(count(b.db, "SELECT count(*) FROM domains WHERE name = 'Archives'")).toBe(1);
    expect(count(b.db, "SELECT count(*) FROM members WHERE name = 'Ines Archivist'")).toBe(1);
  });

  it('reports a signed package as signed by an unknown key, then as trusted once the key is trusted', async () => {
    const out = join(root, 'signed.copkg');
    await a.client.call('packages.export', { selection: { domainIds: [await domainId(a, 'Archives')] }, outPath: out, title: 'Archives', sign: true });
    const unknown = await b.client.call('packages.previewImport', { path: out });
    expect(unknown.signature.state).toBe('unknown-key');
    const key = await a.client.call('keys.show', {});
    await b.client.call('keys.trust', { publicKey: key.publicKey, name: 'Workspace A' });
    const trusted = await b.client.call('packages.previewImport', { path: out });
    expect(trusted.signature).toMatchObject({ state: 'trusted', name: 'Workspace A' });
  });

  it('cancel (packages.cancel with the taskId) stops the import with CANCELLED and writes nothing', async () => {
    await a.client.call('notes.update', { id: noteId, body: 'Changed for the cancel test.' });
    const pkg = await exportDomain(a, root, 'Archives', 'cancel.copkg', 'Archives');
    const changes = totalChanges(b.db);
    const running = b.client.call('packages.import', { path: pkg.path, taskId: 'import-task-1' });
    await b.client.call('packages.cancel', { taskId: 'import-task-1' });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(totalChanges(b.db)).toBe(changes);
    const report = await b.client.call('packages.import', { path: pkg.path, taskId: 'import-task-1' });
    expect(report.updated).toBe(1);
  });

  it('an attachment whose content is already stored here under another id is reused and the body link rewritten', async () => {
    const archives = await domainId(a, 'Archives');
    const second = await a.client.call('notes.create', { domainId: archives, title: 'Loan form' });
    const theirs = await a.client.call('attachments.add', { noteId: second.id, fileName: 'form.pdf', dataBase64: Buffer.from('same pdf').toString('base64') });
    await a.client.call('notes.update', { id: second.id, body: `Use [the form](attachments/${theirs.id}/form.pdf).` });
    const someNote = b.db.prepare('SELECT id FROM notes WHERE deleted_at IS NULL LIMIT 1').pluck().get() as string;
    const mine = await b.client.call('attachments.add', { noteId: someNote, fileName: 'mine.pdf', dataBase64: Buffer.from('same pdf').toString('base64') });
    expect(mine.id).not.toBe(theirs.id);
    const pkg = await exportDomain(a, root, 'Archives', 'remap.copkg', 'Archives');
    expect((await b.client.call('packages.import', { path: pkg.path })).added).toBe(1);
    const body = b.db.prepare("SELECT body FROM notes WHERE title = 'Loan form'").pluck().get() as string;
    expect(body).toBe(`Use [the form](attachments/${mine.id}/form.pdf).`);
    expect(count(b.db, 'SELECT count(*) FROM attachments WHERE id = ?', theirs.id)).toBe(0);
    // Localised consistently: the same package again is unchanged.
    expect(await b.client.call('packages.import', { path: pkg.path })).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
  });
});
