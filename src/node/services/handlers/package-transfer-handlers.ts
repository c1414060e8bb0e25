// Handlers moving package bytes between a UI and the service (uploads, downloads of exports, release) and the
// provenance of imported notes. The staging area is shared with the import/export handlers.
import type { ApiHandlers } from '../../../common/api/contract';
import type { PackageSource } from '../../../common/api/methods/packages';
import type { StagingArea } from '../../packages/staging-area';
import type { HandlerContext } from '../api-handlers';

type TransferMethods = 'packages.uploadBegin' | 'packages.uploadChunk' | 'packages.download' | 'packages.release' | 'packages.provenance';

/** The file a package source names: a path as given, or the file of a complete upload. */
export function sourcePath(staging: StagingArea, source: PackageSource): string {
  return source.uploadId !== undefined ? staging.uploadPath(source.uploadId) : (source.path as string);
}

interface ProvenanceRow {
  package_id: string;
  package_version: number;
  creator_name: string;
  creator_key: string | null;
  imported_at: string;
  origin_workspace: string;
  origin_note_id: string;
}

export function createPackageTransferHandlers(ctx: HandlerContext, staging: StagingArea): Pick<ApiHandlers, TransferMethods> {
  const provenance = ctx.db.prepare<[string], ProvenanceRow>(
    `SELECT package_id, package_version, creator_name, creator_key, imported_at, origin_workspace, origin_note_id
     FROM provenance WHERE note_id = ?`,
  );
  return {
    async 'packages.uploadBegin'({ fileName, size }) {
      return { uploadId: staging.beginUpload(fileName, size) };
    },
    async 'packages.uploadChunk'({ uploadId, offset, dataBase64 }) {
      return { received: staging.appendUpload(uploadId, offset, Buffer.from(dataBase64, 'base64')) };
    },
    async 'packages.download'({ downloadId, offset }) {
      const { data, size, eof } = staging.readDownload(downloadId, offset);
      return { dataBase64: data.toString('base64'), size, eof };
    },
    async 'packages.release'({ id }) {
      staging.release(id);
      return null;
    },
    async 'packages.provenance'({ noteId }) {
      const row = provenance.get(noteId);
      if (!row) return null;
      return {
        packageId: row.package_id,
        packageVersion: row.package_version,
        creatorName: row.creator_name,
        creatorKeyId: row.creator_key,
        importedAt: row.imported_at,
        originWorkspace: row.origin_workspace,
        originNoteId: row.origin_note_id,
      };
    },
  };
}
