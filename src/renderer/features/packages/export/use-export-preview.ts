// Debounced packages.previewExport for a selection: the latest answer wins, the last preview stays shown while a new one loads.
import { useEffect, useRef, useState } from 'react';
import type { ExportPreview } from '../../../../common/api/methods/packages';
import type { PackageSelection } from '../../../../common/packages/manifest-types';
import { api } from '../../../state/services';
import { errorParts } from '../../notifications/report-error';

export interface PreviewState {
  preview: ExportPreview | null;
  /** The selection (as JSON) the shown preview answers; compare with the wanted one to know it is current. */
  previewKey: string | null;
  loading: boolean;
  error: { code: string; message: string } | null;
}

const IDLE: PreviewState = { preview: null, previewKey: null, loading: false, error: null };

/** `revision` changes when the workspace changed: the same selection is previewed again. */
export function useExportPreview(selection: PackageSelection | null, delayMs: number, revision = 0): PreviewState {
  const key = selection ? JSON.stringify(selection) : null;
  const [state, setState] = useState<PreviewState>(IDLE);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    if (key === null) {
      setState(IDLE);
      return;
    }
    setState((s) => ({ ...s, loading: true, error: null }));
    const timer = setTimeout(() => {
      api()
        .call('packages.previewExport', { selection: JSON.parse(key) as PackageSelection })
        .then((preview) => {
          if (seq.current === mine) setState({ preview, previewKey: key, loading: false, error: null });
        })
        .catch((err: unknown) => {
          if (seq.current === mine) setState({ preview: null, previewKey: null, loading: false, error: errorParts(err) });
        });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs, revision]);

  return state;
}
