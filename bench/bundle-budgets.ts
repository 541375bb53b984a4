import { CONSUMERS, ROUTES, SCHEDULES } from '../functions/api/routes';
import { BASELINE_ENTRY, type Bundle, bundle } from './bundle';
import { icuUsedAtImport } from './import-work';

/**
 * The bundle budgets of docs/performance.md, each a ratio of raw size against the baseline handler
 * (one GetItem) bundled in the same run with the same options. Deterministic: they run in
 * `npm test` (test/infra/bundle-budgets.test.ts) and in `npm run bench`. Each bundle is also
 * imported once in a fresh process: none may use ICU (`Intl`) at import (bench/import-work.ts).
 */
export type BundleKind = 'table' | 'email' | 'xlsx';

export const BUNDLE_BUDGETS: Record<BundleKind, { maxRatio: number; why: string }> = {
  table: { maxRatio: 1.6, why: 'table-only handlers: the baseline plus middy, zod and the domain' },
  email: { maxRatio: 3.5, why: 'handlers that render e-mail: + React (production) and react-email' },
  xlsx: { maxRatio: 5, why: 'XLSX exports: + ExcelJS (about 1.1 MB of its own)' },
};

/** Handlers that render e-mail without sending it: the staff preview, and use cases that put rendered mail into the outbox. */
const RENDERS_EMAIL = new Set([
  'previewInvitation',
  'submitForm',
  'confirmAccession',
  'sendFeedback',
  'reminders',
]);
/** Handlers that write XLSX files. */
const WRITES_XLSX = new Set(['exportRegister', 'exportMeasures', 'exportTexts']);

const DEFS = [...ROUTES, ...SCHEDULES, ...CONSUMERS];

export const bundleKind = (def: (typeof DEFS)[number]): BundleKind => {
  if (def.grants.sendMail || RENDERS_EMAIL.has(def.id)) return 'email';
  if (WRITES_XLSX.has(def.id)) return 'xlsx';
  return 'table';
};

/** The privacy request job and routes (functions/privacy/). */
const PRIVACY_REQUEST_HANDLERS = [
  'privacyRequests',
  'createPrivacyRequest',
  'listPrivacyRequests',
  'getPrivacyRequest',
  'confirmPrivacyErasure',
  'exportPrivacyRequest',
];

/**
 * Area stores (and the records document writer) a table-only handler may bundle only if its route
 * uses them: functions/wiring/ composes each into its own handlers beside the core store. The whole
 * store (dynamo-store.ts) is for the handlers that render e-mail only.
 */
export const AREA_MODULES: Record<string, readonly string[]> = {
  'functions/store/dynamo-store.ts': [],
  'functions/store/campaign-view-store.ts': ['getCampaign'],
  'functions/store/consent-store.ts': [
    'requestConsentLink',
    'getConsentByLink',
    'changeConsentByLink',
    'getConsent',
    'recordConsentLetter',
  ],
  'functions/store/records-store.ts': [
    'requestRecordsLink',
    'openRecordsSession',
    'listRecords',
    'getRecordsDocument',
    'revokeRecordsLinks',
    // The consent link request finds the Jobcenters of an address by the records' lookup.
    'requestConsentLink',
    // The registry's writes keep the address lookup entries of the records.
    'importRegistry',
    'correctContacts',
  ],
  'functions/records/record-document.ts': ['listRecords', 'getRecordsDocument'],
  'functions/store/audit-store.ts': ['listAudit', 'exportAudit'],
  // The privacy request handlers read and erase through the retention store's scan and writes.
  'functions/store/retention-store.ts': ['retention', ...PRIVACY_REQUEST_HANDLERS],
  'functions/store/privacy-request-store.ts': PRIVACY_REQUEST_HANDLERS,
};

/**
 * The forms' schema modules (a few hundred zod schemas each, tens of ms of cold start). The
 * handlers serving both campaign kinds load the kind's modules on first use (`import()`, see
 * functions/shared/on-first-use.ts): at cold start they run none of them, and an instance builds
 * only the schemas of the kinds it is asked for.
 */
