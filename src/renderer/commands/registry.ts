// The renderer command registry: one handler per catalogue command id, run by palette, keys and menus.
import { COMMANDS } from '../../common/commands';
import { toDisposable, type Disposable } from '../../common/disposable';

export type CommandHandler = () => void | Promise<void>;
export type CommandSource = 'palette' | 'keybinding' | 'menu' | 'ui';

export class CommandRegistry {
  private readonly handlers = new Map<string, CommandHandler>();
  private errorSink: (err: unknown, id: string) => void = (err) => console.error(err);

  registerCommand(id: string, handler: CommandHandler): Disposable {
    if (this.handlers.has(id)) throw new Error(`Command "${id}" already has a handler`);
    this.handlers.set(id, handler);
    return toDisposable(() => {
      if (this.handlers.get(id) === handler) this.handlers.delete(id);
    });
  }

  hasCommand(id: string): boolean {
    return this.handlers.has(id);
  }

  /** Ids from the catalogue that have no handler yet. */
  missingHandlers(): string[] {
    return COMMANDS.map((c) => c.id).filter((id) => !this.handlers.has(id));
  }

  onError(sink: (err: unknown, id: string) => void): void {
    this.errorSink = sink;
  }

  /** Runs a command; failures go to the error sink (a notification), never thrown at the caller. */
  async executeCommand(id: string): Promise<void> {
    const handler = this.handlers.get(id);
    if (!handler) {
      this.errorSink(new Error(`No handler for command "${id}"`), id);
      return;
    }
    try {
      await handler();
    } catch (err) {
      this.errorSink(err, id);
    }
  }
}

export const commandRegistry = new CommandRegistry();

export function registerCommand(id: string, handler: CommandHandler): Disposable {
  return commandRegistry.registerCommand(id, handler);
}

export function executeCommand(id: string): Promise<void> {
  return commandRegistry.executeCommand(id);
}
