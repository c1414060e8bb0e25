// Development assertion: every command in the catalogue must have a renderer handler.
import type { CommandRegistry } from './registry';

export function assertAllCommandsHandled(registry: CommandRegistry): void {
  const missing = registry.missingHandlers();
  if (missing.length === 0) return;
  const message = `Commands without a handler: ${missing.join(', ')}`;
  if (import.meta.env.DEV) throw new Error(message);
  console.error(message);
}
