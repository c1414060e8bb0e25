// TemplateRegistry on a real workspace database: list, save/version, duplicate, delete, import, export, events.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceDb, openWorkspaceDb } from '../../src/node/db/open-workspace';
import { loadBuiltinTemplates } from '../../src/node/templates/builtin-templates';
import { TemplateRegistry } from '../../src/node/templates/template-registry';
import type { TemplateChange } from '../../src/node/templates/template-registry';
import { useTempDirs } from '../helpers/temp-dir';
import { builtinCopy } from './template-fixtures';

const tempDir = useTempDirs();
const open: Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function setup() {
  const dir = join(tempDir('copw-templates'), 'ws');
  createWorkspaceDb(dir, () => {});
  const db = openWorkspaceDb(dir);
  open.push(db);
  const changes: TemplateChange[] = [];
  let tick = 0;
  const registry = new TemplateRegistry({
    db,
    builtins: loadBuiltinTemplates(),
    now: () => new Date(Date.UTC(2026, 10, 22, 10, 0, tick++)).toISOString(),
    onChange: (c) => changes.push(c),
  });
  return { db, registry, changes };
}

function custom(id = 'shelving-circle') {
  const t = builtinCopy('generic-cop-5d');
  t.id = id;
  t.name = { en: 'Shelving circle', id: 'Lingkar penataan rak' };
  return t;
}

const rowCount = (db: Database) => db.prepare('SELECT COUNT(*) FROM templates').pluck().get() as number;

