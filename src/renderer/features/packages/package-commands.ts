// Handlers of the package commands (export dialog, import preview); spread into the workbench command table.
import type { CommandHandler } from '../../commands/registry';
import { openExportDialog } from './export/export-dialog-store';
import { pickAndImportPackage } from './import/import-actions';

export const PACKAGE_COMMAND_HANDLERS: Record<string, CommandHandler> = {
  'packages.export': () => openExportDialog(),
  'packages.import': () => pickAndImportPackage(),
};
