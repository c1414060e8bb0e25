// Every locale key the plan and template UI uses exists in English and Bahasa Indonesia.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/common/commands';
import en from '../../resources/locales/en.json';
import id from '../../resources/locales/id.json';

const FEATURES = join(__dirname, '..', '..', 'src', 'renderer', 'features');
const DIRS = [join(FEATURES, 'plans'), join(FEATURES, 'templates')];
const KEY = /(?:\bt\(|Key: |reportError\(\w+, |notify\('\w+', )['`]((?:plans|templates|errors|commands|common|taskStatus|phaseStatus|views)\.[\w.${}]+)['`]/g;

function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const dir of DIRS) {
    for (const f of readdirSync(dir).filter((n) => /\.tsx?$/.test(n) && !n.endsWith('.test.ts'))) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(KEY)) keys.add(m[1]);
    }
  }
  return [...keys];
}

function has(dict: unknown, key: string): boolean {
  // A dynamic key ("plans.save.${state}") must at least have its object; plural keys exist as _one/_other.
  const parts = key.split('.');
  let node = dict as Record<string, unknown>;
  for (const [i, part] of parts.entries()) {
    if (part.includes('${')) return typeof node === 'object' && node !== null;
    const last = i === parts.length - 1;
    const value = node?.[part] ?? (last ? node?.[`${part}_other`] : undefined);
    if (value === undefined) return false;
    node = value as Record<string, unknown>;
  }
  return true;
}

describe('plan and template locale strings', () => {
  const keys = usedKeys();
  it('are found in the sources', () => {
    expect(keys).toContain('plans.markDone');
    expect(keys).toContain('templates.validate');
  });
  it.each([
    ['en', en],
    ['id', id],
  ])('exist in %s', (_lang, dict) => {
    expect(keys.filter((k) => !has(dict, k))).toEqual([]);
    expect(COMMANDS.filter((c) => !has(dict, c.titleKey) || !has(dict, c.categoryKey)).map((c) => c.id)).toEqual([]);
  });
});
