import * as z from 'zod';
import {
  ConsentRequestAnswer,
  ConsentState,
  type LetterWithdrawalBody,
} from '../../../functions/consent/consent';
import { apiFetch, getJson, parseJson } from './client';

const send = async <S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  options: { method?: 'POST' | 'PUT'; auth?: boolean } = {},
): Promise<z.infer<S>> =>
  parseJson(
    await apiFetch(path, {
      method: options.method ?? 'POST',
      contentType: 'application/json',
      body: JSON.stringify(body),
      ...(options.auth !== undefined ? { auth: options.auth } : {}),
    }),
    schema,
  );

const StaffConsent = z.object({ einwilligung: ConsentState.nullable() });

/** Typed calls to the consent routes: public (link request, page of the link) and staff. */
export const consentApi = {
  requestLink: (email: string) =>
    send('/api/public/consent/link', { email }, ConsentRequestAnswer, { auth: false }),
  state: (token: string) => send('/api/public/consent/state', { token }, ConsentState, { auth: false }),
  change: (token: string, veroeffentlichung: boolean) =>
    send('/api/public/consent', { token, veroeffentlichung }, ConsentState, { method: 'PUT', auth: false }),
  get: (jobcenterId: string, signal?: AbortSignal) =>
    getJson(
      `/api/jobcenters/${encodeURIComponent(jobcenterId)}/consent`,
      StaffConsent,
      signal ? { signal } : {},
    ),
  recordLetter: (jobcenterId: string, body: LetterWithdrawalBody) =>
    send(`/api/jobcenters/${encodeURIComponent(jobcenterId)}/consent/letter-withdrawal`, body, ConsentState),
};