describe('TemplateRegistry', () => {
  it('lists the built-ins without a single custom row, with plan counts from plans.template_id', () => {
    const { db, registry } = setup();
    db.prepare(
      `INSERT INTO plans (id, title, template_id, status, current_phase, data, created_at, updated_at)
       VALUES ('p1', 'Circulation', 'library-cop-5d', 'active', 'discovery', '{}', 'now', 'now'),
              ('p2', 'Shelving', 'library-cop-5d', 'active', 'discovery', '{}', 'now', 'now')`,
    ).run();
    const list = registry.list();
    expect(list.map((t) => [t.id, t.source, t.plans])).toEqual([
      ['library-cop-5d', 'builtin', 2],
      ['generic-cop-5d', 'builtin', 0],
      ['knowledge-sharing-review', 'builtin', 0],
    ]);
    expect(list[0].phases.map((p) => p.id)).toEqual(['discovery', 'dreaming', 'design', 'document', 'disseminate']);
    expect(list[0].name.id).toBe('CoP Pustakawan — 5D');
  });

  it('saves a custom template: unchanged keeps its version, a change gets the next one, all versions kept', () => {
    const { db, registry, changes } = setup();
    const first = registry.save(custom());
    expect(first).toMatchObject({ id: 'shelving-circle', version: 1, source: 'custom', plans: 0 });
    expect(registry.save(custom()).version).toBe(1);
    expect(rowCount(db)).toBe(1);
    const changed = custom();
    changed.phases[0].guidance.en = 'Start with the shelving team.';
    changed.version = 99; // ignored: the registry numbers versions
    expect(registry.save(changed).version).toBe(2);
    expect(registry.get('shelving-circle').phases[0].guidance.en).toBe('Start with the shelving team.');
    expect(registry.get('shelving-circle', 1).phases[0].guidance.en).not.toBe('Start with the shelving team.');
    expect(registry.latestVersion('shelving-circle')).toBe(2);
    expect(changes).toEqual([
      { id: 'shelving-circle', change: 'created' },
      { id: 'shelving-circle', change: 'updated' },
    ]);
    expect(registry.list().map((t) => t.id)).toContain('shelving-circle');
  });

  it('refuses an invalid template or a built-in id and writes nothing', () => {
    const { db, registry } = setup();
    const bad = custom();
    bad.phases[0].fields[0].type = 'people';
    expect(() => registry.save(bad)).toThrow(/Template is invalid \(2 problems\):\n {2}phases\[0\]\.fields\[0\]\.type: Unknown field type "people"/);
    expect(() => registry.save(builtinCopy('library-cop-5d'))).toThrow(/belongs to a built-in template; duplicate it/);
    expect(rowCount(db)).toBe(0);
  });

  it('duplicates a built-in as a custom template and refuses taken ids', () => {
    const { registry, changes } = setup();
    const copy = registry.duplicate('library-cop-5d', 'circulation-5d');
    expect(copy).toMatchObject({ id: 'circulation-5d', version: 1, name: { en: 'Library CoP — 5D (copy)', id: 'CoP Pustakawan — 5D (salinan)' } });
    expect(copy.phases[1].fields[0].id).toBe('visionStatement');
    expect(changes).toEqual([{ id: 'circulation-5d', change: 'created' }]);
    const named = registry.duplicate('circulation-5d', 'shelving-5d', { en: 'Shelving 5D', id: 'Rak 5D' });
    expect(named.name).toEqual({ en: 'Shelving 5D', id: 'Rak 5D' });
    expect(() => registry.duplicate('library-cop-5d', 'circulation-5d')).toThrow(/already exists/);
    expect(() => registry.duplicate('library-cop-5d', 'generic-cop-5d')).toThrow(/built-in/);
    expect(() => registry.duplicate('nope', 'x-5d')).toThrow(/No template with id nope/);
  });

  it('soft-deletes: gone from the list and latest, old versions still readable, built-ins refused', () => {
    const { db, registry, changes } = setup();
    registry.save(custom());
    const v2 = custom();
    v2.description.en = 'Changed';
    registry.save(v2);
    registry.delete('shelving-circle');
    expect(changes.at(-1)).toEqual({ id: 'shelving-circle', change: 'deleted' });
    expect(registry.list().map((t) => t.id)).not.toContain('shelving-circle');
    expect(() => registry.get('shelving-circle')).toThrow(/No template with id shelving-circle \(it was deleted\)/);
    expect(registry.latestVersion('shelving-circle')).toBeNull();
    expect(registry.get('shelving-circle', 1).id).toBe('shelving-circle');
    expect(registry.get('shelving-circle', 2).description.en).toBe('Changed');
    expect(rowCount(db)).toBe(2);
    expect(() => registry.delete('shelving-circle')).toThrow(/No template with id/);
    expect(() => registry.delete('library-cop-5d')).toThrow(/built in and cannot be deleted/);
    // Saving the id again starts a new life after the kept versions.
    expect(registry.save(custom()).version).toBe(3);
    expect(registry.latestVersion('shelving-circle')).toBe(3);
  });

  it('imports text: validated, refuses built-in ids and existing ids unless replace', () => {
    const { registry } = setup();
    expect(registry.import(JSON.stringify(custom())).version).toBe(1);
    const changed = custom();
    changed.name.en = 'Shelving circle v2';
    expect(() => registry.import(JSON.stringify(changed))).toThrow(/already exists \(version 1\); import with replace/);
    expect(registry.import(JSON.stringify(changed), true)).toMatchObject({ version: 2, name: { en: 'Shelving circle v2' } });
    expect(() => registry.import(JSON.stringify(builtinCopy('generic-cop-5d')), true)).toThrow(/built-in/);
    expect(() => registry.import('{"id": ')).toThrow(/Invalid JSON at line 1, column 8/);
  });

  it('exports pretty JSON that imports back unchanged', () => {
    const { registry } = setup();
    const file = registry.export('library-cop-5d');
    expect(file.fileName).toBe('library-cop-5d.template.json');
    expect(file.json).toContain('\n  "schemaVersion": 1,');
    const other = setup().registry;
    const t = JSON.parse(file.json);
    t.id = 'library-copy';
    other.import(JSON.stringify(t));
    expect(JSON.parse(other.export('library-copy').json).phases).toEqual(JSON.parse(file.json).phases);
    expect(() => registry.export('missing')).toThrow(/No template with id missing/);
  });

  it('gets built-ins by latest or exact version only', () => {
    const { registry } = setup();
    expect(registry.get('generic-cop-5d', 1).id).toBe('generic-cop-5d');
    expect(() => registry.get('generic-cop-5d', 7)).toThrow(/is at version 1/);
  });
});
