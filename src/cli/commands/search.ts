// copw search (filled in by the search work).
import type { Command } from 'commander';

export function registerSearchCommand(_program: Command): void {}
