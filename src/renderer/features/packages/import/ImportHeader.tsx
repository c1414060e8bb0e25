// Header of the import preview: package title, version, creator, date, description and who signed it (trust on request).
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { Icon } from '../../../icons/Icon';
import { trustCreatorKey } from './import-actions';
import type { ImportSession } from './import-store';

export function SignatureBadge({ session }: { session: ImportSession }) {
  const { t } = useTranslation();
  const preview = session.preview;
  if (!preview) return null;
  const sig = preview.signature;
  if (sig.state === 'trusted') {
    return (
      <span className="signature signature-trusted" data-testid="package-signature" data-state="trusted" data-key-id={sig.keyId}>
        <Icon name="check" /> {t('packageImport.signedTrusted', { name: sig.name })}
      </span>
    );
  }
  if (sig.state === 'unknown-key') {
    const canTrust = Boolean(preview.manifest.creator.publicKey) && session.phase === 'ready';
    return (
      <span className="signature signature-unknown" data-testid="package-signature" data-state="unknown-key" data-key-id={sig.keyId}>
        <Icon name="warning" /> {t('packageImport.signedUnknown')}
        <span className="muted">{t('packageImport.keyOf', { name: sig.name, keyId: sig.keyId.slice(0, 16) })}</span>
        {canTrust && (
          <button type="button" className="button" data-action="trust-key" disabled={session.trusting} onClick={() => void trustCreatorKey(session.id)}>
            {t('packageImport.trustKey')}
          </button>
        )}
      </span>
    );
  }
  return (
    <span className="signature signature-unsigned" data-testid="package-signature" data-state="unsigned">
      <Icon name="info" /> {t('packageImport.unsigned')}
    </span>
  );
}

export function ImportHeader({ session }: { session: ImportSession }) {
  const { t, i18n } = useTranslation();
  const m = session.preview?.manifest;
  if (!m) return null;
  return (
    <header className="import-header">
      <div className="import-title-row">
        <Icon name="package" size={22} />
        <h1 className="doc-title" data-testid="package-title">
          {m.title}
        </h1>
        <span className="chip" data-testid="package-version" data-version={m.packageVersion}>
          {t('packageImport.version', { version: m.packageVersion })}
        </span>
      </div>
      <div className="doc-subtitle import-meta">
        <span data-testid="package-creator">{t('packageImport.by', { name: m.creator.name })}</span>
        <span>{formatDateTime(m.createdAt, i18n.language)}</span>
        <span>{t('packageImport.noteCount', { count: m.counts.notes })}</span>
        {m.counts.attachments > 0 && <span>{t('packageImport.attachmentCount', { count: m.counts.attachments })}</span>}
        <span className="muted">{session.fileName}</span>
      </div>
      {m.description && <p className="import-description">{m.description}</p>}
      <SignatureBadge session={session} />
    </header>
  );
}
