// Unlinked mentions (whole words, any case, Unicode; not in links or code) and turning one into a link.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();

describe('unlinked mentions', () => {
  it('finds title and alias mentions as whole words, outside links and code, with exact offsets', async () => {
    const env = notesEnv(tempDir('mentions'));
    const d = await env.domain('Circulation');
    const target = await env.note(d, 'Peak return triage');
    await env.client.call('notes.setMeta', { id: target, aliases: ['Triase puncak'] });
    const body =
      'We run peak RETURN triage daily.\n' +
      'Already linked: [[Peak return triage]] and [[Other|peak return triage]].\n' +
      'Code: `peak return triage` and\n```\npeak return triage\n```\n' +
      'Not a word: superpeak return triages. Across lines: Peak\nreturn triage. Bahasa: triase PUNCAK di meja.';
    const source = await env.note(d, 'Daily desk', body);
    await env.note(d, 'Unrelated', 'Nothing here.');
    const self = await env.client.call('notes.update', { id: target, body: 'Peak return triage is this note.' });
    expect(self.id).toBe(target);

    const result = await env.client.call('notes.unlinkedMentions', { id: target });
    expect(result.total).toBe(3);
    expect(result.items.map((m) => m.matched)).toEqual(['peak RETURN triage', 'Peak\nreturn triage', 'triase PUNCAK']);
    for (const m of result.items) {
      expect(m.sourceId).toBe(source);
      expect(body.slice(m.start, m.end)).toBe(m.matched);
      expect(m.snippet).not.toContain('\n');
    }
    expect(result.items[0].snippet).toContain('We run «peak RETURN triage» daily.');
    expect(result.items[1].snippet).toContain('«Peak return triage»');
    expect((await env.client.call('notes.unlinkedMentions', { id: target, limit: 1 })).items).toHaveLength(1);
    env.services.close();
  });

  it('handles CJK titles without spaces and Indonesian titles with diacritics', async () => {
    const env = notesEnv(tempDir('mentions-cjk'));
    const d = await env.domain('Katalogisasi');
    const cjk = await env.note(d, '図書館');
    const idn = await env.note(d, 'Pengadaan Buku Ékonomi');
    await env.note(d, 'Catatan', '今日は図書館へ行った。 Rapat tentang pengadaan buku ékonomi minggu ini. PENGADAAN BUKU ÉKONOMI!');
    expect((await env.client.call('notes.unlinkedMentions', { id: cjk })).items.map((m) => m.matched)).toEqual(['図書館']);
    expect((await env.client.call('notes.unlinkedMentions', { id: idn })).items.map((m) => m.matched)).toEqual([
      'pengadaan buku ékonomi',
      'PENGADAAN BUKU ÉKONOMI',
    ]);
    env.services.close();
  });

  it('linkMention replaces exactly the range, keeps the original text as label, and refuses a stale range', async () => {
    const env = notesEnv(tempDir('link-mention'));
    const d = await env.domain('Circulation');
    const target = await env.note(d, 'Weeding');
    const source = await env.note(d, 'Source', 'First weeding, then Weeding again.');
    const [first, second] = (await env.client.call('notes.unlinkedMentions', { id: target })).items;
    const linked = await env.client.call('notes.linkMention', { id: target, sourceId: source, start: second.start, end: second.end });
    expect(linked.body).toBe('First weeding, then [[Weeding]] again.');
    expect(linked.links[0].targetId).toBe(target);
    // The first mention's offsets are still valid (it is before the change).
    const again = await env.client.call('notes.linkMention', { id: target, sourceId: source, start: first.start, end: first.end });
    expect(again.body).toBe('First [[Weeding|weeding]], then [[Weeding]] again.');
    expect((await env.client.call('notes.unlinkedMentions', { id: target })).total).toBe(0);
    expect((await env.client.call('notes.backlinks', { id: target })).total).toBe(1);
    expect((await env.client.call('notes.versions', { id: source }))[0].reason).toBe('edit');
    // Stale: the text at the old range changed.
    await env.client.call('notes.update', { id: source, body: 'Xweeding and more' });
    expect(await env.code(env.client.call('notes.linkMention', { id: target, sourceId: source, start: 1, end: 8 }))).toBe('CONFLICT');
    expect(await env.code(env.client.call('notes.linkMention', { id: target, sourceId: source, start: 0, end: 7 }))).toBe('CONFLICT');
    expect(await env.code(env.client.call('notes.linkMention', { id: target, sourceId: source, start: 40, end: 47 }))).toBe('CONFLICT');
    expect((await env.client.call('notes.get', { id: source })).body).toBe('Xweeding and more');
    env.services.close();
  });
});
