import { WEB_PATHS } from '../../../functions/shared/web-paths';

/** The pages of the app and which of them need a signed-in person. */
export type Route =
  | { name: 'start' }
  | { name: 'login' }
  | { name: 'loginCallback' }
  | { name: 'staffHome' }
  | { name: 'jobcenterList' }
  | { name: 'jobcenterDetail'; id: string }
  | { name: 'registry' }
  | { name: 'accessibility' }
  | { name: 'privacy' }
  | { name: 'consent' }
  | { name: 'consentChange' }
  | { name: 'audit' }
  | { name: 'privacyRequests' }
  | { name: 'privacyRequest'; id: string }
  | { name: 'campaignList' }
  | { name: 'campaignNew' }
  | { name: 'campaign'; id: string }
  | { name: 'campaignResponse'; id: string; jobcenterId: string }
  | { name: 'acceded' }
  | { name: 'recordsRequest' }
  | { name: 'records' }
  | { name: 'evaluationDashboard' }
  | { name: 'evaluationTrends' }
  | { name: 'evaluationTexts' }
  | { name: 'evaluationJobcenter'; id: string }
  | { name: 'evaluationRegister' }
  | { name: 'evaluationPaperAccession' }
  | { name: 'evaluationImport' }
  | { name: 'evaluationMeasures' }
  | { name: 'evaluationMeasuresPrint' }
  | { name: 'form'; page: FormPage }
  | { name: 'notFound' };

/** The pages of the Jobcenter's form (public: the form session authorises, not a staff login). */
export type FormPage =
  | { kind: 'start' }
  | { kind: 'step'; step: string }
  | { kind: 'section'; hf: string }
  | { kind: 'check' }
  | { kind: 'done' }
  | { kind: 'print' }
  | { kind: 'report' }
  | { kind: 'handover' };

export const PATHS = {
  start: '/',
  login: '/anmelden',
  loginCallback: '/anmelden/callback',
  jobcenterList: '/verwaltung/jobcenter',
  jobcenterDetail: (id: string) => `/verwaltung/jobcenter/${encodeURIComponent(id)}`,
  registry: '/verwaltung/verzeichnis',
  accessibility: '/barrierefreiheit',
  privacy: WEB_PATHS.privacy,
  consent: WEB_PATHS.consent,
  consentChange: WEB_PATHS.consentChange,
  audit: '/verwaltung/protokoll',
  privacyRequests: '/verwaltung/datenschutz-anfragen',
  privacyRequest: (id: string) => `/verwaltung/datenschutz-anfragen/${encodeURIComponent(id)}`,
  campaignList: '/verwaltung/kampagnen',
  campaignNew: '/verwaltung/kampagnen/neu',
  campaign: WEB_PATHS.campaign,
  campaignResponse: WEB_PATHS.campaignResponse,
  acceded: WEB_PATHS.acceded,
  recordsRequest: WEB_PATHS.recordsRequest,
  records: WEB_PATHS.records,
  evaluationDashboard: '/verwaltung/auswertung',
  evaluationTrends: '/verwaltung/auswertung/entwicklung',
  evaluationTexts: '/verwaltung/auswertung/antworten',
  evaluationJobcenter: (id: string) => `/verwaltung/auswertung/jobcenter/${encodeURIComponent(id)}`,
  evaluationRegister: '/verwaltung/auswertung/beitritte',
  evaluationPaperAccession: '/verwaltung/auswertung/beitritte/erfassen',
  evaluationImport: '/verwaltung/auswertung/beitritte/import',
  evaluationMeasures: '/verwaltung/auswertung/massnahmen',
  evaluationMeasuresPrint: '/verwaltung/auswertung/massnahmen/druck',
  form: WEB_PATHS.form,
  formStep: (step: string) => `/formular/schritt/${encodeURIComponent(step)}`,
  formSection: (hf: string) => `/formular/handlungsfeld/${encodeURIComponent(hf)}`,
  formCheck: '/formular/pruefen',
  formDone: '/formular/bestaetigung',
  formPrint: WEB_PATHS.formPrint,
  formReport: '/formular/bericht',
  formHandover: '/formular/uebergeben',
} as const;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SLUG = '[a-z0-9-]{2,60}';

