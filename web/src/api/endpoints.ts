import * as z from 'zod';
import { Principal } from '../../../functions/auth/principal';
import type { CampaignViewQuery } from '../../../functions/campaigns/api-schemas';
import type { Campaign, CampaignInput } from '../../../functions/campaigns/campaign';
import { Campaign as CampaignSchema } from '../../../functions/campaigns/campaign';
import { HealthReport, Liveness } from '../../../functions/health/get-health';
import { JobcenterList } from '../../../functions/registry/api-schemas';
import { type Contact, Jobcenter, type JobcenterFilter } from '../../../functions/registry/jobcenter';
import { RegistryImportResult } from '../../../functions/registry/registry-csv';
import { apiFetch, getJson, parseJson } from './client';
import {
  AccededList,
  AddJobcenterResult,
  CampaignList,
  CampaignOverview,
  Confirmed,
  CorrectContactsResult,
  FormContext,
  FormSession,
  HandoverResult,
  InvitationPreview,
  LaunchResult,
  PauseResult,
  RemindResult,
  ResendResult,
  Returned,
  SavedDraft,
  type SesSampleKind,
  SesSampleResult,
  SubmitReceipt,
} from './schemas';
import { StaffResponseDetail } from './self-assessment-schemas';

/** Typed calls to the API (functions/api/routes.ts); responses are checked with the same schemas. */

const LocalLoginResult = z.object({ token: z.string().min(1), expiresAt: z.iso.datetime({ offset: true }) });
export type LocalLoginResult = z.infer<typeof LocalLoginResult>;

const filterQuery = (filter: JobcenterFilter): string => {
  const params = new URLSearchParams();
  if (filter.type) params.set('type', filter.type);
  if (filter.landschaftsverband) params.set('landschaftsverband', filter.landschaftsverband);
  if (filter.regierungsbezirk) params.set('regierungsbezirk', filter.regierungsbezirk);
  const query = params.toString();
  return query ? `?${query}` : '';
};

/** `attachment; filename="jobcenter-verzeichnis-2025-01-31.csv"` → the file name. */
export const filenameFromDisposition = (header: string | null): string | undefined => {
  const match = /filename="?([\w.-]+)"?/i.exec(header ?? '');
  return match?.[1];
};

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
const campaignPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
const responsePath = (campaignId: string, jobcenterId: string) =>
  `${campaignPath(campaignId)}/responses/${encodeURIComponent(jobcenterId)}`;

const postJson = async <S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  options: { bearer?: string; method?: 'POST' | 'PUT'; auth?: boolean; keepalive?: boolean } = {},
): Promise<z.infer<S>> =>
  parseJson(
    await apiFetch(path, {
      method: options.method ?? 'POST',
      contentType: 'application/json',
      body: JSON.stringify(body ?? {}),
      ...(options.bearer !== undefined ? { bearer: options.bearer } : {}),
      ...(options.auth !== undefined ? { auth: options.auth } : {}),
      ...(options.keepalive ? { keepalive: true } : {}),
    }),
    schema,
  );

/** The Jobcenter's form: public link exchange, then the form session token as bearer. */
export const formApi = {
  openSession: (token: string) => postJson('/api/form/session', { token }, FormSession, { auth: false }),
  get: (bearer: string, signal?: AbortSignal) =>
    getJson('/api/form', FormContext, { bearer, ...withSignal(signal) }),
  /** `answers`: an AccessionDraft or a SelfAssessmentDraft, as the campaign's kind asks. */
  saveDraft: (bearer: string, version: number, answers: Record<string, unknown>, keepalive = false) =>
    postJson('/api/form/draft', { version, answers }, SavedDraft, { bearer, method: 'PUT', keepalive }),
  submit: (bearer: string, draftVersion: number) =>
    postJson('/api/form/submit', { draftVersion }, SubmitReceipt, { bearer }),
  handover: (bearer: string, body: { fromName: string; toName: string; toEmail: string }) =>
    postJson('/api/form/handover', body, HandoverResult, { bearer }),
  /** Ends the session on the server (204). */
  logout: async (bearer: string): Promise<void> => {
    await apiFetch('/api/form/logout', { method: 'POST', bearer });
  },
};

