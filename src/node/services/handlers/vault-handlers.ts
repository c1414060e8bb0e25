// Handlers of the vault API methods (src/common/api/methods/vault.ts).
import type { ApiHandlers } from '../../../common/api/contract';
import type { VAULT_API } from '../../../common/api/methods/vault';
import type { HandlerContext } from '../api-handlers';

export function createVaultHandlers(_ctx: HandlerContext): Pick<ApiHandlers, keyof typeof VAULT_API> {
  return {};
}
