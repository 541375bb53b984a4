import { Accession } from '../../../functions/accessions/accession';
import { AccessionImportResult } from '../../../functions/accessions/accession-csv';
import type { PaperAccessionBody } from '../../../functions/accessions/paper-accession';
import type { MeasureQuery } from '../../../functions/evaluation/measure-table';
import { MeasureTablePage } from '../../../functions/evaluation/measure-table';
import { Register } from '../../../functions/evaluation/register';
import { apiFetch, getJson, parseJson } from './client';
import { filenameFromDisposition } from './endpoints';

/** Typed calls to the "Auswertung" routes (register, paper accession, import, measures table, exports). */

export type ExportFormat = 'csv' | 'xlsx';

/** `{ jahr: 2027, status: undefined }` → `?jahr=2027` (empty values left out). */
export const measureQueryString = (
  query: Partial<Record<keyof MeasureQuery | 'format', string | number>>,
) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
};

const download = async (path: string, fallback: string): Promise<{ blob: Blob; filename: string }> => {
  const response = await apiFetch(path, {});
  const filename = filenameFromDisposition(response.headers.get('content-disposition')) ?? fallback;
  return { blob: await response.blob(), filename };
};

export const evaluationApi = {
  getRegister: (signal?: AbortSignal) =>
    getJson('/api/evaluation/register', Register, signal ? { signal } : {}),
  exportRegister: (format: ExportFormat) =>
    download(`/api/evaluation/register/export?format=${format}`, `beitrittsregister.${format}`),
  recordPaperAccession: async (body: PaperAccessionBody) =>
    parseJson(
      await apiFetch('/api/accessions', {
        method: 'POST',
        contentType: 'application/json',
        body: JSON.stringify(body),
      }),
      Accession,
    ),
  importAccessions: async (csv: string, dryRun: boolean) =>
    parseJson(
      await apiFetch(`/api/accessions/import?dryRun=${dryRun}`, {
        method: 'POST',
        contentType: 'text/csv; charset=utf-8',
        body: csv,
      }),
      AccessionImportResult,
    ),
  queryMeasures: (query: Partial<Record<keyof MeasureQuery, string | number>>, signal?: AbortSignal) =>
    getJson(
      `/api/evaluation/measures${measureQueryString(query)}`,
      MeasureTablePage,
      signal ? { signal } : {},
    ),
  exportMeasures: (query: Partial<Record<keyof MeasureQuery, string | number>>, format: ExportFormat) =>
    download(
      `/api/evaluation/measures/export${measureQueryString({ ...query, seite: undefined, format })}`,
      `massnahmen.${format}`,
    ),
};
