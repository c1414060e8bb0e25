// notes.quickOpen, notes.linkSuggest and notes.resolveTargets through the API: answers and input validation.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();

async function library(dir: string) {
  const env = notesEnv(dir);
  const circulation = await env.domain('Circulation');
  const cataloguing = await env.domain('Cataloguing');
  const returns = await env.note(circulation, 'Returns', '## Late fees\nText.');
  env.tick(1000);
  const otherReturns = await env.note(cataloguing, 'Returns');
  env.tick(1000);
  const forecast = await env.note(circulation, 'Shelf capacity forecast', 'See [[Returns]].');
  env.tick(1000);
  await env.client.call('notes.setMeta', { id: forecast, aliases: ['Capacity sheet'] });
  return { env, circulation, cataloguing, returns, otherReturns, forecast };
}

describe('notes.quickOpen', () => {
  it('returns ranked matches with domain, kind, alias and positions; empty q gives recent notes', async () => {
    const { env, forecast, returns, otherReturns } = await library(tempDir('quick-open'));
    const rows = await env.client.call('notes.quickOpen', { q: 'shelf cap' });
    expect(rows[0]).toMatchObject({ id: forecast, title: 'Shelf capacity forecast', domainName: 'Circulation', kind: 'practice', alias: null });
    expect(rows[0].positions.length).toBeGreaterThan(0);
    expect(await env.client.call('notes.quickOpen', { q: 'capacity sheet' })).toMatchObject([{ id: forecast, alias: 'Capacity sheet' }]);
    const recent = await env.client.call('notes.quickOpen', { q: '', limit: 2 });
    expect(recent.map((r) => r.id)).toEqual([forecast, otherReturns]);
    expect(recent.map((r) => r.id)).not.toContain(returns);
  });

  it('rejects bad input without answering', async () => {
    const { env } = await library(tempDir('quick-open-bad'));
    expect(await env.code(env.client.call('notes.quickOpen', { q: 'x', limit: 201 }))).toBe('INVALID_INPUT');
    expect(await env.code(env.client.call('notes.quickOpen', { q: 'x', limit: 0 }))).toBe('INVALID_INPUT');
    expect(await env.code(env.client.call('notes.quickOpen', { q: 'x'.repeat(201) }))).toBe('INVALID_INPUT');
    expect(await env.code(env.client.call('notes.quickOpen', { q: 'x', extra: 1 } as never))).toBe('INVALID_INPUT');
    expect(await env.code(env.client.call('notes.quickOpen', {} as never))).toBe('INVALID_INPUT');
  });
});

describe('notes.linkSuggest', () => {
  it('matches titles and aliases, narrows "Domain/Title" to that domain and says when the text names a note', async () => {
    const { env, returns, otherReturns, forecast } = await library(tempDir('link-suggest'));
    const both = await env.client.call('notes.linkSuggest', { q: 'returns' });
    expect(both.items.map((i) => i.id).sort()).toEqual([returns, otherReturns].sort());
    expect(both.exact).toBe(true);
    const narrowed = await env.client.call('notes.linkSuggest', { q: 'Cataloguing/ret' });
    expect(narrowed.items.map((i) => [i.id, i.domainName])).toEqual([[otherReturns, 'Cataloguing']]);
    expect(narrowed.exact).toBe(false);
    expect((await env.client.call('notes.linkSuggest', { q: 'Cataloguing/Returns' })).exact).toBe(true);
    const alias = await env.client.call('notes.linkSuggest', { q: 'capacity sh' });
    expect(alias.items[0]).toMatchObject({ id: forecast, alias: 'Capacity sheet' });
    expect((await env.client.call('notes.linkSuggest', { q: 'capacity sheet' })).exact).toBe(true);
    expect(await env.client.call('notes.linkSuggest', { q: 'Weeding plan' })).toEqual({ items: [], exact: false });
  });

  it('rejects bad input', async () => {
    const { env } = await library(tempDir('link-suggest-bad'));
    expect(await env.code(env.client.call('notes.linkSuggest', { q: 'x', limit: 101 }))).toBe('INVALID_INPUT');
    expect(await env.code(env.client.call('notes.linkSuggest', { q: 3 } as never))).toBe('INVALID_INPUT');
  });
});

describe('notes.resolveTargets', () => {
  it('resolves titles, headings, labels, aliases and Domain/Title with the server rules (same domain first)', async () => {
    const { env, cataloguing, returns, otherReturns, forecast } = await library(tempDir('resolve'));
    const fromCatalogue = await env.note(cataloguing, 'Source');
    const answer = await env.client.call('notes.resolveTargets', {
      fromId: fromCatalogue,
      targets: ['Returns', 'returns#Late fees', 'Circulation/Returns', 'Capacity sheet|the sheet', 'Missing note', 'Procurement/Returns', 'Returns'],
    });
    expect(answer).toEqual({
      Returns: otherReturns,
      'returns#Late fees': otherReturns,
      'Circulation/Returns': returns,
      'Capacity sheet|the sheet': forecast,
      'Missing note': null,
      // "Procurement" is no domain: the whole text is read as a title, which no note has.
      'Procurement/Returns': null,
    });
    // Without a source note the oldest match anywhere wins.
    expect(await env.client.call('notes.resolveTargets', { targets: ['Returns'] })).toEqual({ Returns: returns });
    // A trashed note no longer resolves.
    await env.client.call('notes.delete', { id: forecast });
    expect(await env.client.call('notes.resolveTargets', { targets: ['Capacity sheet'] })).toEqual({ 'Capacity sheet': null });
  });

  it('rejects more than 500 targets, an unknown source note and non-string targets', async () => {
    const { env } = await library(tempDir('resolve-bad'));
    expect(await env.code(env.client.call('notes.resolveTargets', { targets: Array.from({ length: 501 }, (_, i) => `T${i}`) }))).toBe('INVALID_INPUT');
    expect(await env.code(env.client.call('notes.resolveTargets', { targets: [1] } as never))).toBe('INVALID_INPUT');
    expect(await env.code(env.client.call('notes.resolveTargets', { fromId: 'no-such-note', targets: ['A'] }))).toBe('NOT_FOUND');
  });
});
