import { Accession } from '../../../functions/accessions/accession';
import { AccessionImportResult } from '../../../functions/accessions/accession-csv';
import type { PaperAccessionBody } from '../../../functions/accessions/paper-accession';
import type { DashboardQuery, TextsQuery } from '../../../functions/evaluation/api-schemas';
import { Dashboard, Trends } from '../../../functions/evaluation/dashboard';
import { Feedback, type FeedbackBody } from '../../../functions/evaluation/feedback';
import type { MeasureQuery } from '../../../functions/evaluation/measure-table';
import { MeasureTablePage } from '../../../functions/evaluation/measure-table';
import { Register } from '../../../functions/evaluation/register';
import { TextAnswers } from '../../../functions/evaluation/text-answers';
import { JobcenterProfile } from '../../../functions/evaluation/use-cases/get-jobcenter-profile';
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
  getDashboard: (query: Partial<Record<keyof DashboardQuery, string | number>>, signal?: AbortSignal) =>
    getJson(`/api/evaluation/dashboard${measureQueryString(query)}`, Dashboard, signal ? { signal } : {}),
  getTrends: (signal?: AbortSignal) => getJson('/api/evaluation/trends', Trends, signal ? { signal } : {}),
  getTexts: (query: Partial<Record<keyof TextsQuery, string | number>>, signal?: AbortSignal) =>
    getJson(`/api/evaluation/texts${measureQueryString(query)}`, TextAnswers, signal ? { signal } : {}),
  exportTexts: (query: Partial<Record<keyof TextsQuery, string | number>>, format: ExportFormat) =>
    download(
      `/api/evaluation/texts/export${measureQueryString({ ...query, format })}`,
      `antworten.${format}`,
    ),
  getJobcenterProfile: (id: string, signal?: AbortSignal) =>
    getJson(
      `/api/evaluation/jobcenters/${encodeURIComponent(id)}`,
      JobcenterProfile,
      signal ? { signal } : {},
    ),
  sendFeedback: async (campaignId: string, jobcenterId: string, body: FeedbackBody) =>
    parseJson(
      await apiFetch(
        `/api/campaigns/${encodeURIComponent(campaignId)}/responses/${encodeURIComponent(jobcenterId)}/feedback`,
        { method: 'POST', contentType: 'application/json', body: JSON.stringify(body) },
      ),
      Feedback,
    ),
};
