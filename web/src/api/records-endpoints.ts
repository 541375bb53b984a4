import * as z from 'zod';
import { RecordsList, RevokedRecordsLinks } from '../../../functions/records/records-link';
import { apiFetch, getJson, parseJson } from './client';

const Accepted = z.object({ message: z.string() });
const RecordsSession = z.object({ sessionToken: z.string(), expiresAt: z.string() });

const post = async <S extends z.ZodType>(path: string, body: unknown, schema: S) =>
  parseJson(
    await apiFetch(path, {
      method: 'POST',
      contentType: 'application/json',
      body: JSON.stringify(body),
      auth: false,
    }),
    schema,
  );

/** A Jobcenter's lasting records: the link request, the link exchange, the list and the PDFs. */
export const recordsApi = {
  request: (email: string) => post('/api/records/request', { email }, Accepted),
  openSession: (token: string) => post('/api/records/session', { token }, RecordsSession),
  list: (bearer: string) => getJson('/api/records', RecordsList, { bearer }),
  /** One document as a PDF file (fetched with the records session, then handed to the browser). */
  document: async (bearer: string, campaignId: string, version: number) => {
    const response = await apiFetch(`/api/records/documents/${encodeURIComponent(campaignId)}/${version}`, {
      bearer,
      accept: 'application/pdf',
    });
    return response.blob();
  },
  /** Staff (admin): revoke every records link of a Jobcenter. */
  revokeLinks: async (jobcenterId: string) =>
    parseJson(
      await apiFetch(`/api/jobcenters/${encodeURIComponent(jobcenterId)}/records-links/revoke`, {
        method: 'POST',
      }),
      RevokedRecordsLinks,
    ),
};