export const campaignApi = {
  list: (signal?: AbortSignal) => getJson('/api/campaigns', CampaignList, withSignal(signal)),
  create: (input: CampaignInput): Promise<Campaign> => postJson('/api/campaigns', input, CampaignSchema),
  overview: (id: string, query: CampaignViewQuery = {}, signal?: AbortSignal) => {
    const params = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
    ).toString();
    return getJson(`${campaignPath(id)}${params ? `?${params}` : ''}`, CampaignOverview, withSignal(signal));
  },
  preview: (id: string, signal?: AbortSignal) =>
    getJson(`${campaignPath(id)}/preview`, InvitationPreview, withSignal(signal)),
  launch: (id: string) => postJson(`${campaignPath(id)}/launch`, {}, LaunchResult),
  close: (id: string) => postJson(`${campaignPath(id)}/close`, {}, CampaignSchema),
  addJobcenter: (id: string, jobcenterId: string) =>
    postJson(`${campaignPath(id)}/invitations`, { jobcenterId }, AddJobcenterResult),
  resend: (id: string, jobcenterId: string) =>
    postJson(`${campaignPath(id)}/invitations/${encodeURIComponent(jobcenterId)}/resend`, {}, ResendResult),
  remindNow: (id: string, jobcenterId: string) =>
    postJson(`${campaignPath(id)}/invitations/${encodeURIComponent(jobcenterId)}/remind`, {}, RemindResult),
  pauseReminders: (id: string, jobcenterId: string, paused: boolean) =>
    postJson(
      `${campaignPath(id)}/invitations/${encodeURIComponent(jobcenterId)}/reminders`,
      { paused },
      PauseResult,
      { method: 'PUT' },
    ),
  response: (id: string, jobcenterId: string, signal?: AbortSignal) =>
    getJson(responsePath(id, jobcenterId), StaffResponseDetail, withSignal(signal)),
  confirm: (id: string, jobcenterId: string) =>
    postJson(`${responsePath(id, jobcenterId)}/confirm`, {}, Confirmed),
  giveBack: (id: string, jobcenterId: string, comment: string) =>
    postJson(`${responsePath(id, jobcenterId)}/return`, { comment }, Returned),
  acceded: (signal?: AbortSignal) =>
    getJson('/api/public/acceded', AccededList, { auth: false, ...withSignal(signal) }),
};

export const api = {
  /** Public liveness: the API answers. */
  health: (signal?: AbortSignal) =>
    getJson('/health', Liveness, { auth: false, ...(signal ? { signal } : {}) }),
  /** Staff only: components, SES quota and scheduler. */
  healthDetail: (signal?: AbortSignal) =>
    getJson('/api/health', HealthReport, { okStatuses: [503], ...(signal ? { signal } : {}) }),

  localLogin: async (username: string, password: string) =>
    parseJson(
      await apiFetch('/api/auth/local/login', {
        method: 'POST',
        auth: false,
        contentType: 'application/json',
        body: JSON.stringify({ username, password }),
      }),
      LocalLoginResult,
    ),

  me: (signal?: AbortSignal) => getJson('/api/me', Principal, signal ? { signal } : {}),

  listJobcenters: (filter: JobcenterFilter, signal?: AbortSignal) =>
    getJson(`/api/jobcenters${filterQuery(filter)}`, JobcenterList, signal ? { signal } : {}),

  getJobcenter: (id: string, signal?: AbortSignal) =>
    getJson(`/api/jobcenters/${encodeURIComponent(id)}`, Jobcenter, signal ? { signal } : {}),

  correctContacts: (
    id: string,
    body: { expectedVersion: number; mainContact: Contact; deputyContact: Contact },
  ) =>
    postJson(`/api/jobcenters/${encodeURIComponent(id)}/contacts`, body, CorrectContactsResult, {
      method: 'PUT',
    }),

  /** Local dev tool only (the local server): injects an SES sample event for the last mail to `address`. */
  injectSesSample: (body: {
    kind: SesSampleKind;
    address: string;
    tags?: { campaign: string; jobcenter: string };
  }) => postJson('/local/ses-events', body, SesSampleResult),

  exportRegistry: async (): Promise<{ blob: Blob; filename: string }> => {
    const response = await apiFetch('/api/registry/export', { accept: 'text/csv' });
    const filename =
      filenameFromDisposition(response.headers.get('content-disposition')) ??
      `jobcenter-verzeichnis-${new Date().toISOString().slice(0, 10)}.csv`;
    return { blob: await response.blob(), filename };
  },

  importRegistry: async (csv: string, dryRun: boolean) =>
    parseJson(
      await apiFetch(`/api/registry/import?dryRun=${dryRun}`, {
        method: 'POST',
        contentType: 'text/csv; charset=utf-8',
        body: csv,
      }),
      RegistryImportResult,
    ),
};
