import type { StaffAccess } from '../auth/principal';

/**
 * Who may call each HTTP route: the one declaration of access. The route table
 * (functions/api/routes.ts) reads it for CDK (authorizer), the local server and the OpenAPI
 * document; every handler's wrapper (functions/shared/http/http-handler.ts) reads it to enforce
 * the same. Kept apart from the route table so that a handler does not bundle every route's
 * schemas (budget in test/infra/bundle-budgets.test.ts).
 *
 * `public`: anyone; `session`: the Jobcenter's form session; `viewer`/`admin`: MAGS staff;
 * `partner`: MAGS and the co-signatories (Regionaldirektion NRW, LVR, LWL), each within its scope.
 */
export type Access = 'public' | 'session' | StaffAccess;

export const ROUTE_ACCESS = {
  health: 'public',
  healthDetail: 'viewer',
  me: 'partner',
  listJobcenters: 'viewer',
  getJobcenter: 'viewer',
  correctContacts: 'admin',
  exportRegistry: 'viewer',
  importRegistry: 'admin',
  recordPaperAccession: 'admin',
  importAccessions: 'admin',
  getRegister: 'partner',
  exportRegister: 'partner',
  queryMeasures: 'partner',
  exportMeasures: 'partner',
  getDashboard: 'partner',
  getTrends: 'partner',
  getTexts: 'partner',
  listAudit: 'admin',
  exportAudit: 'admin',
  createPrivacyRequest: 'admin',
  listPrivacyRequests: 'admin',
  getPrivacyRequest: 'admin',
  confirmPrivacyErasure: 'admin',
  exportPrivacyRequest: 'admin',
  exportTexts: 'partner',
  getJobcenterProfile: 'partner',
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
  logoutForm: 'session',
  listAcceded: 'public',
  requestConsentLink: 'public',
  getConsentByLink: 'public',
  changeConsentByLink: 'public',
  getConsent: 'viewer',
  recordConsentLetter: 'admin',
  openapi: 'public',
  requestRecordsLink: 'public',
  openRecordsSession: 'public',
  listRecords: 'public',
  getRecordsDocument: 'public',
  revokeRecordsLinks: 'admin',
} as const satisfies Record<string, Access>;

export type RouteId = keyof typeof ROUTE_ACCESS;

/**
 * The routes that take a request body (its schema is in the route table; the unit test
 * test/unit/route-access.test.ts checks both agree). Every other route refuses a non-empty body
 * with 400 (`refuseBody` in functions/shared/http/body-guards.ts), in AWS as locally.
 */
export const ROUTES_WITH_BODY: ReadonlySet<RouteId> = new Set<RouteId>([
  'correctContacts',
  'importRegistry',
  'recordPaperAccession',
  'importAccessions',
  'sendFeedback',
  'createCampaign',
  'updateCampaign',
  'addJobcenter',
  'pauseReminders',
  'returnAccession',
  'openFormSession',
  'saveDraft',
  'submitForm',
  'handoverForm',
  'requestRecordsLink',
  'openRecordsSession',
  'requestConsentLink',
  'getConsentByLink',
  'changeConsentByLink',
  'recordConsentLetter',
  'createPrivacyRequest',
]);
