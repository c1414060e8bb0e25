// End-to-end: "I applied this" and comments under a demo note in Chromium: recorded as a chosen (remembered) member,
// the tie shows in network.metrics, removal asks first, and a comment with markup renders as plain text.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkMetrics } from '../../src/common/api/methods/network';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { callServeApi, openWorkbench } from './browser';
import type { WorkbenchSession } from './browser';

const tempDir = useTempDirs();
let session: WorkbenchSession;
let page: Page;
const api = <T>(method: string, input: unknown): Promise<T> => callServeApi<T>(session.serve.url, method, input);

const NOTE = 'Weeding with MUSTIE';
const AUTHORS = ['m-lestari', 'm-rina'];
const MEMBER = { id: 'm-budi', name: 'Budi Santoso' };
const HOSTILE = '<img src=x onerror="window.__endorseXss=1"> worked for us';

const section = () => page.getByTestId('endorsements');
const rows = (kind: 'applied' | 'comment') => section().locator(`[data-testid="endorsement-row"][data-kind="${kind}"]`);

async function open(title: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const quick = page.locator('[data-testid="command-palette"]');
  await quick.locator('input').fill(title);
  await quick.locator('input').press('Enter');
  await expect.poll(() => page.locator('[data-testid="note-title"]').inputValue()).toBe(title);
  await section().waitFor();
}

async function appliedTie(): Promise<string[] | null> {
  const m = await api<NetworkMetrics>('network.metrics', {});
  const edge = m.edges.find((e) => AUTHORS.includes(e.source) && e.target === MEMBER.id && e.types.includes('applied'));
  return edge ? edge.types : null;
}

beforeAll(async () => {
  const ws = join(tempDir('copw-endorsements-e2e'), 'ws');
  expect(copw(['init', ws, '--demo']).code).toBe(0);
  session = await openWorkbench(ws);
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('endorsements under a note in Chromium', () => {
  it('records "I applied this" as the chosen member, once, and the tie reaches the sharing network', async () => {
    await open(NOTE);
    expect(await rows('applied').count()).toBe(0);
    expect(await appliedTie()).toBeNull();
    // No member chosen yet: nothing can be recorded.
    expect(await page.getByTestId('endorse-applied').isDisabled()).toBe(true);
    await page.getByTestId('endorse-member').selectOption(MEMBER.id);
    await page.getByTestId('endorse-applied').click();
    const row = rows('applied').and(page.locator(`[data-member-id="${MEMBER.id}"]`));
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain(MEMBER.name);
    // Applying twice is not offered for the same member.
    await expect.poll(() => page.getByTestId('endorse-applied').isDisabled()).toBe(true);
    expect(await page.getByTestId('endorse-already').innerText()).toContain(MEMBER.name);
    const list = await api<{ memberId: string; kind: string }[]>('network.endorsements', { noteId: await noteId() });
    expect(list.filter((e) => e.kind === 'applied' && e.memberId === MEMBER.id)).toHaveLength(1);
    expect(await appliedTie()).toContain('applied');
  });

  it('remembers the member after a reload and shows a comment with markup as plain text', async () => {
    await page.reload();
    await page.locator('[data-part="editor"]').waitFor();
    await open(NOTE);
    expect(await page.getByTestId('endorse-member').inputValue()).toBe(MEMBER.id);
    await page.getByTestId('endorse-comment-text').fill(HOSTILE);
    await page.getByTestId('endorse-comment').click();
    await expect.poll(() => rows('comment').count()).toBe(1);
    const comment = rows('comment').first();
    expect(await comment.getAttribute('data-member-id')).toBe(MEMBER.id);
    expect(await comment.innerText()).toContain(HOSTILE);
    expect(await section().locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __endorseXss?: number }).__endorseXss)).toBeUndefined();
    expect(await page.getByTestId('endorse-comment-text').inputValue()).toBe('');
    const m = await api<NetworkMetrics>('network.metrics', {});
    expect(m.edges.some((e) => AUTHORS.includes(e.source) && e.target === MEMBER.id && e.types.includes('comment'))).toBe(true);
  });

  it('removes the endorsement only after confirming, and the tie goes with it', async () => {
    const row = rows('applied').and(page.locator(`[data-member-id="${MEMBER.id}"]`));
    await row.getByTestId('endorsement-remove').click();
    const dialog = page.getByTestId('dialog');
    await dialog.waitFor();
    await dialog.locator('[data-action="cancel"]').click();
    expect(await row.count()).toBe(1);
    await row.getByTestId('endorsement-remove').click();
    await dialog.locator('[data-action="confirm"]').click();
    await expect.poll(() => row.count()).toBe(0);
    expect(await rows('comment').count()).toBe(1);
    expect(await page.getByTestId('endorse-applied').isDisabled()).toBe(false);
    expect(await appliedTie()).toBeNull();
  });
});

async function noteId(): Promise<string> {
  const notes = await api<{ id: string; title: string }[]>('notes.list', {});
  return notes.find((n) => n.title === NOTE)!.id;
}