export const FORM_SCHEMA_MODULES = [
  'functions/questionnaire/accession-form.ts',
  'functions/questionnaire/accession-draft.ts',
  'functions/self-assessment/questionnaire/answers.ts',
] as const;
const FORM_SCHEMAS_ON_FIRST_USE = new Set(['saveDraft', 'submitForm']);
/** The questionnaires' shape schemas: the unit tests check the questionnaires with them, no handler builds them. */
const TESTS_ONLY = ['functions/self-assessment/questionnaire/questionnaire-shape.ts'];

const has = (b: Bundle, pattern: RegExp) => b.inputs.some((i) => pattern.test(i));
const REACT = /node_modules\/(react|react-dom|@react-email)\//;

export type BundleRow = {
  function: string;
  kind: BundleKind;
  kB: number;
  gzipKB: number;
  ratio: number;
  budget: number;
  /** The modules of AREA_MODULES inside the bundle. */
  areaModules: string[];
  /** The modules of FORM_SCHEMA_MODULES inside the bundle whose code runs on first use, not at import. */
  onFirstUse: string[];
  /** Empty when every budget holds; otherwise what is wrong, with the figure. */
  problems: string[];
};

/** Bundles the baseline and every handler (two at a time) and checks each against its budget. */
export const bundleBudgets = async (only?: (id: string) => boolean) => {
  const baseline = await bundle(BASELINE_ENTRY);
  const defs = DEFS.filter((d) => !only || only(d.id));
  const rows: BundleRow[] = [];
  const queue = [...defs];
  const worker = async () => {
    for (let def = queue.shift(); def; def = queue.shift()) {
      const b = await bundle(def);
      const kind = bundleKind(def);
      const ratio = Math.round((b.bytes / baseline.bytes) * 100) / 100;
      const budget = BUNDLE_BUDGETS[kind].maxRatio;
      const problems: string[] = [];
      if (ratio > budget)
        problems.push(
          `${Math.round(b.bytes / 1024)} kB = ${ratio}× the baseline, budget ${budget}× (${kind})`,
        );
      if (kind !== 'email' && has(b, REACT)) problems.push('contains React but renders no e-mail');
      if (has(b, /\.development\.js$/))
        problems.push('contains a development build (NODE_ENV not production)');
      if (has(b, /node_modules\/prettier\//)) problems.push('contains prettier');
      // locales/index.js is the namespace object of the locales, empty but for those used (de, en): a
      // module loaded by `import()` keeps it (a few bytes), not the locales themselves.
      if (has(b, /node_modules\/zod\/v4\/locales\/(?!de\.js|en\.js|index\.js)/))
        problems.push('contains zod locales other than de/en');
      const areaModules = Object.keys(AREA_MODULES).filter((m) => b.inputs.includes(m));
      if (kind === 'table')
        for (const m of areaModules)
          if (!AREA_MODULES[m]?.includes(def.id))
            problems.push(
              `contains ${m}, which its route does not use (compose it in its own wiring module)`,
            );
      if (FORM_SCHEMAS_ON_FIRST_USE.has(def.id))
        for (const m of FORM_SCHEMA_MODULES)
          if (b.eager.includes(m))
            problems.push(`runs ${m} at cold start; load the campaign kind's use case on first use`);
      for (const m of TESTS_ONLY)
        if (b.inputs.includes(m)) problems.push(`contains ${m}, which only the tests use (import its types)`);
      const onFirstUse = FORM_SCHEMA_MODULES.filter((m) => b.inputs.includes(m) && !b.eager.includes(m));
      const icu = await icuUsedAtImport(b.file);
      if (icu.length > 0)
        problems.push(
          `uses ICU at import (${icu.join(', ')}): about 30 ms more per cold start; make it on first use`,
        );
      rows.push({
        function: def.id,
        kind,
        kB: Math.round(b.bytes / 1024),
        gzipKB: Math.round(b.gzipBytes / 1024),
        ratio,
        budget,
        areaModules,
        onFirstUse,
        problems,
      });
    }
  };
  await Promise.all([worker(), worker()]);
  rows.sort(
    (a, b) => defs.findIndex((d) => d.id === a.function) - defs.findIndex((d) => d.id === b.function),
  );
  return {
    baseline: { kB: Math.round(baseline.bytes / 1024), gzipKB: Math.round(baseline.gzipBytes / 1024) },
    rows,
  };
};
