// copw init DIR [--demo]: create a workspace folder.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { createWorkspace } from '../../node/services/create-services';
import { RESOURCES_DIR } from '../repo-paths';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('Create a new workspace in an empty or new folder')
    .argument('<dir>', 'folder for the workspace (must be empty or not exist)')
    .option('--demo', 'fill it with the demo library Community of Practice')
    .option('--name <name>', 'workspace name')
    .action((dir: string, opts: { demo?: boolean; name?: string }) => {
      const target = resolve(dir);
      createWorkspace(target, { demo: Boolean(opts.demo), resourcesDir: RESOURCES_DIR, name: opts.name });
      process.stdout.write(`Created workspace ${target}${opts.demo ? ' (demo content)' : ''}\n`);
    });
}
