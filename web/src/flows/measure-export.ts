import { useRef, useState } from 'react';
import { toApiError } from '../api/client';
import { type ExportFormat, evaluationApi } from '../api/evaluation-endpoints';
import type { MeasureParams } from './measure-filter';
import { type ExportState, saveBlob } from './registry-export';

/**
 * Downloads the measures table as CSV or XLSX: exactly the filter and order on screen, every
 * page. The file name comes from the server and says what was filtered (`massnahmen-hf2-…`).
 */
export const useMeasureExport = (params: MeasureParams) => {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const busy = useRef(false);
  const download = async (format: ExportFormat) => {
    if (busy.current) return;
    busy.current = true;
    setState({ step: 'downloading' });
    try {
      const { blob, filename } = await evaluationApi.exportMeasures(params, format);
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
