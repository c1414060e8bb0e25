// Domains (create, rename, archive), notes.page, linkTargets, setMeta (move, aliases, authors) and openLink.
import { describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../src/common/api/contract';
import { NoteStore } from '../../src/node/store/note-store';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();

describe('domains', () => {
  it('creates with unique names and slugs, renames (rewriting [[Domain/Title]] links), describes and archives', async () => {
    const env = notesEnv(tempDir('domains'));
    const domainEvents: ApiEvents['domains.changed'][] = [];
    env.client.on('domains.changed', (e) => domainEvents.push(e));
    const created = await env.client.call('domains.create', { name: 'Katalogisasi & Metadata', description: 'Cataloguing' });
    expect(created).toMatchObject({ slug: 'katalogisasi-metadata', description: 'Cataloguing', archived: false, noteCount: 0 });
    expect(await env.code(env.client.call('domains.create', { name: 'katalogisasi & METADATA' }))).toBe('CONFLICT');
    expect(await env.code(env.client.call('domains.create', { name: 'katalogisasi-metadata' }))).toBe('CONFLICT');
    const other = await env.domain('Sirkulasi');
    const note = await env.note(created.id, 'RDA');
    const source = await env.note(other, 'Source', '[[Katalogisasi & Metadata/RDA|rda]] [[katalogisasi-metadata/RDA]]');
    const renamed = await env.client.call('domains.update', { id: created.id, name: 'Cataloguing' });
    expect(renamed).toMatchObject({ name: 'Cataloguing', slug: 'katalogisasi-metadata', noteCount: 1 });
    const after = await env.client.call('notes.get', { id: source });
    expect(after.body).toBe('[[Cataloguing/RDA|rda]] [[katalogisasi-metadata/RDA]]');
    expect(after.links.map((l) => l.targetId)).toEqual([note, note]);
    expect(await env.code(env.client.call('domains.update', { id: created.id, name: 'sirkulasi' }))).toBe('CONFLICT');
    const archived = await env.client.call('domains.update', { id: created.id, archived: true, description: 'Old' });
    expect(archived).toMatchObject({ archived: true, description: 'Old' });
    expect((await env.client.call('domains.update', { id: created.id, archived: false })).archived).toBe(false);
    expect(domainEvents.map((e) => e.change)).toEqual(['created', 'created', 'updated', 'archived', 'updated']);
    expect(await env.code(env.client.call('domains.update', { id: 'nope', name: 'X' }))).toBe('NOT_FOUND');
    env.services.close();
  });
});

describe('notes.page and linkTargets', () => {
  it('pages, sorts and filters many notes', async () => {
    const env = notesEnv(tempDir('page'));
    const a = await env.domain('Alpha');
    const b = await env.domain('Beta');
    const store = new NoteStore(env.services.db);
    env.services.db.transaction(() => {
      for (let i = 0; i < 3000; i++) {
        const stamp = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        store.insert({
          title: `Note ${String(i).padStart(4, '0')}`,
          domainId: i % 3 ? a : b,
          kind: i % 2 ? 'story' : 'practice',
          stage: 'share',
          tags: i % 10 === 0 ? ['tenth'] : [],
          aliases: i === 5 ? ['Five'] : [],
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
    })();
    const first = await env.client.call('notes.page', { limit: 3 });
    expect(first.total).toBe(3000);
    expect(first.items.map((n) => n.title)).toEqual(['Note 0000', 'Note 0001', 'Note 0002']);
    const deep = await env.client.call('notes.page', { offset: 2998, limit: 10 });
    expect(deep.items.map((n) => n.title)).toEqual(['Note 2998', 'Note 2999']);
    const recent = await env.client.call('notes.page', { sort: 'updated', domainId: b, limit: 2 });
    expect(recent.total).toBe(1000);
    expect(recent.items.map((n) => n.title)).toEqual(['Note 2997', 'Note 2994']);
    const filtered = await env.client.call('notes.page', { kind: 'practice', tag: 'tenth', domainId: b, limit: 500 });
    expect(filtered.total).toBe(100);
    expect(filtered.items.every((n) => n.tags.includes('tenth') && n.kind === 'practice' && n.domainId === b)).toBe(true);
    expect((await env.client.call('notes.page', { stage: 'apply' })).total).toBe(0);
    const targets = await env.client.call('notes.linkTargets', {});
    expect(targets).toHaveLength(3000);
    expect(targets[5]).toMatchObject({ title: 'Note 0005', domainName: 'Alpha', aliases: ['Five'] });
    env.services.close();
  });
});

describe('notes.setMeta', () => {
  it('moves a note keeping its links resolved, replaces tags/aliases/authors, and validates authors', async () => {
    const env = notesEnv(tempDir('meta'));
    const a = await env.domain('Alpha');
    const b = await env.domain('Beta');
    const moved = await env.note(a, 'Weeding', 'out to [[Shelving]]');
    const shelving = await env.note(a, 'Shelving');
    const source = await env.note(a, 'Source', '[[Weeding]] [[Alpha/Weeding|q]] [[Deselection]] [[Alias two]]');
    const meta = await env.client.call('notes.setMeta', { id: moved, domainId: b, kind: 'method', stage: 'apply', tags: ['x', 'y'], aliases: ['Deselection'] });
    expect(meta).toMatchObject({ domainId: b, kind: 'method', stage: 'apply', tags: ['x', 'y'], aliases: ['Deselection'] });
    expect(meta.links[0].targetId).toBe(shelving);
    const after = await env.client.call('notes.get', { id: source });
    expect(after.body).toBe('[[Weeding]] [[Beta/Weeding|q]] [[Deselection]] [[Alias two]]');
    expect(after.links.map((l) => l.targetId)).toEqual([moved, moved, moved, null]);
    // Alias replaced: the old alias link becomes unresolved, the new one resolves.
    await env.client.call('notes.setMeta', { id: moved, aliases: ['Alias two'] });
    expect((await env.client.call('notes.get', { id: source })).links.map((l) => l.targetId)).toEqual([moved, moved, null, moved]);
    await expect(env.client.call('notes.setMeta', { id: moved, authorIds: ['ghost'], tags: ['z'] })).rejects.toThrow(/unknown member id\(s\): ghost/);
    expect((await env.client.call('notes.get', { id: moved })).tags).toEqual(['x', 'y']);
    // Moving onto a taken title is refused.
    await env.note(a, 'Weeding');
    expect(await env.code(env.client.call('notes.setMeta', { id: moved, domainId: a }))).toBe('CONFLICT');
    env.services.close();
  });
});

describe('notes.openLink', () => {
  it('follows a link like resolution does, and creates the missing note in the right domain', async () => {
    const env = notesEnv(tempDir('open'));
    const a = await env.domain('Alpha');
    const b = await env.domain('Beta');
    const from = await env.note(a, 'From', '[[New idea#Part|x]] [[Beta/Other idea]] [[Q/A]]');
    const target = await env.note(a, 'Existing');
    expect(await env.client.call('notes.openLink', { fromId: from, target: 'existing#Heading|label' })).toMatchObject({ created: false, note: { id: target } });
    expect(await env.client.call('notes.openLink', { fromId: from, target: 'New idea' })).toEqual({ note: null, created: false });
    const made = await env.client.call('notes.openLink', { fromId: from, target: 'New idea#Part|x', create: true });
    expect(made.created).toBe(true);
    expect(made.note).toMatchObject({ title: 'New idea', domainId: a });
    const cross = await env.client.call('notes.openLink', { fromId: from, target: 'Beta/Other idea', create: true });
    expect(cross.note).toMatchObject({ title: 'Other idea', domainId: b });
    const slash = await env.client.call('notes.openLink', { fromId: from, target: 'Q/A', create: true });
    expect(slash.note).toMatchObject({ title: 'Q/A', domainId: a });
    expect((await env.client.call('notes.get', { id: from })).links.map((l) => l.targetId)).toEqual([made.note!.id, cross.note!.id, slash.note!.id]);
    expect(env.events.filter((e) => e.change === 'created')).toHaveLength(5);
    env.services.close();
  });
});
