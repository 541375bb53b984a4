import { evaluationApi } from '../api/evaluation-endpoints';
import { useFileExport } from './file-export';
import type { MeasureParams } from './measure-filter';

/** The measures table as CSV or XLSX: exactly the filter and order on screen, every page. */
export const useMeasureExport = (params: MeasureParams) =>
  useFileExport((format) => evaluationApi.exportMeasures(params, format));
