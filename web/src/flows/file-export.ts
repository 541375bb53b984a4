import { useRef, useState } from 'react';
import { toApiError } from '../api/client';
import type { ExportFormat } from '../api/evaluation-endpoints';
import { type ExportState, saveBlob } from './registry-export';

export type ExportFile = { blob: Blob; filename: string };

/**
 * Downloads a file of the evaluation (measures, free-text answers) as CSV or XLSX: fetched with
 * the bearer token, then handed to the browser. The file name comes from the server and says what
 * was filtered (`massnahmen-hf2-…`, `antworten-2026-…`). A second click while busy is ignored.
 */
export const useFileExport = (fetchFile: (format: ExportFormat) => Promise<ExportFile>) => {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const busy = useRef(false);
  const download = async (format: ExportFormat) => {
    if (busy.current) return;
    busy.current = true;
    setState({ step: 'downloading' });
    try {
      const { blob, filename } = await fetchFile(format);
      saveBlob(blob, filename);
      setState({ step: 'done', filename });
    } catch (e) {
      setState({ step: 'failed', error: toApiError(e) });
    } finally {
      busy.current = false;
    }
  };
  return { state, download };
};
