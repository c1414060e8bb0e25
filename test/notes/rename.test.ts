// notes.rename rewrites every link to the note (label, heading, domain forms) in one transaction.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();

describe('notes.rename', () => {
  it('rewrites plain, labelled, heading and domain-qualified links in many notes, keeping alias links', async () => {
    const env = notesEnv(tempDir('rename'));
    const circ = await env.domain('Circulation');
    const cat = await env.domain('Cataloguing');
    const target = await env.note(circ, 'Returns desk');
    await env.client.call('notes.setMeta', { id: target, aliases: ['Desk'] });
    const sources: string[] = [];
    for (let i = 0; i < 30; i++) {
      sources.push(
        await env.note(
          i % 2 ? circ : cat,
          `Source ${i}`,
          `Intro ${i}. See [[Returns desk]], [[returns DESK|the desk]], [[Returns desk#Opening hours]] and [[Circulation/Returns desk#Rules|rules]].\n` +
            'Also [[Desk]] and `[[Returns desk]]` in code and [[Other note]].',
        ),
      );
    }
    const result = await env.client.call('notes.rename', { id: target, title: 'Returns & renewals desk' });
    expect(result.updatedNotes).toBe(30);
    expect(result.note.title).toBe('Returns & renewals desk');
    for (const id of sources) {
      const n = await env.client.call('notes.get', { id });
      expect(n.body).toContain(
        'See [[Returns & renewals desk]], [[Returns & renewals desk|the desk]], [[Returns & renewals desk#Opening hours]] and [[Circulation/Returns & renewals desk#Rules|rules]].',
      );
      expect(n.body).toContain('Also [[Desk]] and `[[Returns desk]]` in code');
      const toTarget = n.links.filter((l) => l.targetId === target);
      expect(toTarget).toHaveLength(5);
      expect(n.links.find((l) => l.targetTitle === 'Other note')?.targetId).toBeNull();
    }
    // History keeps each source's text from before the rewrite.
    const [latest] = await env.client.call('notes.versions', { id: sources[0] });
    expect((await env.client.call('notes.version', { id: sources[0], versionId: latest.versionId })).body).toContain('See [[Returns desk]]');
    const backlinks = await env.client.call('notes.backlinks', { id: target, limit: 100 });
    expect(backlinks.total).toBe(30);
    expect(env.events.filter((e) => e.change === 'renamed').map((e) => e.id)).toEqual([target]);
    expect((await env.client.call('workspace.stats', {})).unresolvedLinks).toBe(30);
    env.services.close();
  });

  it('refuses a title taken in the domain and changes nothing', async () => {
    const env = notesEnv(tempDir('rename-conflict'));
    const d = await env.domain('Circulation');
    const target = await env.note(d, 'Weeding');
    await env.note(d, 'Shelving');
    const source = await env.note(d, 'Source', 'About [[Weeding]].');
    const versionsBefore = await env.client.call('notes.versions', { id: source });
    expect(await env.code(env.client.call('notes.rename', { id: target, title: 'shelving' }))).toBe('CONFLICT');
    expect((await env.client.call('notes.get', { id: target })).title).toBe('Weeding');
    expect((await env.client.call('notes.get', { id: source })).body).toBe('About [[Weeding]].');
    expect(await env.client.call('notes.versions', { id: source })).toEqual(versionsBefore);
    env.services.close();
  });

  it('is one transaction: a failure while rewriting the last source leaves every note as it was', async () => {
    const env = notesEnv(tempDir('rename-atomic'));
    const d = await env.domain('Circulation');
    const target = await env.note(d, 'Weeding');
    const sources = [];
    for (let i = 0; i < 5; i++) sources.push(await env.note(d, `S${i}`, `Link [[Weeding]] ${i}`));
    const versionCount = () => env.services.db.prepare('SELECT count(*) FROM note_versions').pluck().get();
    const versionsBefore = versionCount();
    // Make the write of one source fail mid-way through the rename.
    env.services.db.exec(
      `CREATE TRIGGER fail_rewrite BEFORE UPDATE OF body ON notes WHEN NEW.id = '${sources[3]}' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`,
    );
    await expect(env.client.call('notes.rename', { id: target, title: 'Deselection' })).rejects.toThrow(/disk on fire/);
    expect((await env.client.call('notes.get', { id: target })).title).toBe('Weeding');
    for (const [i, id] of sources.entries()) {
      const n = await env.client.call('notes.get', { id });
      expect(n.body).toBe(`Link [[Weeding]] ${i}`);
      expect(n.links[0].targetId).toBe(target);
    }
    expect(versionCount()).toBe(versionsBefore);
    env.services.db.exec('DROP TRIGGER fail_rewrite');
    const ok = await env.client.call('notes.rename', { id: target, title: 'Deselection' });
    expect(ok.updatedNotes).toBe(5);
    env.services.close();
  });

  it('qualifies a rewritten link when the new title would resolve to another note in the source domain', async () => {
    const env = notesEnv(tempDir('rename-qualify'));
    const circ = await env.domain('Circulation');
    const cat = await env.domain('Cataloguing');
    const target = await env.note(circ, 'Weeding');
    await env.note(cat, 'Deselection');
    const source = await env.note(cat, 'Cat source', 'See [[Weeding|weeding rules]].');
    await env.client.call('notes.rename', { id: target, title: 'Deselection' });
    const n = await env.client.call('notes.get', { id: source });
    expect(n.body).toBe('See [[Circulation/Deselection|weeding rules]].');
    expect(n.links[0].targetId).toBe(target);
    env.services.close();
  });

  it('a title change through notes.update rewrites links too', async () => {
    const env = notesEnv(tempDir('rename-update'));
    const d = await env.domain('Circulation');
    const target = await env.note(d, 'Weeding');
    const source = await env.note(d, 'Source', '[[Weeding]]');
    await env.client.call('notes.update', { id: target, title: 'Deselection' });
    expect((await env.client.call('notes.get', { id: source })).body).toBe('[[Deselection]]');
    env.services.close();
  });
});
