import type { Role } from '../auth/principal';

/**
 * Who may call each HTTP route: the one declaration of access. The route table
 * (functions/api/routes.ts) reads it for CDK (authorizer), the local server and the OpenAPI
 * document; every handler's wrapper (functions/shared/http/http-handler.ts) reads it to enforce
 * the same. Kept apart from the route table so that a handler does not bundle every route's
 * schemas (budget in test/infra/bundle-budgets.test.ts).
 *
 * `public`: anyone; `session`: the Jobcenter's form session; `viewer`/`admin`: MAGS staff.
 */
export type Access = 'public' | 'session' | Role;

export const ROUTE_ACCESS = {
  health: 'public',
  healthDetail: 'viewer',
  me: 'viewer',
  listJobcenters: 'viewer',
  getJobcenter: 'viewer',
  correctContacts: 'admin',
  exportRegistry: 'viewer',
  importRegistry: 'admin',
  recordPaperAccession: 'admin',
  importAccessions: 'admin',
  getRegister: 'viewer',
  exportRegister: 'viewer',
  queryMeasures: 'viewer',
  exportMeasures: 'viewer',
  getDashboard: 'viewer',
  getTrends: 'viewer',
  getTexts: 'viewer',
  exportTexts: 'viewer',
  getJobcenterProfile: 'viewer',
  sendFeedback: 'admin',
  listCampaigns: 'viewer',
  createCampaign: 'admin',
  getCampaign: 'viewer',
  updateCampaign: 'admin',
  previewInvitation: 'viewer',
  launchCampaign: 'admin',
  closeCampaign: 'admin',
  addJobcenter: 'admin',
  resendInvitation: 'admin',
  remindNow: 'admin',
  pauseReminders: 'admin',
  getResponse: 'viewer',
  confirmAccession: 'admin',
  returnAccession: 'admin',
  openFormSession: 'public',
  getForm: 'session',
  saveDraft: 'session',
  submitForm: 'session',
  handoverForm: 'session',
  listAcceded: 'public',
  openapi: 'public',
} as const satisfies Record<string, Access>;

export type RouteId = keyof typeof ROUTE_ACCESS;
