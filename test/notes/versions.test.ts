// Version history: edits within 5 minutes coalesce, rename/restore keep the state before them, restore is a new edit.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();
const MIN = 60_000;

describe('versions', () => {
  it('coalesces a burst of edits and starts a new version after 5 minutes', async () => {
    const env = notesEnv(tempDir('versions'));
    const d = await env.domain('Circulation');
    const id = await env.note(d, 'Weeding');
    for (const body of ['a', 'ab', 'abc']) {
      env.tick(MIN);
      await env.client.call('notes.update', { id, body });
    }
    let versions = await env.client.call('notes.versions', { id });
    expect(versions.map((v) => v.reason)).toEqual(['edit', 'original']);
    expect((await env.client.call('notes.version', { id, versionId: versions[0].versionId })).body).toBe('abc');
    env.tick(6 * MIN);
    await env.client.call('notes.update', { id, body: 'abcd' });
    versions = await env.client.call('notes.versions', { id });
    expect(versions.map((v) => v.reason)).toEqual(['edit', 'edit', 'original']);
    expect(versions[0]).toMatchObject({ title: 'Weeding', size: 4, createdAt: '2026-11-22T10:09:00.000Z' });
    // Saving the same text again adds nothing.
    await env.client.call('notes.update', { id, body: 'abcd' });
    expect(await env.client.call('notes.versions', { id })).toHaveLength(3);
    env.services.close();
  });

  it('keeps the state before a rename and before a restore as versions of their own; restore brings back title and body', async () => {
    const env = notesEnv(tempDir('versions-restore'));
    const d = await env.domain('Circulation');
    const id = await env.note(d, 'Weeding', 'first text');
    const source = await env.note(d, 'Source', 'see [[Weeding]]');
    const [original] = (await env.client.call('notes.versions', { id })).filter((v) => v.reason === 'edit');
    env.tick(MIN);
    await env.client.call('notes.rename', { id, title: 'Deselection' });
    env.tick(MIN);
    await env.client.call('notes.update', { id, body: 'second text' });
    const history = await env.client.call('notes.versions', { id });
    expect(history.map((v) => [v.reason, v.title])).toEqual([
      ['edit', 'Deselection'],
      ['rename', 'Deselection'],
      ['edit', 'Weeding'],
      ['original', 'Weeding'],
    ]);
    env.tick(MIN);
    const restored = await env.client.call('notes.restoreVersion', { id, versionId: original.versionId });
    expect(restored).toMatchObject({ title: 'Weeding', body: 'first text' });
    // Restoring the old title renamed back: the link follows.
    expect((await env.client.call('notes.get', { id: source })).body).toBe('see [[Weeding]]');
    const after = await env.client.call('notes.versions', { id });
    expect(after[0]).toMatchObject({ reason: 'restore', title: 'Weeding' });
    expect((await env.client.call('notes.version', { id, versionId: after[1].versionId })).body).toBe('second text');
    // An edit right after a restore does not overwrite the restored version.
    await env.client.call('notes.update', { id, body: 'third text' });
    expect((await env.client.call('notes.versions', { id })).slice(0, 2).map((v) => v.reason)).toEqual(['edit', 'restore']);
    expect(await env.code(env.client.call('notes.version', { id: source, versionId: original.versionId }))).toBe('NOT_FOUND');
    env.services.close();
  });
});
