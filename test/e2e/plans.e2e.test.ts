// End-to-end: a "Library CoP — 5D" plan in Chromium — Discovery for three members with their profile notes, Dreaming's
// vision, a task, two meetings, progress, Indonesian labels, the HTML report, and `copw plan show` matching the UI.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { openWorkbench, callServeApi } from './browser';
import type { WorkbenchSession } from './browser';
import { runCommand } from './palette';

const tempDir = useTempDirs();
let session: WorkbenchSession;
let page: Page;
let ws = '';
let planId = '';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const PLAN_TITLE = 'Circulation CoP 2027';
const PARTICIPANTS = ['Sari Wulandari', 'Budi Santoso', 'Wahyu Nugroho'];
const VISION = 'Every circulation desk answers a borrower the same way, because we share what works.';
const GOALS = 'Shared loan-desk practice notes; monthly review of returns and holds.';
const TASK = 'Draft the circulation charter with the desk leads';
const TASK_OWNER = 'Andi Saputra';
const TASK_DUE = '2027-01-15';
const MEETING_PLACE = 'Reading room 2';
const memberIds: Record<string, string> = {};

interface Output {
  outputId: string;
  phaseId: string;
  key: string;
  noteId: string | null;
}

const editor = () => page.locator('[data-testid="plan-editor"]');
const step = (phase: string) => page.locator(`[data-testid="phase-stepper"] [data-phase="${phase}"]`);
const field = (id: string) => page.locator(`[data-testid="phase-panel"] [data-field-id="${id}"]`);
const overall = async () => Number(await page.locator('[data-testid="plan-progress"]').getAttribute('data-progress'));
const stepProgress = async (phase: string) => Number(await step(phase).getAttribute('data-progress'));
const saved = () => page.locator('[data-testid="plan-save-state"]').getAttribute('data-state');

const api = <T>(method: string, input: unknown): Promise<T> => callServeApi<T>(session.serve.url, method, input);

async function selectPhase(phase: string): Promise<void> {
  await step(phase).locator('button').click();
  await expect.poll(() => page.locator('[data-testid="phase-panel"]').getAttribute('data-phase')).toBe(phase);
}

