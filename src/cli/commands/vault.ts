// copw import-markdown, copw export-markdown (filled in by the vault work).
import type { Command } from 'commander';

export function registerVaultCommands(_program: Command): void {}
