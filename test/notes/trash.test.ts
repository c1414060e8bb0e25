// Trash, restore and purge: links to a trashed note become unresolved and come back on restore.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();

describe('trash', () => {
  it('trashing unresolves incoming links, stops counting outgoing ones, and hides the note everywhere', async () => {
    const env = notesEnv(tempDir('trash'));
    const d = await env.domain('Circulation');
    const target = await env.note(d, 'Weeding', 'Out to [[Shelving]] and [[Missing]].');
    const shelving = await env.note(d, 'Shelving');
    const source = await env.note(d, 'Source', 'See [[Weeding]].');
    const before = await env.client.call('workspace.stats', {});
    expect(before).toMatchObject({ notes: 3, links: 3, unresolvedLinks: 1, trashed: 0 });

    await env.client.call('notes.delete', { id: target });
    expect(await env.client.call('workspace.stats', {})).toMatchObject({ notes: 2, links: 1, unresolvedLinks: 1, trashed: 1 });
    expect((await env.client.call('notes.get', { id: source })).links[0].targetId).toBeNull();
    expect((await env.client.call('notes.list', {})).map((n) => n.id)).not.toContain(target);
    expect((await env.client.call('notes.page', {})).total).toBe(2);
    expect((await env.client.call('notes.linkTargets', {})).map((t) => t.id)).not.toContain(target);
    expect((await env.client.call('domains.list', {}))[0].noteCount).toBe(2);
    expect((await env.client.call('notes.backlinks', { id: shelving })).total).toBe(0);
    const trash = await env.client.call('notes.trash', {});
    expect(trash.map((t) => [t.id, t.deletedAt])).toEqual([[target, '2026-11-22T10:00:00.000Z']]);
    // The trash view can still open it.
    expect((await env.client.call('notes.get', { id: target })).title).toBe('Weeding');
    expect(await env.code(env.client.call('notes.update', { id: target, body: 'x' }))).toBe('CONFLICT');
    // A new note with the freed title takes the links.
    const replacement = await env.note(d, 'Weeding');
    expect((await env.client.call('notes.get', { id: source })).links[0].targetId).toBe(replacement);
    expect(await env.code(env.client.call('notes.restore', { id: target }))).toBe('CONFLICT');
    await expect(env.client.call('notes.restore', { id: target })).rejects.toThrow(/rename or delete that note first/);

    await env.client.call('notes.delete', { id: replacement });
    await env.client.call('notes.purge', { id: replacement });
    const restored = await env.client.call('notes.restore', { id: target });
    expect(restored.links.map((l) => l.targetId)).toEqual([shelving, null]);
    expect((await env.client.call('notes.get', { id: source })).links[0].targetId).toBe(target);
    expect(await env.client.call('workspace.stats', {})).toMatchObject({ notes: 3, links: 3, unresolvedLinks: 1, trashed: 0 });
    expect(env.events.filter((e) => e.id === target).map((e) => e.change)).toEqual(['created', 'updated', 'deleted', 'restored']);
    env.services.close();
  });

  it('a trashed same-title note in the source domain gives way to the note in another domain, and wins back on restore', async () => {
    const env = notesEnv(tempDir('trash-fallback'));
    const a = await env.domain('Alpha');
    const b = await env.domain('Beta');
    const inA = await env.note(a, 'Weeding');
    const inB = await env.note(b, 'Weeding');
    const source = await env.note(a, 'Source', '[[Weeding]]');
    expect((await env.client.call('notes.get', { id: source })).links[0].targetId).toBe(inA);
    await env.client.call('notes.delete', { id: inA });
    expect((await env.client.call('notes.get', { id: source })).links[0].targetId).toBe(inB);
    await env.client.call('notes.restore', { id: inA });
    expect((await env.client.call('notes.get', { id: source })).links[0].targetId).toBe(inA);
    env.services.close();
  });

  it('purge works only on trashed notes and removes the note for good', async () => {
    const env = notesEnv(tempDir('purge'));
    const d = await env.domain('Circulation');
    const target = await env.note(d, 'Weeding', 'v1');
    await env.client.call('notes.update', { id: target, body: 'v2' });
    const source = await env.note(d, 'Source', '[[Weeding]]');
    expect(await env.code(env.client.call('notes.purge', { id: target }))).toBe('CONFLICT');
    await env.client.call('notes.delete', { id: target });
    await env.client.call('notes.purge', { id: target });
    expect(await env.code(env.client.call('notes.get', { id: target }))).toBe('NOT_FOUND');
    expect(env.services.db.prepare('SELECT count(*) FROM note_versions WHERE note_id = ?').pluck().get(target)).toBe(0);
    expect((await env.client.call('notes.get', { id: source })).links[0].targetId).toBeNull();
    expect(await env.client.call('notes.trash', {})).toEqual([]);
    expect(env.events.at(-1)).toEqual({ id: target, change: 'purged' });
    env.services.close();
  });
});
