// Test helpers for templates: a copy of a built-in template to break in specific ways.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findResourcesDir } from '../../src/node/paths';

export const TEMPLATES_DIR = join(findResourcesDir(), 'templates');

/** A fresh, mutable copy of a built-in template file (plain JSON). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function builtinCopy(id = 'library-cop-5d'): any {
  return JSON.parse(readFileSync(join(TEMPLATES_DIR, `${id}.json`), 'utf8'));
}
