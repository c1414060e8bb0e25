#!/usr/bin/env node
// copw launcher: runs the TypeScript CLI through tsx, so it works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/entry.ts');
