/**
 * The single DynamoDB table: key attribute names, indexes and every entity's keys, declared in
 * one place. The CDK stateful stack, the local table bootstrap and the DynamoDB adapter all read
 * this file; docs/data-model.md explains each access pattern. No AWS imports here.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB TTL deletes expired link tokens, sessions and rate-limit buckets. */
  ttlAttribute: 'expiresAtEpoch',
  indexes: {
    /** "List every entity of a kind in order" (all Jobcenters by name, campaigns by date). */
    listByKind: { partitionKey: 'listKind', sortKey: 'listSort' },
    /** "Everything about one Jobcenter across campaigns" (invitations, submissions, e-mails). */
    byJobcenter: { partitionKey: 'jobcenterPk', sortKey: 'jobcenterSk' },
    /**
     * "A campaign's invitations in one display status, by name" (campaign page, status filter).
     * Without a status filter the page reads the campaign's partition (Jobcenter id = name slug).
     * One new index per deployment: DynamoDB adds only one GSI per table update.
     */
    byCampaignStatus: { partitionKey: 'campaignStatus', sortKey: 'campaignSort' },
  },
} as const;

export type IndexName = keyof typeof TABLE.indexes;

export const KIND = {
  jobcenter: 'JOBCENTER',
  campaign: 'CAMPAIGN',
  schedulerRun: 'SCHEDULER_RUN',
  accession: 'ACCESSION',
  measureSet: 'MEASURES',
  result: 'RESULTS',
  texts: 'TEXTS',
  audit: 'AUDIT',
  /**
   * Invitations whose e-mail is still queued or being sent (sparse: removed once sent), one
   * partition per campaign (`pendingSendKind`). The bare kind is the shared partition of before;
   * `npm run migrate:campaign-view` moves its entries.
   */
  pendingSend: 'PENDING_SEND',
  /** Outbox mails not sent yet (sparse: the index entry is removed once a mail is sent or failed). */
  outboxPending: 'OUTBOX_PENDING',
  /** Access and erasure requests, newest last (few; they expire by TTL). */
  privacyRequest: 'PRIVACY_REQUEST',
} as const;

/** The `listByKind` partition of one campaign's pending sends. */
export const pendingSendKind = (campaignId: string) => `${KIND.pendingSend}#${campaignId}`;

/**
 * DynamoDB sorts strings by bytes, which puts "Köln" after "Kreis Wesel". The sort key drops
 * diacritics so the index order matches German alphabetical order (DIN 5007-1).
 */
export const collationKey = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();

