import { useCallback, useState } from 'react';
import { type ApiError, toApiError } from '../api/client';
import { api } from '../api/endpoints';

/** The export needs the bearer token, so it is fetched and handed to the browser as a blob. */
export type ExportState =
  | { step: 'idle' }
  | { step: 'downloading' }
  | { step: 'done'; filename: string }
  | { step: 'failed'; error: ApiError };

export const saveBlob = (blob: Blob, filename: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

export const useRegistryExport = () => {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const download = useCallback(async () => {
    setState({ step: 'downloading' });
    try {
      const { blob, filename } = await api.exportRegistry();
      saveBlob(blob, filename);
      setState({ step: 'done', filename });
    } catch (e) {
      setState({ step: 'failed', error: toApiError(e) });
    }
  }, []);
  return { state, download };
};