export const matchRoute = (pathname: string): Route => {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case '/':
      return { name: 'start' };
    case PATHS.login:
      return { name: 'login' };
    case PATHS.loginCallback:
      return { name: 'loginCallback' };
    case '/verwaltung':
      return { name: 'staffHome' };
    case PATHS.jobcenterList:
      return { name: 'jobcenterList' };
    case PATHS.registry:
      return { name: 'registry' };
    case PATHS.accessibility:
      return { name: 'accessibility' };
    case PATHS.privacy:
      return { name: 'privacy' };
    case PATHS.consent:
      return { name: 'consent' };
    case PATHS.consentChange:
      return { name: 'consentChange' };
    case PATHS.audit:
      return { name: 'audit' };
    case PATHS.privacyRequests:
      return { name: 'privacyRequests' };
    case PATHS.campaignList:
      return { name: 'campaignList' };
    case PATHS.campaignNew:
      return { name: 'campaignNew' };
    case PATHS.acceded:
      return { name: 'acceded' };
    case PATHS.recordsRequest:
      return { name: 'recordsRequest' };
    case PATHS.records:
      return { name: 'records' };
    case PATHS.evaluationDashboard:
      return { name: 'evaluationDashboard' };
    case PATHS.evaluationTrends:
      return { name: 'evaluationTrends' };
    case PATHS.evaluationTexts:
      return { name: 'evaluationTexts' };
    case PATHS.evaluationRegister:
      return { name: 'evaluationRegister' };
    case PATHS.evaluationPaperAccession:
      return { name: 'evaluationPaperAccession' };
    case PATHS.evaluationImport:
      return { name: 'evaluationImport' };
    case PATHS.evaluationMeasures:
      return { name: 'evaluationMeasures' };
    case PATHS.evaluationMeasuresPrint:
      return { name: 'evaluationMeasuresPrint' };
    case PATHS.form:
      return { name: 'form', page: { kind: 'start' } };
    case PATHS.formCheck:
      return { name: 'form', page: { kind: 'check' } };
    case PATHS.formDone:
      return { name: 'form', page: { kind: 'done' } };
    case PATHS.formPrint:
      return { name: 'form', page: { kind: 'print' } };
    case PATHS.formReport:
      return { name: 'form', page: { kind: 'report' } };
    case PATHS.formHandover:
      return { name: 'form', page: { kind: 'handover' } };
  }
  const step = /^\/formular\/schritt\/([a-z-]{2,40})$/.exec(path);
  if (step?.[1]) return { name: 'form', page: { kind: 'step', step: step[1] } };
  const section = /^\/formular\/handlungsfeld\/(hf[1-9])$/.exec(path);
  if (section?.[1]) return { name: 'form', page: { kind: 'section', hf: section[1] } };
  const response = new RegExp(`^/verwaltung/kampagnen/(${UUID})/jobcenter/(${SLUG})$`).exec(path);
  if (response?.[1] && response[2])
    return { name: 'campaignResponse', id: response[1], jobcenterId: response[2] };
  const privacyRequest = new RegExp(`^/verwaltung/datenschutz-anfragen/(${UUID})$`).exec(path);
  if (privacyRequest?.[1]) return { name: 'privacyRequest', id: privacyRequest[1] };
  const campaign = new RegExp(`^/verwaltung/kampagnen/(${UUID})$`).exec(path);
  if (campaign?.[1]) return { name: 'campaign', id: campaign[1] };
  const profile = /^\/verwaltung\/auswertung\/jobcenter\/([a-z0-9-]{2,60})$/.exec(path);
  if (profile?.[1]) return { name: 'evaluationJobcenter', id: profile[1] };
  const detail = /^\/verwaltung\/jobcenter\/([a-z0-9-]{2,60})$/.exec(path);
  if (detail?.[1]) return { name: 'jobcenterDetail', id: detail[1] };
  return { name: 'notFound' };
};

export const needsSignIn = (route: Route): boolean =>
  route.name === 'staffHome' ||
  route.name === 'jobcenterList' ||
  route.name === 'jobcenterDetail' ||
  route.name === 'registry' ||
  route.name === 'campaignList' ||
  route.name === 'campaignNew' ||
  route.name === 'campaign' ||
  route.name === 'campaignResponse' ||
  route.name === 'audit' ||
  route.name === 'privacyRequests' ||
  route.name === 'privacyRequest' ||
  route.name.startsWith('evaluation');

/** Only paths inside the staff area are accepted as a place to return to after login. */
export const safeReturnPath = (value: string | null | undefined): string | undefined =>
  value && /^\/verwaltung(?:\/[\w\-/]*)?(?:\?[\w\-=&%.]*)?$/.test(value) && !value.startsWith('//')
    ? value
    : undefined;
