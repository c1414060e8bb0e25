// Handlers of the identity keys (keys.*), package inspection (verify only, no workspace writes) and packages.cancel.
import type { ApiHandlers } from '../../../common/api/contract';
import { readPackage } from '../../packages/archive-reader';
import { ensureIdentity, listTrustedKeys, trustedKeyRefs, trustKey, untrustKey } from '../../packages/identity';
import { cancelTask } from '../../packages/task-registry';
import type { StagingArea } from '../../packages/staging-area';
import type { HandlerContext } from '../api-handlers';
import { sourcePath } from './package-transfer-handlers';

type KeysMethods = 'keys.show' | 'keys.list' | 'keys.trust' | 'keys.untrust' | 'packages.inspect' | 'packages.cancel';

export function createKeysHandlers(ctx: HandlerContext, staging: StagingArea): Pick<ApiHandlers, KeysMethods> {
  const { db } = ctx;
  const now = () => ctx.clock().toISOString();

  return {
    async 'keys.show'() {
      const identity = db.transaction(() => ensureIdentity(db, now()))();
      return { keyId: identity.keyId, publicKey: identity.publicKey, name: identity.name };
    },
    async 'keys.list'() {
      return listTrustedKeys(db);
    },
    async 'keys.trust'({ publicKey, name }) {
      return db.transaction(() => trustKey(db, publicKey, name, now()))();
    },
    async 'keys.untrust'({ keyId }) {
      db.transaction(() => untrustKey(db, keyId))();
      return null;
    },
    async 'packages.inspect'(source) {
      const { manifest, signature } = await readPackage(sourcePath(staging, source), { trustedKeys: trustedKeyRefs(db) });
      return { manifest, signature };
    },
    // Idempotent: a task that already finished (or never ran) is not an error, so a late click on Cancel is harmless.
    async 'packages.cancel'({ taskId }) {
      cancelTask(taskId);
      return null;
    },
  };
}
