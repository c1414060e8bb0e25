// copw note add|show, copw links (filled in by the notes work).
import type { Command } from 'commander';

export function registerNoteCommands(_program: Command): void {}
