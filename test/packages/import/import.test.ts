// Import across two demo workspaces: new, re-import unchanged, updated, conflicts with each strategy, provenance, dry run.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';
import { count, domainId, exportDomain, openSide, totalChanges } from './import-fixture';
import type { Side } from './import-fixture';

const tmp = useTempDirs();
let root: string;
let a: Side;
let b: Side;
let circulationIds: string[];

const notesIn = (side: Side, domain: string) => count(side.db, 'SELECT count(*) FROM notes WHERE domain_id = ? AND deleted_at IS NULL', domain);
const bodyOf = (side: Side, id: string) => side.db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(id) as string;
const localIdFor = (originId: string) => b.db.prepare('SELECT note_id FROM provenance WHERE origin_note_id = ?').pluck().get(originId) as string;

beforeAll(async () => {
  root = tmp('import');
  a = openSide(root, 'a');
  b = openSide(root, 'b');
  const circ = await domainId(a, 'Circulation');
  circulationIds = a.db.prepare('SELECT id FROM notes WHERE domain_id = ? AND deleted_at IS NULL ORDER BY id').pluck().all(circ) as string[];
});

afterAll(() => {
  a.services.close();
  b.services.close();
});

describe('packages.import between two workspaces', () => {
  it('imports every note as new, with provenance, versions and a sharing event', async () => {
    expect(circulationIds.length).toBeGreaterThan(2);
    const pkg = await exportDomain(a, root, 'Circulation', 'v1.copkg');
    const circB = await domainId(b, 'Circulation');
    const before = notesIn(b, circB);

    const preview = await b.client.call('packages.previewImport', { path: pkg.path });
    expect(preview.notes).toHaveLength(circulationIds.length);
    expect(preview.notes.every((n) => n.status === 'new' && n.mine === null && n.localId === null)).toBe(true);
    expect(preview.manifest.packageId).toBe(pkg.packageId);
    expect(preview.signature).toEqual({ state: 'unsigned' });

    const report = await b.client.call('packages.import', { path: pkg.path });
    expect(report).toMatchObject({ added: circulationIds.length, updated: 0, conflicts: 0, unchanged: 0, dryRun: false });
    // Matched to B's own Circulation domain by name; same titles there, so the copies are renamed "(from …)".
    expect(notesIn(b, circB)).toBe(before + circulationIds.length);
    expect(count(b.db, 'SELECT count(*) FROM provenance WHERE package_id = ? AND package_version = 1', pkg.packageId)).toBe(circulationIds.length);
    const events = b.db.prepare("SELECT * FROM sharing_events WHERE kind = 'import'").all() as { package_id: string; note_ids: string; from_workspace: string }[];
    expect(events).toHaveLength(1);
    expect(events[0].package_id).toBe(pkg.packageId);
    expect(JSON.parse(events[0].note_ids)).toHaveLength(circulationIds.length);
    const local = localIdFor(circulationIds[0]);
    expect(bodyOf(b, local)).toBe(bodyOf(a, circulationIds[0]));
    const versions = await b.client.call('notes.versions', { id: local });
    expect(versions[0].reason).toMatch(/^import: "Circulation notes" v1 from /);
    // Searchable through the FTS index (filled by the normal insert triggers).
    const title = b.db.prepare('SELECT title FROM notes WHERE id = ?').pluck().get(local) as string;
    const hits = b.db.prepare('SELECT n.id FROM notes_fts f JOIN notes n ON n.rowid = f.rowid WHERE notes_fts MATCH ?').pluck().all(`"${title.split(' ')[0]}"`) as string[];
    expect(hits).toContain(local);
  });

  it('importing the same package again changes nothing at all', async () => {
    const path = `${root}/v1.copkg`;
    const changes = totalChanges(b.db);
    const report = await b.client.call('packages.import', { path });
    expect(report).toMatchObject({ added: 0, updated: 0, conflicts: 0, unchanged: circulationIds.length });
    expect(totalChanges(b.db)).toBe(changes);
    expect(count(b.db, "SELECT count(*) FROM sharing_events WHERE kind = 'import'")).toBe(1);
  });

  it('a later version updates the notes it created (no duplicates), with the package named in the history', async () => {
    const [first] = circulationIds;
    await a.client.call('notes.update', { id: first, body: 'Rewritten in A.\n\nSee [[Circulation desk rota]].' });
    const pkg = await exportDomain(a, root, 'Circulation', 'v2.copkg');
    expect(pkg.packageVersion).toBe(2);
    const preview = await b.client.call('packages.previewImport', { path: pkg.path });
    const statuses = Object.fromEntries(preview.notes.map((n) => [n.sourceId, n.status]));
    expect(statuses[first]).toBe('updated');
    expect(preview.notes.filter((n) => n.status === 'unchanged')).toHaveLength(circulationIds.length - 1);
    const updated = preview.notes.find((n) => n.sourceId === first)!;
    expect(updated.theirs.body).toContain('Rewritten in A.');
    expect(updated.mine!.body).not.toContain('Rewritten in A.');

    const notesBefore = count(b.db, 'SELECT count(*) FROM notes');
    const report = await b.client.call('packages.import', { path: pkg.path });
    expect(report).toMatchObject({ added: 0, updated: 1, conflicts: 0, packageVersion: 2 });
    expect(count(b.db, 'SELECT count(*) FROM notes')).toBe(notesBefore);
    const local = localIdFor(first);
    expect(bodyOf(b, local)).toContain('Rewritten in A.');
    expect(b.db.prepare('SELECT target_title FROM links WHERE source_id = ?').pluck().all(local)).toEqual(['Circulation desk rota']);
    const versions = await b.client.call('notes.versions', { id: local });
    expect(versions[0].reason).toMatch(/^import: "Circulation notes" v2 from /);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(b.db.prepare('SELECT package_version FROM provenance WHERE note_id = ?').pluck().get(local)).toBe(2);
  });

  it('a note changed on both sides is a conflict; dry run writes nothing; keep-mine keeps mine and settles it', async () => {
    const [, second] = circulationIds;
    const local = localIdFor(second);
    await a.client.call('notes.update', { id: second, body: 'Theirs: changed in A.' });
    await b.client.call('notes.update', { id: local, body: 'Mine: changed in B.' });
    const pkg = await exportDomain(a, root, 'Circulation', 'v3.copkg');
    const preview = await b.client.call('packages.previewImport', { path: pkg.path });
    const c = preview.notes.find((n) => n.sourceId === second)!;
    expect(c).toMatchObject({ status: 'conflict', localId: local, mine: { body: 'Mine: changed in B.' }, theirs: { body: 'Theirs: changed in A.' } });

    const changes = totalChanges(b.db);
    const dry = await b.client.call('packages.import', { path: pkg.path, strategy: 'keep-both', dryRun: true });
    expect(dry).toMatchObject({ conflicts: 1, keptBoth: 1, dryRun: true });
    expect(totalChanges(b.db)).toBe(changes);

    const report = await b.client.call('packages.import', { path: pkg.path, strategy: 'keep-mine' });
    expect(report).toMatchObject({ conflicts: 1, keptBoth: 0 });
    expect(bodyOf(b, local)).toBe('Mine: changed in B.');
    const again = await b.client.call('packages.import', { path: pkg.path });
    expect(again).toMatchObject({ conflicts: 0, updated: 0, unchanged: circulationIds.length });
  });

  it('take-theirs and keep-both (per-note choices over the strategy)', async () => {
    const [, second, third] = circulationIds;
    const l2 = localIdFor(second);
    const l3 = localIdFor(third);
    await a.client.call('notes.update', { id: second, body: 'Theirs again.' });
    await a.client.call('notes.update', { id: third, body: 'Theirs third.' });
    await b.client.call('notes.update', { id: l2, body: 'Mine again.' });
    await b.client.call('notes.update', { id: l3, body: 'Mine third.' });
    const pkg = await exportDomain(a, root, 'Circulation', 'v4.copkg');
    const notesBefore = count(b.db, 'SELECT count(*) FROM notes');
    const report = await b.client.call('packages.import', { path: pkg.path, strategy: 'keep-both', choices: { [second]: 'take-theirs' } });
    expect(report).toMatchObject({ conflicts: 2, keptBoth: 1 });
    expect(bodyOf(b, l2)).toBe('Theirs again.');
    expect(bodyOf(b, l3)).toBe('Mine third.');
    expect(count(b.db, 'SELECT count(*) FROM notes')).toBe(notesBefore + 1);
    const theirTitle = a.db.prepare('SELECT title FROM notes WHERE id = ?').pluck().get(third) as string;
    const copy = b.db.prepare("SELECT id, title, body FROM notes WHERE body = 'Theirs third.'").get() as { id: string; title: string; body: string };
    expect(copy.title).toMatch(new RegExp(`^${theirTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* \\(from .+\\)$`));
    expect(copy.id).not.toBe(l3);
    const copyVersions = await b.client.call('notes.versions', { id: copy.id });
    expect(copyVersions[0].reason).toMatch(/v4 from /);
    // Settled: the same package again is all unchanged and writes nothing.
    const changes = totalChanges(b.db);
    const again = await b.client.call('packages.import', { path: pkg.path, strategy: 'keep-both' });
    expect(again).toMatchObject({ conflicts: 0, updated: 0, added: 0, keptBoth: 0 });
    expect(totalChanges(b.db)).toBe(changes);
  });

  it('a package sent back to the origin maps its own notes to the originals (no duplicates)', async () => {
    const [, , third] = circulationIds;
    const back = await exportDomain(b, root, 'Circulation', 'back.copkg', 'From B');
    const preview = await a.client.call('packages.previewImport', { path: back.path });
    // A never saw B's version of the third note: with no common base it is a conflict, never a new note.
    expect(preview.notes.find((n) => n.localId === third)?.status).toBe('conflict');
    const ownOrigin = preview.notes.filter((n) => n.localId !== null && circulationIds.includes(n.localId));
    expect(ownOrigin).toHaveLength(circulationIds.length);
    expect(ownOrigin.every((n) => n.status !== 'new')).toBe(true);
  });
});
