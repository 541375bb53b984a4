/**
 * The web app's pages that the backend links to (e-mails, the Jobcenter's form link). Declared
 * once: the web router (web/src/app/routes.ts) takes the same paths from here.
 */
export const WEB_PATHS = {
  /** The Jobcenter's form; the personal link adds its token in the fragment (link-token.ts). */
  form: '/formular',
  formPrint: '/formular/erklaerung',
  acceded: '/beigetreten',
  /** Privacy notice (Art. 13 GDPR), linked from every page and every e-mail. */
  privacy: '/datenschutz',
  /** A Jobcenter's lasting records: request a link by e-mail address, then its documents as PDF. */
  recordsRequest: '/unterlagen',
  /** The records link adds its token in the fragment (functions/records/records-link.ts). */
  records: '/unterlagen/ansehen',
  /** Consent to publication: request a link (public), and the page the mailed link opens. */
  consent: '/einwilligung',
  consentChange: '/einwilligung/aendern',
  campaign: (id: string) => `/verwaltung/kampagnen/${encodeURIComponent(id)}`,
  campaignResponse: (id: string, jobcenterId: string) =>
    `/verwaltung/kampagnen/${encodeURIComponent(id)}/jobcenter/${encodeURIComponent(jobcenterId)}`,
} as const;

/** An absolute link to a page of the web app at `baseUrl` (APP_BASE_URL, with or without a trailing slash). */
export const webUrl = (baseUrl: string, path: string): string => `${baseUrl.replace(/\/$/, '')}${path}`;
