// Where an imported note came from (package, version, creator, key, date), shown at the top of its History panel.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageProvenance } from '../../../../common/api/methods/packages';
import { formatDateTime } from '../../../i18n/format';
import { Icon } from '../../../icons/Icon';
import { api } from '../../../state/services';
import './package-import.css';

/** True for a version row written by a package import (reason `import: "<title>" v<N> from <creator>`). */
export function isImportReason(reason: string): boolean {
  return reason.startsWith('import:');
}

export function NoteProvenance({ noteId, reload }: { noteId: string; reload: number }) {
  const { t, i18n } = useTranslation();
  const [prov, setProv] = useState<PackageProvenance | null>(null);

  useEffect(() => {
    let live = true;
    setProv(null);
    api()
      .call('packages.provenance', { noteId })
      .then(
        (p) => live && setProv(p),
        () => undefined, // a missing provenance only hides the line; the versions still show
      );
    return () => {
      live = false;
    };
  }, [noteId, reload]);

  if (!prov) return null;
  return (
    <div
      className="note-provenance"
      data-testid="note-provenance"
      data-package-id={prov.packageId}
      data-package-version={prov.packageVersion}
      data-creator={prov.creatorName}
    >
      <Icon name="package" />
      <span>
        {t(prov.creatorKeyId ? 'packageImport.provenanceKey' : 'packageImport.provenance', {
          id: prov.packageId,
          version: prov.packageVersion,
          creator: prov.creatorName,
          key: prov.creatorKeyId?.slice(0, 16) ?? '',
          date: formatDateTime(prov.importedAt, i18n.language),
        })}
      </span>
    </div>
  );
}
