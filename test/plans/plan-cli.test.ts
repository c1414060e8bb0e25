// copw plan new / show / list / report through the real CLI on a demo workspace.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDirs } from '../helpers/temp-dir';
import { copw } from '../helpers/run-cli';
import { demoWorkspace } from '../helpers/workspace';

const tempDir = useTempDirs();

describe('copw plan', () => {
  it('starts a plan, shows it as JSON with phases, tasks, outputs and meetings, lists it and writes a report', () => {
    const parent = tempDir();
    const ws = demoWorkspace(parent);
    const made = copw(['plan', 'new', '--workspace', ws, '--template', 'library-cop-5d', '--domain', 'Circulation', '--title', 'Circulation CoP', '--coordinator', 'Dewi Anggraini', '--lang', 'id']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const id = made.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const shown = copw(['plan', 'show', id, '--workspace', ws, '--json']);
    expect(shown.code).toBe(0);
    const plan = JSON.parse(shown.stdout);
    expect(plan).toMatchObject({ id, title: 'Circulation CoP', domainName: 'Circulation', templateId: 'library-cop-5d', lang: 'id', coordinatorId: 'm-dewi', currentPhase: 'discovery' });
    expect(plan.template).toBeUndefined();
    expect(plan.phases.map((p: { id: string }) => p.id)).toEqual(['discovery', 'dreaming', 'design', 'document', 'disseminate']);
    for (const p of plan.phases) {
      expect(p.progress).toBeGreaterThanOrEqual(0);
      expect(p.progress).toBeLessThanOrEqual(1);
    }
    expect(plan.phases[0].tasks.length).toBeGreaterThan(0);
    expect(plan.phases[0].tasks[0].ownerId).toBe('m-dewi');
    expect(plan.outputs.missing.map((o: { outputId: string }) => o.outputId)).toEqual(['charter', 'learningLog']);
    expect(plan.outputs.present).toEqual([]);
    expect(plan.meetings).toEqual([]);

    const demo = JSON.parse(copw(['plan', 'show', 'plan-library-cop-5d-2026', '--workspace', ws, '--json']).stdout);
    expect(demo.currentPhase).toBe('document');
    expect(demo.outputs.present.length).toBeGreaterThanOrEqual(5);
    expect(demo.phases[4].meetings.length).toBeGreaterThanOrEqual(2);

    const asJson = copw(['plan', 'new', '--workspace', ws, '--template', 'generic-cop-5d', '--domain', 'shelving', '--title', 'Shelving CoP', '--json']);
    expect(asJson.code).toBe(0);
    const second = JSON.parse(asJson.stdout);
    expect(second).toMatchObject({ title: 'Shelving CoP', domainName: 'Shelving', templateId: 'generic-cop-5d', revision: 1 });
    expect(second.phases.length).toBeGreaterThan(0);

    const list = JSON.parse(copw(['plan', 'list', '--workspace', ws, '--json']).stdout);
    expect(list.map((p: { id: string }) => p.id).sort()).toEqual([id, second.id, 'plan-library-cop-5d-2026'].sort());

    const file = join(parent, 'report.html');
    const rep = copw(['plan', 'report', 'plan-library-cop-5d-2026', '--workspace', ws, '--format', 'html', '-o', file]);
    expect(rep.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Every person who works in this library knows whom to ask');
  }, 120_000);

  it('fails with a clear error for an unknown template or plan', () => {
    const ws = demoWorkspace(tempDir());
    const bad = copw(['plan', 'new', '--workspace', ws, '--template', 'nope', '--domain', 'Circulation', '--title', 'X']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error NOT_FOUND: .*nope/);
    const missing = copw(['plan', 'show', 'nope', '--workspace', ws, '--json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error NOT_FOUND: No plan with id nope\n');
  }, 60_000);
});
