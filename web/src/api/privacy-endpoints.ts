import {
  PrivacyRequest,
  type PrivacyRequestBody,
  PrivacyRequestList,
} from '../../../functions/privacy/privacy-request';
import { apiFetch, getJson, parseJson } from './client';
import { filenameFromDisposition } from './endpoints';

const base = '/api/privacy-requests';

/** Typed calls to the routes of access and erasure requests (admins only). */
export const privacyApi = {
  list: (signal?: AbortSignal) => getJson(base, PrivacyRequestList, signal ? { signal } : {}),
  get: (id: string, signal?: AbortSignal) =>
    getJson(`${base}/${encodeURIComponent(id)}`, PrivacyRequest, signal ? { signal } : {}),
  create: async (body: PrivacyRequestBody) =>
    parseJson(
      await apiFetch(base, { method: 'POST', contentType: 'application/json', body: JSON.stringify(body) }),
      PrivacyRequest,
    ),
  confirmErasure: async (id: string) =>
    parseJson(await apiFetch(`${base}/${encodeURIComponent(id)}/erase`, { method: 'POST' }), PrivacyRequest),
  download: async (id: string): Promise<{ blob: Blob; filename: string }> => {
    const response = await apiFetch(`${base}/${encodeURIComponent(id)}/export`, {});
    const filename =
      filenameFromDisposition(response.headers.get('content-disposition')) ?? `datenschutzanfrage-${id}.json`;
    return { blob: await response.blob(), filename };
  },
};
