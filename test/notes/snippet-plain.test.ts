// Backlink and mention snippets are plain text: Markdown markup dropped, [[links]] read as labels, the range «marked».
import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../src/node/notes/snippet';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();
const around = (body: string, needle: string) => snippetAround(body, body.indexOf(needle), body.indexOf(needle) + needle.length);

describe('snippetAround', () => {
  it('drops headings, emphasis, links, list markers and table pipes', () => {
    const body = '## Related\n\n- **Bold** step with [a site](https://x.org) and `code`\n\n| Col | Other |\n|---|:--:|\n| [[Hub|the hub]] | 3 |\n\n> quoted _end_';
    const s = around(body, '[[Hub|the hub]]');
    expect(s).toBe('Related Bold step with a site and code Col · Other «the hub» · 3 quoted end');
    expect(s).not.toMatch(/[#*|`[\]()]|https/);
  });

  it('reads every wikilink as its label or target and keeps the range whole in a long body', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(30);
    const body = `${filler}See [[Other note]] then [[Target#Part|the part]] and ![[pic.png]].\n\n${filler}`;
    const s = around(body, '[[Target#Part|the part]]');
    expect(s).toContain('See Other note then «the part» and pic.png.');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(164);
    expect(s).not.toMatch(/\s{2}/);
    // Cut at word boundaries.
    expect(s).toMatch(/^…(lorem|ipsum|dolor|sit|amet) /);
  });

  it('marks a mention inside emphasis or a Markdown link, and keeps literal guillemets apart from markers', () => {
    const body = 'He said «hi». Then **[Peak return](https://x.org)** was run.';
    const s = around(body, 'Peak return');
    expect(s).toBe('He said ‹hi›. Then «Peak return» was run.');
  });

  it('drops code fences and table delimiter rows entirely', () => {
    const body = '```ts\nconst a = 1;\n```\n\n|a|b|\n|-|-|\n|x|y|\n\nafter [[X]]';
    expect(around(body, '[[X]]')).toBe('const a = 1; a · b x · y after «X»');
  });
});

describe('backlinks and mentions through the API', () => {
  it('returns plain snippets with the link or mention marked', async () => {
    const env = notesEnv(tempDir('snippets'));
    const d = await env.domain('Circulation');
    const hub = await env.note(d, 'Hub');
    const source = await env.note(d, 'Source', '## Related\n\n- **Read** [[Hub|the hub]] first\n\n| Who | Where |\n|---|---|\n| hub | desk |');
    const back = await env.client.call('notes.backlinks', { id: hub });
    expect(back.items.map((b) => b.sourceId)).toEqual([source]);
    expect(back.items[0].snippet).toBe('Related Read «the hub» first Who · Where hub · desk');
    const mentions = await env.client.call('notes.unlinkedMentions', { id: hub });
    expect(mentions.items.map((m) => m.snippet)).toEqual(['Related Read the hub first Who · Where «hub» · desk']);
    env.services.close();
  });
});
