// Every command of the catalogue has exactly one renderer handler.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../common/commands';
import { CommandRegistry } from './registry';
import { registerWorkbenchCommands, WORKBENCH_COMMAND_HANDLERS } from './workbench-commands';

describe('workbench commands', () => {
  it('cover the whole catalogue and nothing else', () => {
    expect(Object.keys(WORKBENCH_COMMAND_HANDLERS).sort()).toEqual(COMMANDS.map((c) => c.id).sort());
  });
  it('register as disposables', () => {
    const registry = new CommandRegistry();
    const registration = registerWorkbenchCommands(registry);
    expect(registry.missingHandlers()).toEqual([]);
    registration.dispose();
    expect(registry.missingHandlers()).toHaveLength(COMMANDS.length);
  });
  it('reports a failing handler instead of throwing', async () => {
    const registry = new CommandRegistry();
    const errors: string[] = [];
    registry.onError((_err, id) => errors.push(id));
    registry.registerCommand('x.fail', () => {
      throw new Error('boom');
    });
    await registry.executeCommand('x.fail');
    expect(errors).toEqual(['x.fail']);
  });
});