async function download(action: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="plan-report-actions"] [data-action="${action}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

beforeAll(async () => {
  const dir = tempDir('copw-plans-e2e');
  ws = join(dir, 'workspace');
  expect(copw(['init', ws, '--demo']).code).toBe(0);
  session = await openWorkbench(ws, { viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = session.page;
  for (const m of await api<{ id: string; name: string }[]>('members.list', {})) memberIds[m.name] = m.id;
});

afterAll(async () => {
  await session?.close();
});

describe('5D plans in Chromium via copw serve', () => {
  it('starts a "Library CoP — 5D" plan for the Circulation domain from the dashboard', async () => {
    await page.locator('[data-part="activitybar"] [data-view="plans"]').click();
    await page.locator('[data-testid="new-plan"]').click();
    const dialog = page.locator('[data-testid="new-plan-dialog"]');
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('select[name="template"] option').allInnerTexts()).toContain('Library CoP — 5D');
    await dialog.locator('select[name="template"]').selectOption({ label: 'Library CoP — 5D' });
    await dialog.locator('select[name="domain"]').selectOption({ label: 'Circulation' });
    await dialog.locator('input[name="title"]').fill(PLAN_TITLE);
    await dialog.locator('select[name="coordinator"]').selectOption({ label: TASK_OWNER });
    await dialog.locator('[data-action="ok"]').click();
    await editor().waitFor();
    planId = (await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id'))!.replace('plan:', '');
    expect(await page.locator('[data-testid="plan-domain"]').innerText()).toBe('Circulation');
    expect(await step('discovery').innerText()).toContain('Discovery');
    expect(await page.locator('[data-testid="phase-stepper"] [data-phase]').count()).toBe(5);
    // The dashboard lists it with domain, template and current phase.
    const row = page.locator(`[data-testid="plans"] [data-plan-id="${planId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Circulation');
    expect(await row.innerText()).toContain('Library CoP — 5D');
    expect(await row.locator('[data-testid="plan-row-phase"]').innerText()).toContain('Discovery');
  });

  it('fills Discovery for three members and creates their linked member-profile notes', async () => {
    const before = await overall();
    const discoveryBefore = await stepProgress('discovery');
    const picker = field('participants');
    for (const name of PARTICIPANTS) await picker.locator(`[data-member-id="${memberIds[name]}"] input`).check();
    await field('backgroundSummary').locator('textarea').fill('Desk staff with 2 to 15 years at the loan desk; two joined this year.');
    await field('goalsAndExpectations').locator('textarea').fill('Fewer disputed fines; a shared way to handle holds.');
    await field('goalsAndExpectations').locator('textarea').blur();
    await expect.poll(saved, { timeout: 5000 }).toBe('saved');

    const outputs = page.locator('[data-testid="plan-outputs"]');
    await expect.poll(() => outputs.getAttribute('data-missing')).toBe('3');
    await page.locator('[data-testid="create-outputs"]').click();
    await expect.poll(() => outputs.getAttribute('data-present')).toBe('3');
    expect(await outputs.getAttribute('data-missing')).toBe('0');
    const links = outputs.locator('[data-present="true"] [data-link-target]');
    const titles = await links.allInnerTexts();
    for (const name of PARTICIPANTS) expect(titles.join('\n')).toContain(name);
    // The notes exist in the workspace, are member profiles and live in the Circulation domain.
    for (const id of await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-link-target')!))) {
      const note = await api<{ title: string; kind: string; domainId: string }>('notes.get', { id });
      expect(note.kind).toBe('member-profile');
      expect(PARTICIPANTS.some((n) => note.title.includes(n))).toBe(true);
    }
    await expect.poll(() => stepProgress('discovery')).toBeGreaterThan(discoveryBefore);
    await expect.poll(overall).toBeGreaterThan(before);
    // A link opens its note in a tab.
    await links.first().click();
    await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id')).toMatch(/^note:/);
    await page.locator(`[role="tab"][data-tab-id="plan:${planId}"]`).click();
    await editor().waitFor();
  });

  it('marks Discovery done once its gate is met; the dashboard moves on to Dreaming', async () => {
    expect(await page.locator('[data-testid="plan-gate"]').getAttribute('data-blockers')).toBe('0');
    await page.locator('[data-testid="complete-phase"]').click();
    await expect.poll(() => step('discovery').getAttribute('data-status')).toBe('done');
    const row = page.locator(`[data-testid="plans"] [data-plan-id="${planId}"] [data-testid="plan-row-phase"]`);
    await expect.poll(() => row.innerText()).toContain('Dreaming');
  });

  it("completes Dreaming's vision and adds a task with owner and due date", async () => {
    await selectPhase('dreaming');
    const before = await overall();
    const dreamingBefore = await stepProgress('dreaming');
    await field('visionStatement').locator('textarea').fill(VISION);
    await field('goals').locator('textarea').fill(GOALS);
    await field('goals').locator('textarea').blur();
    await expect.poll(saved, { timeout: 5000 }).toBe('saved');
    await expect.poll(() => stepProgress('dreaming')).toBeGreaterThan(dreamingBefore);
    await expect.poll(overall).toBeGreaterThan(before);

    const form = page.locator('[data-testid="task-form"]');
    await form.locator('input[name="title"]').fill(TASK);
    await form.locator('[data-testid="task-owner"]').selectOption({ label: TASK_OWNER });
    await form.locator('input[name="due"]').fill(TASK_DUE);
    await form.locator('button[type="submit"]').click();
    const row = page.locator('[data-testid="plan-tasks"] tr[data-task-id]', { hasText: TASK });
    await row.waitFor();
    expect(await row.locator('select').first().inputValue()).toBe(memberIds[TASK_OWNER]);
    expect(await row.locator('input[type="date"]').inputValue()).toBe(TASK_DUE);
    // Screenshot: the top of the plan (stepper, progress, Dreaming's fields) without the bottom panel.
    await page.locator('[data-testid="phase-stepper"]').scrollIntoViewIfNeeded();
    await page.locator('.editor-content').evaluate((el) => el.scrollTo(0, 0));
    const panelOpen = (await page.locator('[data-part="panel"]').count()) > 0;
    if (panelOpen) await page.keyboard.press('Control+J');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'plans-editor-light.png') });
    if (panelOpen) await page.keyboard.press('Control+J');
  });

  it('schedules two meetings, each with a meeting-record note, and progress updates', async () => {
    await selectPhase('disseminate');
    const before = await overall();
    const disseminateBefore = await stepProgress('disseminate');
    const form = page.locator('[data-testid="meeting-form"]');
    await form.locator('input[name="firstDate"]').fill('2027-02-01');
    await form.locator('input[name="everyDays"]').fill('14');
    await form.locator('input[name="count"]').fill('2');
    await form.locator('input[name="time"]').fill('10:00');
    await form.locator('input[name="place"]').fill(MEETING_PLACE);
    for (const name of PARTICIPANTS.slice(0, 2)) await form.locator(`[data-member-id="${memberIds[name]}"] input`).check();
    await form.locator('button[type="submit"]').click();
    const meetings = page.locator('[data-testid="plan-meetings"]');
    await expect.poll(() => meetings.getAttribute('data-count')).toBe('2');
    expect(await meetings.locator('tr[data-meeting-id] [data-link-target]').count()).toBe(2);
    await expect.poll(() => stepProgress('disseminate')).toBeGreaterThan(disseminateBefore);
    await expect.poll(overall).toBeGreaterThan(before);
    // The dashboard shows the same overall progress.
    const row = page.locator(`[data-testid="plans"] [data-plan-id="${planId}"]`);
    await expect.poll(async () => Number(await row.getAttribute('data-progress'))).toBe(await overall());
  });

  it('lists the saved versions of the plan', async () => {
    await page.locator('[data-testid="plan-history"] summary').click();
    await expect.poll(() => page.locator('[data-testid="plan-history"] [data-version-id]').count()).toBeGreaterThan(2);
    await page.locator('[data-testid="plan-history"] summary').click();
  });

  it("switches the UI to Indonesian and shows the template's labels in Indonesian", async () => {
    await runCommand(page, 'Display Language: Bahasa Indonesia');
    await expect.poll(() => step('discovery').innerText()).toContain('Penemuan');
    await selectPhase('dreaming');
    expect(await field('visionStatement').innerText()).toContain('Pernyataan visi');
    expect(await page.locator('[data-testid="complete-phase"], [data-testid="reopen-phase"]').first().innerText()).toMatch(/fase/i);
    expect(await page.locator(`[data-testid="plans"] [data-plan-id="${planId}"]`).innerText()).toContain('CoP Pustakawan — 5D');
  });

  it('exports the HTML report with the vision, the task and the meetings', async () => {
    const plan = await api<{ meetings: { title: string; date: string }[] }>('plans.get', { id: planId });
    const html = await download('export-html');
    expect(html.name).toMatch(/\.html$/);
    expect(html.text).toContain(VISION);
    expect(html.text).toContain(TASK);
    expect(plan.meetings).toHaveLength(2);
    for (const m of plan.meetings) expect(html.text).toContain(m.title);
    expect(html.text).toContain(MEETING_PLACE);
    expect(html.text).not.toMatch(/<script/i);
    // Print renders the same report in a sandboxed frame (scripts never run) and calls print().
    await page.locator('[data-testid="plan-report-actions"] [data-action="print"]').click();
    const frame = page.locator('iframe[data-testid="print-frame"]');
    await expect.poll(() => frame.count()).toBe(1);
    expect(await frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    expect(await frame.getAttribute('srcdoc')).toContain(VISION);
    const md = await download('export-md');
    expect(md.text).toContain(VISION);
    expect(md.text).toContain(TASK);
    await runCommand(page, 'Bahasa Tampilan: English');
    await expect.poll(() => step('discovery').innerText()).toContain('Discovery');
  });

  it('`copw plan show --json` reflects what the UI did', async () => {
    const r = copw(['plan', 'show', planId, '--workspace', ws, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const shown = JSON.parse(r.stdout) as {
      values: Record<string, Record<string, unknown>>;
      tasks: { title: string; ownerId: string | null; due: string | null; phaseId: string }[];
      meetings: { date: string; time: string | null; place: string; attendeeIds: string[]; recordNoteId: string | null }[];
      outputs: { present: Output[]; missing: Output[] };
      phases: { id: string; progress: number; status: string; outputs: (Output & { present: boolean })[] }[];
    };
    expect([...(shown.values.discovery.participants as string[])].sort()).toEqual(PARTICIPANTS.map((n) => memberIds[n]).sort());
    expect(shown.values.dreaming.visionStatement).toBe(VISION);
    expect(shown.values.dreaming.goals).toBe(GOALS);
    const task = shown.tasks.find((t) => t.title === TASK);
    expect(task).toMatchObject({ ownerId: memberIds[TASK_OWNER], due: TASK_DUE, phaseId: 'dreaming' });
    expect(shown.meetings.map((m) => m.date).sort()).toEqual(['2027-02-01', '2027-02-15']);
    for (const m of shown.meetings) {
      expect(m).toMatchObject({ time: '10:00', place: MEETING_PLACE });
      expect(m.attendeeIds.sort()).toEqual(PARTICIPANTS.slice(0, 2).map((n) => memberIds[n]).sort());
      expect(m.recordNoteId).toBeTruthy();
    }
    const profiles = shown.outputs.present.filter((o) => o.outputId === 'memberProfiles');
    expect(profiles.map((o) => o.key).sort()).toEqual(PARTICIPANTS.map((n) => memberIds[n]).sort());
    expect(shown.outputs.missing.filter((o) => o.outputId === 'memberProfiles')).toEqual([]);
    expect(profiles.every((o) => o.noteId)).toBe(true);
    // Meeting records: one per scheduled meeting, present.
    const records = shown.outputs.present.filter((o) => o.phaseId === 'disseminate');
    expect(records.map((o) => o.noteId).sort()).toEqual(shown.meetings.map((m) => m.recordNoteId).sort());
    // The same notes the UI linked.
    await selectPhase('discovery');
    const linked = await page.locator('[data-testid="plan-outputs"] [data-link-target]').evaluateAll((els) => els.map((e) => e.getAttribute('data-link-target')));
    expect(linked.sort()).toEqual(profiles.map((o) => o.noteId).sort());
    expect(shown.phases.find((p) => p.id === 'discovery')?.status).toBe('done');
    // Progress and outputs per phase: the numbers the UI shows.
    for (const p of shown.phases) {
      expect(Math.round(p.progress * 100)).toBe(await stepProgress(p.id));
      await selectPhase(p.id);
      const box = page.locator('[data-testid="plan-outputs"]');
      expect(Number(await box.getAttribute('data-present'))).toBe(p.outputs.filter((o) => o.present).length);
      expect(Number(await box.getAttribute('data-missing'))).toBe(p.outputs.filter((o) => !o.present).length);
      expect(await page.locator('[data-testid="plan-tasks"] tr[data-task-id]').count()).toBe(shown.tasks.filter((t) => t.phaseId === p.id).length);
    }
  });

  it('duplicates a built-in template, shows validation errors with their path, saves, exports and imports', async () => {
    const row = page.locator('[data-testid="templates"] [data-template-id="library-cop-5d"]');
    await row.waitFor();
    expect(await row.getAttribute('data-source')).toBe('builtin');
    // A built-in template opens read-only.
    await row.locator('.list-title').click();
    const tplEditor = page.locator('[data-testid="template-editor"][data-editor-for="template:library-cop-5d"]');
    await tplEditor.waitFor();
    expect(await tplEditor.locator('[data-name="name.en"]').isDisabled()).toBe(true);
    await row.locator('[data-action="duplicate"]').click();
    const dialog = page.locator('[data-testid="dialog"]');
    await dialog.locator('input').fill('circulation-cop');
    await dialog.locator('input').press('Enter');
    const copy = page.locator('[data-testid="template-editor"][data-editor-for="template:circulation-cop"]');
    await copy.waitFor();
    expect(await copy.locator('[data-name="name.en"]').isDisabled()).toBe(false);
    // Both languages side by side; a broken id is reported with its JSON path.
    await copy.locator('[data-name="name.en"]').fill('Circulation CoP — 5D');
    await copy.locator('[data-name="name.id"]').fill('CoP Sirkulasi — 5D');
    await copy.locator('[data-name="phases[0].id"]').fill('');
    await copy.locator('[data-action="validate"]').click();
    const issues = copy.locator('[data-testid="template-issues"]');
    await expect.poll(async () => Number(await issues.getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await issues.innerText()).toContain('phases[0]');
    await copy.locator('[data-name="phases[0].id"]').fill('discovery');
    await copy.locator('[data-action="save"]').click();
    await expect.poll(() => issues.getAttribute('data-count')).toBe('0');
    await page.screenshot({ path: join(SHOTS, 'templates-editor-light.png') });
    const listed = page.locator('[data-testid="templates"] [data-template-id="circulation-cop"]');
    await expect.poll(() => listed.innerText()).toContain('Circulation CoP — 5D');
    // Export downloads the JSON; importing it under another id adds a template.
    const [file] = await Promise.all([page.waitForEvent('download'), copy.locator('[data-action="export"]').click()]);
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as { id: string; name: { en: string; id: string } };
    expect(exported.name).toEqual({ en: 'Circulation CoP — 5D', id: 'CoP Sirkulasi — 5D' });
    const importPath = join(tempDir('copw-template-import'), 'imported.json');
    writeFileSync(importPath, JSON.stringify({ ...exported, id: 'imported-cop', version: 1, name: { en: 'Imported CoP', id: 'CoP Impor' } }));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-testid="import-template"]').click()]);
    await chooser.setFiles(importPath);
    await page.locator('[data-testid="templates"] [data-template-id="imported-cop"]').waitFor();
    const all = await api<{ id: string; source: string }[]>('templates.list', {});
    expect(all.filter((t) => t.source === 'custom').map((t) => t.id).sort()).toEqual(['circulation-cop', 'imported-cop']);
  });

  it('keeps an edit typed just before the plan tab closes', async () => {
    await page.locator(`[data-testid="plans"] [data-plan-id="${planId}"]`).click();
    await editor().waitFor();
    await selectPhase('dreaming');
    const text = 'Saved on close, before the 500 ms autosave delay.';
    await field('whyThisMatters').locator('textarea').fill(text);
    await page.locator(`[role="tab"][data-tab-id="plan:${planId}"] .tab-close`).click();
    await expect.poll(async () => (await api<{ values: Record<string, Record<string, unknown>> }>('plans.get', { id: planId })).values.dreaming.whyThisMatters).toBe(text);
  });

  it('offers a template update with a preview, and upgrades the plan', async () => {
    const domains = await api<{ id: string; name: string }[]>('domains.list', {});
    const plan = await api<{ id: string; templateVersion: number }>('plans.create', {
      templateId: 'circulation-cop',
      domainId: domains.find((d) => d.name === 'Circulation')!.id,
      title: 'Upgrade check',
    });
    const tpl = await api<{ version: number; phases: { fields: unknown[] }[] }>('templates.get', { id: 'circulation-cop' });
    const extra = { id: 'deskNotes', type: 'shortText', label: { en: 'Desk notes', id: 'Catatan meja' } };
    await api('templates.save', { template: { ...tpl, phases: [{ ...tpl.phases[0], fields: [...tpl.phases[0].fields, extra] }, ...tpl.phases.slice(1)] } });
    await page.locator(`[data-testid="plans"] [data-plan-id="${plan.id}"]`).click();
    const banner = page.locator('[data-testid="template-update"]');
    await banner.waitFor();
    await banner.getByRole('button').first().click();
    await expect.poll(() => banner.innerText()).toContain('deskNotes');
    await banner.locator('.button.primary').click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await field('deskNotes').innerText()).toContain('Desk notes');
    expect((await api<{ templateVersion: number }>('plans.get', { id: plan.id })).templateVersion).toBe(plan.templateVersion + 1);
  });
});
