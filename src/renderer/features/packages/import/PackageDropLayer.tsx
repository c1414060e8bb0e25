// Always mounted with the editor area: the hidden .copkg file input, the window-wide drop overlay, packages opened
// by the desktop app (file association), and releasing staged uploads when their preview tabs close.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDesktopBridge } from '../../../api/desktop-bridge';
import { Icon } from '../../../icons/Icon';
import { installImportSessions, openPackageFile, openPackagePath, PACKAGE_EXTENSION, setPackagePicker } from './import-actions';
import { installPackageDrop } from './package-drop';
import './package-import.css';

export function PackageDropLayer() {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const drop = installPackageDrop(window, (files) => files.forEach((f) => void openPackageFile(f)), setDragging);
    const sessions = installImportSessions();
    const offDesktop = getDesktopBridge()?.onOpenPackage((path) => void openPackagePath(path));
    return () => {
      drop.dispose();
      sessions.dispose();
      offDesktop?.();
    };
  }, []);

  return (
    <>
      <input
        ref={setPackagePicker}
        type="file"
        accept={PACKAGE_EXTENSION}
        hidden
        data-testid="package-import-input"
        aria-label={t('packageImport.pick')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void openPackageFile(file);
        }}
      />
      {dragging && (
        <div className="package-drop-overlay" data-testid="package-drop-overlay" aria-hidden="true">
          <div className="package-drop-card">
            <Icon name="package" size={28} />
            <strong>{t('packageImport.dropTitle')}</strong>
            <span>{t('packageImport.dropHint')}</span>
          </div>
        </div>
      )}
    </>
  );
}