/** Key builders, one per entity. Prefixes keep entity types apart inside one partition. */
export const keys = {
  jobcenter: (id: string) => ({ pk: `JOBCENTER#${id}`, sk: 'PROFILE' }),
  jobcenterList: (name: string) => ({ listKind: KIND.jobcenter, listSort: collationKey(name) }),
  /** One audit event; subject is e.g. `REGISTRY` or `JOBCENTER#duesseldorf`. */
  audit: (subject: string, at: string, id: string) => ({ pk: `AUDIT#${subject}`, sk: `${at}#${id}` }),
  /** Every audit event across subjects in time order (the audit viewer). */
  auditList: (at: string, id: string) => ({ listKind: KIND.audit, listSort: `${at}#${id}` }),
  /** Last run of a scheduled job (one item per job, overwritten each run). */
  schedulerRun: (job: string) => ({ pk: `SCHEDULER#${job}`, sk: 'LAST_RUN' }),
  accession: (jobcenterId: string) => ({ pk: `JOBCENTER#${jobcenterId}`, sk: 'ACCESSION' }),
  /** Accessions in the order they happened (day of accession, then when recorded). */
  accessionList: (accededOn: string, confirmedAt: string) => ({
    listKind: KIND.accession,
    listSort: `${accededOn}#${confirmedAt}`,
  }),
  /**
   * Read model of the measures table: one item per Jobcenter, reporting year, Handlungsfeld and
   * source. The index sort key starts with year and Handlungsfeld so a report of one year (and one
   * Handlungsfeld) is one bounded Query with `begins_with`.
   */
  measureSet: (jobcenterId: string, year: number, hf: string, source: 'beitritt' | 'selbstbewertung') => ({
    pk: `JOBCENTER#${jobcenterId}`,
    sk: `MEASURES#${year}#${hf}#${source}`,
  }),
  measureSetList: (year: number, hf: string, jobcenterName: string, jobcenterId: string, source: string) => ({
    listKind: KIND.measureSet,
    listSort: `${year}#${hf}#${collationKey(jobcenterName)}#${jobcenterId}#${source}`,
  }),
  /** Ratings and indicators of one Jobcenter's self-assessment of one year (dashboard, trends). */
  result: (jobcenterId: string, year: number) => ({ pk: `JOBCENTER#${jobcenterId}`, sk: `RESULT#${year}` }),
  resultList: (year: number, jobcenterName: string, jobcenterId: string) => ({
    listKind: KIND.result,
    listSort: `${year}#${collationKey(jobcenterName)}#${jobcenterId}`,
  }),
  /** Its free-text answers, apart: read one year at a time. */
  texts: (jobcenterId: string, year: number) => ({ pk: `JOBCENTER#${jobcenterId}`, sk: `TEXTS#${year}` }),
  textsList: (year: number, jobcenterName: string, jobcenterId: string) => ({
    listKind: KIND.texts,
    listSort: `${year}#${collationKey(jobcenterName)}#${jobcenterId}`,
  }),
  /** MAGS feedback on one submitted version, kept in the Jobcenter's partition. */
  feedback: (jobcenterId: string, campaignId: string, version: number) => ({
    pk: `JOBCENTER#${jobcenterId}`,
    sk: `FEEDBACK#${campaignId}#${String(version).padStart(4, '0')}`,
  }),
  measureSetListPrefix: (year?: number, hf?: string) =>
    year === undefined ? '' : hf === undefined ? `${year}#` : `${year}#${hf}#`,
  campaign: (id: string) => ({ pk: `CAMPAIGN#${id}`, sk: 'META' }),
  campaignList: (createdAt: string) => ({ listKind: KIND.campaign, listSort: createdAt }),
  invitation: (campaignId: string, jobcenterId: string) => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `INVITATION#${jobcenterId}`,
  }),
  invitationPrefix: 'INVITATION#',
  /** Counts per display status of one campaign, kept exact on every invitation transition. */
  campaignSummary: (campaignId: string) => ({ pk: `CAMPAIGN#${campaignId}`, sk: 'SUMMARY' }),
  /**
   * An invitation's entry on `byCampaignStatus`, sorted by name; every transition that changes
   * the display status moves it to the new status's partition.
   */
  invitationByStatus: (campaignId: string, status: string) => ({
    campaignStatus: `CAMPAIGN#${campaignId}#${status}`,
  }),
  invitationNameSort: (jobcenterName: string, jobcenterId: string) => ({
    campaignSort: `${collationKey(jobcenterName)}#${jobcenterId}`,
  }),
  /**
   * Sparse entry on `listByKind` while an invitation is `queued` or `sending`, in its campaign's
   * own partition, sorted by when it was queued: "this campaign's sends queued before t", one
   * Query for the send sweeper (per open campaign) and for the campaign page's stuck sends, whatever
   * the progress (a resend of an opened invitation is pending too). Never a scan, and no other
   * campaign's sends in the way. Removed when the invitation is sent or bounced.
   */
  pendingSend: (campaignId: string, queuedAt: string) => ({
    listKind: pendingSendKind(campaignId),
    listSort: queuedAt,
  }),
  invitationOfJobcenter: (jobcenterId: string, campaignId: string) => ({
    jobcenterPk: `JOBCENTER#${jobcenterId}`,
    jobcenterSk: `INVITATION#${campaignId}`,
  }),
  reminder: (campaignId: string, jobcenterId: string, rule: string) => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `REMINDER#${jobcenterId}#${rule}`,
  }),
  reminderPrefix: 'REMINDER#',
  /** One e-mail in the outbox; its id (the idempotency key) is the sort key's tail. */
  outbox: (campaignId: string, id: string) => ({ pk: `CAMPAIGN#${campaignId}`, sk: `OUTBOX#${id}` }),
  /** Pending outbox mails by age (listByKind index), for a sweeper: `createdAt#campaign#id`. */
  outboxPendingList: (createdAt: string, campaignId: string, id: string) => ({
    listKind: KIND.outboxPending,
    listSort: `${createdAt}#${campaignId}#${id}`,
  }),
  emailEvent: (messageId: string, eventId: string) => ({ pk: `EMAIL#${messageId}`, sk: `EVENT#${eventId}` }),
  address: (address: string) => ({ pk: `ADDRESS#${address}`, sk: 'STATE' }),
  privacyRequest: (id: string) => ({ pk: `PRIVACY#${id}`, sk: 'REQUEST' }),
  privacyRequestList: (createdAt: string, id: string) => ({
    listKind: KIND.privacyRequest,
    listSort: `${createdAt}#${id}`,
  }),
  link: (hash: string) => ({ pk: `LINK#${hash}`, sk: 'LINK' }),
  session: (hash: string) => ({ pk: `SESSION#${hash}`, sk: 'SESSION' }),
  /** A consent link (withdraw or give again the consent to publication): its token's SHA-256. */
  consentLink: (hash: string) => ({ pk: `CONSENTLINK#${hash}`, sk: 'CONSENTLINK' }),
  rateWindow: (key: string, windowStart: number) => ({ pk: `RATE#${key}`, sk: `${windowStart}` }),
  /** Counter of one daily quota (functions/shared/daily-quota.ts) on one Berlin day. */
  quota: (key: string, day: string) => ({ pk: `QUOTA#${key}`, sk: day }),
  response: (campaignId: string, jobcenterId: string) => `CAMPAIGN#${campaignId}#JOBCENTER#${jobcenterId}`,
  draft: (campaignId: string, jobcenterId: string) => ({
    pk: keys.response(campaignId, jobcenterId),
    sk: 'DRAFT',
  }),
  submission: (campaignId: string, jobcenterId: string, version: number) => ({
    pk: keys.response(campaignId, jobcenterId),
    sk: `SUBMISSION#${String(version).padStart(4, '0')}`,
  }),
  submissionPrefix: 'SUBMISSION#',
  /**
   * Lookup entry "which Jobcenter has this contact address" (records link requests): one item per
   * address hash and Jobcenter, written before the profile; a read checks it against the profile.
   */
  contactAddress: (addressHash: string, jobcenterId: string) => ({
    pk: `CONTACT#${addressHash}`,
    sk: `JOBCENTER#${jobcenterId}`,
  }),
  /** A records link (functions/records/records-link.ts) and its session, hashed, expiring by TTL. */
  recordsLink: (hash: string) => ({ pk: `RECORDS_LINK#${hash}`, sk: 'LINK' }),
  recordsSession: (hash: string) => ({ pk: `RECORDS_SESSION#${hash}`, sk: 'SESSION' }),
  /**
   * A records link's entry in its Jobcenter's partition (written with the link, same TTL): staff
   * revoke every link of a Jobcenter with one consistent Query.
   */
  recordsLinkOfJobcenter: (jobcenterId: string, hash: string) => ({
    pk: `JOBCENTER#${jobcenterId}`,
    sk: `RECORDS_LINK#${hash}`,
  }),
  recordsLinkOfJobcenterPrefix: 'RECORDS_LINK#',
  /** Every submission of a Jobcenter across campaigns, in the order submitted (the basis). */
  submissionOfJobcenter: (jobcenterId: string, submittedAt: string) => ({
    jobcenterPk: `JOBCENTER#${jobcenterId}`,
    jobcenterSk: `SUBMISSION#${submittedAt}`,
  }),
} as const;
