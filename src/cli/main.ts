// copw: the command line on the same services as the desktop app and the browser host.
import { Command, CommanderError } from 'commander';
import { AppError } from '../common/errors';
import { APP_VERSION } from '../node/services/create-services';
import { registerInit } from './commands/init';
import { registerServe } from './commands/serve';
import { registerStats } from './commands/stats';
import { registerNoteCommands } from './commands/notes';
import { registerSearchCommand } from './commands/search';
import { registerVaultCommands } from './commands/vault';
import { registerTemplateCommands } from './commands/templates';
import { registerPlanCommands } from './commands/plans';
import { registerPackageImport } from './commands/package-import';
import { registerPackagesKeysCommands } from './commands/packages-keys';
import { registerExportHtmlCommand } from './commands/export-html';
import { registerPackageExportCommand } from './commands/package-export';
import { registerGraphCommands } from './commands/graph';
import { registerNetworkCommands } from './commands/network';

export function buildProgram(): Command {
  const program = new Command('copw')
    .description('CoP Workbench: knowledge workbench for Communities of Practice')
    .version(APP_VERSION)
    .showSuggestionAfterError(false)
    .configureOutput({ outputError: (str, write) => write(str.split('\n')[0] + '\n') })
    .exitOverride();
  registerInit(program);
  registerStats(program);
  registerServe(program);
  registerNoteCommands(program);
  registerSearchCommand(program);
  registerVaultCommands(program);
  registerTemplateCommands(program);
  registerPlanCommands(program);
  registerPackageImport(program);
  registerPackagesKeysCommands(program);
  registerExportHtmlCommand(program);
  registerPackageExportCommand(program);
  registerGraphCommands(program);
  registerNetworkCommands(program);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ outputError: (str, write) => write(str.split('\n')[0] + '\n') });
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length === 0) {
    program.outputHelp();
    return 1;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof AppError) {
      process.stderr.write(`error ${err.code}: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`error INTERNAL: ${(err as Error).message ?? String(err)}\n`);
    return 1;
  }
}
