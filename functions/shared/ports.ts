import type { Accession } from '../accessions/accession';
import type { Campaign } from '../campaigns/campaign';
import type { CampaignSummary } from '../campaigns/campaign-summary';
import type { DisplayStatus, Invitation, InvitationTransition } from '../campaigns/invitation';
import type { AddressState } from '../delivery/address-state';
import type { AssessmentReadModel, AssessmentResult, AssessmentTexts } from '../evaluation/assessment-result';
import type { Feedback } from '../evaluation/feedback';
import type { MeasureSet } from '../evaluation/measure-set';
import type { Draft, Link, Session, Submission } from '../forms/records';
import type { OutboxMail } from '../outbox/outbox-mail';
import type { Jobcenter, JobcenterInput } from '../registry/jobcenter';
import type { ReminderFact, ReminderRecord } from '../reminders/reminder-record';
import type { AuditEvent } from './audit';
import type { DailyQuota } from './daily-quota';

export type { Clock } from './clock';
export type {
  AuditFilter,
  AuditQueryStore,
  ConsentStore,
  PrivacyRequestStore,
  RecordsStore,
  RetentionStore,
} from './data-protection-ports';

import type { AuditQueryStore, ConsentStore, RecordsStore, RetentionStore } from './data-protection-ports';

/** A Jobcenter write inside an all-or-nothing registry change. */
export type JobcenterWrite =
  | { op: 'create'; jobcenter: JobcenterInput }
  | { op: 'update'; jobcenter: JobcenterInput; expectedVersion: number };

export interface RegistryStore {
  listJobcenters(): Promise<Jobcenter[]>;
  getJobcenter(id: string): Promise<Jobcenter | undefined>;
  /** Writes all changes and the audit event atomically; throws ConflictError if any version moved. */
  writeJobcenters(
    writes: readonly JobcenterWrite[],
    audit: AuditEvent,
    at: string,
    mail?: MailWrites,
  ): Promise<void>;
  /** Creates the Jobcenters that do not exist yet; never overwrites. Returns how many were created. */
  seedJobcenters(jobcenters: readonly JobcenterInput[], at: string): Promise<number>;
}

/**
 * What rides along in a use case's transaction when it sends e-mail: the outbox mails, the quota
 * counter, and (for the use cases without a store method of their own) the state change and audit.
 */
export type MailWrites = {
  outbox?: readonly OutboxMail[];
  quota?: DailyQuota;
  /** Links that stop working with this change (their items get `revokedAt`; each must exist). */
  revokeLinks?: { hashes: readonly string[]; at: string };
  /** With `before` (the invitation as read) the store needs no read of its own for the summary. */
  invitations?: readonly {
    campaignId: string;
    jobcenterId: string;
    transition: InvitationTransition;
    before?: Invitation;
  }[];
  audit?: AuditEvent;
  /** A reminder claimed with its mail: written only if the rule was not claimed before. */
  reminder?: ReminderRecord;
};

export interface OutboxStore {
  /**
   * Writes everything atomically. ConflictError if an outbox key or reminder exists or an
   * invitation moved; QuotaExceededError if the quota is used up. Nothing is written then.
   */
  commitMail(writes: MailWrites): Promise<void>;
  getOutbox(campaignId: string, id: string): Promise<OutboxMail | undefined>;
  /** pending (or sending with an expired lease) → sending; undefined if someone else has it or it is done. */
  claimOutbox(
    campaignId: string,
    id: string,
    now: string,
    leaseUntil: string,
  ): Promise<OutboxMail | undefined>;
  /** sending → pending after a failed send, so the queue's retry sends. */
  releaseOutbox(campaignId: string, id: string): Promise<void>;
  /** sending → sent, with what the completion records need if they are applied again after a crash. */
  markOutboxSent(
    campaignId: string,
    id: string,
    sent: Required<Pick<OutboxMail, 'sentAt' | 'messageId'>> & Pick<OutboxMail, 'sentLink'>,
  ): Promise<void>;
  markOutboxFailed(campaignId: string, id: string, reason: string): Promise<void>;
  /** Outbox mails still pending or sending that were created before `createdBefore` (one index Query). */
  listPendingOutbox(createdBefore: string): Promise<OutboxMail[]>;
}

export interface AuditStore {
  putAudit(event: AuditEvent): Promise<void>;
  listAudit(subject: string, limit: number): Promise<AuditEvent[]>;
}

export type { InvitationCondition } from '../campaigns/invitation';

export interface CampaignStore {
  /**
   * Creates (no expectedVersion) or replaces the campaign if its version is still `expectedVersion`.
   * With `audit`, the audit event is written in the same transaction: both or neither.
   */
  putCampaign(campaign: Campaign, expectedVersion?: number, audit?: AuditEvent): Promise<void>;
  getCampaign(id: string): Promise<Campaign | undefined>;
  listCampaigns(): Promise<Campaign[]>;
  /** Creates the invitation unless one exists for this campaign and Jobcenter; false if it existed. */
  createInvitation(invitation: Invitation): Promise<boolean>;
  /** Creates many invitations, each only if it does not exist yet; returns how many were created. */
  createInvitations(invitations: readonly Invitation[]): Promise<number>;
  getInvitation(campaignId: string, jobcenterId: string): Promise<Invitation | undefined>;
  listInvitations(campaignId: string): Promise<Invitation[]>;
  listInvitationsOfJobcenter(jobcenterId: string): Promise<Invitation[]>;
  /** A campaign's invitations still `queued` or `sending` that were queued before this instant (all pages). */
  listPendingSends(campaignId: string, queuedBefore: string): Promise<Invitation[]>;
  /** Adds one to the invitation's soft-bounce counter (atomic). */
  countSoftBounce(campaignId: string, jobcenterId: string): Promise<void>;
  /**
   * Applies one of the named `transitions` if its condition holds; returns the new state or
   * undefined. The campaign summary changes with it (same transaction); `seen`, the invitation as
   * the caller read it, saves the store a read.
   */
  updateInvitation(
    campaignId: string,
    jobcenterId: string,
    transition: InvitationTransition,
    seen?: Invitation,
  ): Promise<Invitation | undefined>;
}

/** One page of the campaign page's list: optional filters, a cursor from the previous page. */
export type InvitationPageQuery = {
  status?: DisplayStatus;
  landschaftsverband?: 'LVR' | 'LWL';
  /** Part of the Jobcenter's name (compared without case and diacritics). */
  name?: string;
  cursor?: string;
  size: number;
};

/** The campaign page's reads, each bounded whatever the campaign's size. */
export interface CampaignViewStore {
  getCampaignSummary(campaignId: string): Promise<CampaignSummary | undefined>;
  /** At most `size` invitations by name (by Jobcenter id without a status) and the next page's cursor. */
  listInvitationPage(
    campaignId: string,
    query: InvitationPageQuery,
  ): Promise<{ items: PageInvitation[]; next?: string }>;
  /**
   * This campaign's unsent invitations (first sends and resends, whatever their progress), the
   * oldest `limit`: one bounded Query, whatever other campaigns send.
   */
  listPendingSendsOf(campaignId: string, limit: number): Promise<Invitation[]>;
  /** Writes a recounted summary if no counted change happened since `expectedChanges` was read. */
  putRecountedSummary(summary: CampaignSummary, expectedChanges: number): Promise<boolean>;
  /**
   * Migration (never a request path): gives the campaign's invitations written before the page's
   * index its `byCampaignStatus` entry and each its reminders' facts; writes only what is missing
   * or stale, so a rerun writes nothing.
   */
  backfillCampaignView(campaignId: string): Promise<CampaignViewBackfill>;
}

/** An invitation of a page with the facts of its reminders (kept on the invitation item). */
export type PageInvitation = Invitation & { reminders: ReminderFact[] };
export type CampaignViewBackfill = { invitations: number; indexed: number; facts: number };

export type { Accession } from '../accessions/accession';

/** What is written with an accession in one transaction: its measures for the reports, the audit. */
export type AccessionWrite = {
  accession: Accession;
  measureSets: readonly MeasureSet[];
  audit: AuditEvent;
  /** Online: the invitation moves to `confirmed` in the same transaction. */
  invitation?: { campaignId: string; transition: InvitationTransition; before?: Invitation };
};

export interface AccessionStore {
  /** Records one accession atomically; ConflictError if the Jobcenter has one already or the invitation moved. */
  recordAccession(write: AccessionWrite, mail?: MailWrites): Promise<void>;
  /** Records many accessions (no measures) and one audit event, all or nothing; ConflictError if any exists. */
  importAccessions(accessions: readonly Accession[], audit: AuditEvent): Promise<void>;
  getAccession(jobcenterId: string): Promise<Accession | undefined>;
  listAccessions(): Promise<Accession[]>;
}

/** What a submitted self-assessment adds to the reports, written in its submit transaction. */
export type ReportReadModel = { measureSets: readonly MeasureSet[]; assessment?: AssessmentReadModel };

/** The read models of the reports ("Auswertung"): measures table, dashboard, trends, profiles. */
export interface EvaluationStore {
  /** Measure sets, optionally only of one year (and one Handlungsfeld); bounded by what is asked. */
  listMeasureSets(filter: { year?: number; hf?: string }): Promise<MeasureSet[]>;
  /** Ratings and indicators of every submitted self-assessment, optionally of one year. */
  listResults(filter: { year?: number }): Promise<AssessmentResult[]>;
  /** Free-text answers of one year. */
  listTexts(year: number): Promise<AssessmentTexts[]>;
  /** Everything reported about one Jobcenter (one Query of its partition). */
  jobcenterRecords(jobcenterId: string): Promise<{
    measureSets: MeasureSet[];
    results: AssessmentResult[];
    feedback: Feedback[];
  }>;
  /** Stores MAGS feedback on one version; ConflictError if that version has feedback that was mailed. */
  putFeedback(feedback: Feedback, audit: AuditEvent, mail?: MailWrites): Promise<void>;
  markFeedbackMailed(
    feedback: Pick<Feedback, 'jobcenterId' | 'campaignId' | 'version'>,
    at: string,
  ): Promise<void>;
  listFeedback(jobcenterId: string, campaignId: string): Promise<Feedback[]>;
}

export interface ReminderStore {
  /** Claims a reminder (rule × Jobcenter × campaign); false if it was claimed before. */
  claimReminder(record: ReminderRecord): Promise<boolean>;
  updateReminder(record: ReminderRecord): Promise<void>;
  listReminders(campaignId: string): Promise<ReminderRecord[]>;
}

export type AddressFlag = { hard?: 'hard-bounce' | 'complaint'; soft?: boolean };

export interface DeliveryStore {
  /**
   * Records one SES event once (keyed by SNS message id); false if it was recorded before. With
   * `flag`, every address of the event is flagged (as `flagAddress`) in the SAME transaction as the
   * de-duplication marker: a retry after a failure finds either both or neither.
   */
  recordEmailEvent(
    event: {
      messageId: string;
      eventId: string;
      type: string;
      at: string;
      addresses: string[];
    },
    flag?: AddressFlag,
  ): Promise<boolean>;
  getAddressState(address: string): Promise<AddressState | undefined>;
  /** Marks an address undeliverable (idempotent) or counts a soft bounce. */
  flagAddress(address: string, change: AddressFlag, at: string): Promise<AddressState>;
  /** Makes an address deliverable again (MAGS corrected or confirmed it). */
  clearAddress(address: string): Promise<void>;
}

export interface LinkStore {
  putLink(link: Link): Promise<void>;
  getLink(hash: string): Promise<Link | undefined>;
  revokeLinks(hashes: readonly string[], at: string): Promise<void>;
  putSession(session: Session): Promise<void>;
  getSession(hash: string): Promise<Session | undefined>;
  /** Records a request on the session (sliding idle timeout); nothing if the session is gone. */
  touchSession(hash: string, at: string): Promise<void>;
  /** Ends a session at once (logout). */
  deleteSession(hash: string): Promise<void>;
  /** Adds one hit to a fixed-window counter and returns the count in this window. */
  countHit(key: string, windowSeconds: number, now: Date): Promise<number>;
}

export interface SubmissionStore {
  getDraft(campaignId: string, jobcenterId: string): Promise<Draft | undefined>;
  /** Saves if the stored draft still has `expectedVersion` (0 = none yet); else ConflictError. */
  saveDraft(draft: Draft, expectedVersion: number): Promise<void>;
  /** Stores a new immutable version and moves the invitation, atomically; ConflictError if it exists. */
  addSubmission(
    submission: Submission,
    invitation: InvitationTransition,
    readModel?: ReportReadModel,
    mail?: MailWrites,
    /** The invitation as read before (saves the store a read for the campaign summary). */
    before?: Invitation,
  ): Promise<void>;
  listSubmissions(campaignId: string, jobcenterId: string): Promise<Submission[]>;
}

/** The items of one response a form request reads at once (functions/forms/form-records.ts). */
export type FormItems = {
  link?: Link;
  campaign?: Campaign;
  invitation?: Invitation;
  jobcenter?: Jobcenter;
  draft?: Draft;
  accession?: Accession;
};

export interface FormRecordStore {
  /** One consistent BatchGetItem: link, campaign, invitation, Jobcenter, draft, accession. */
  getFormItems(
    session: Pick<Session, 'linkHash' | 'campaignId' | 'jobcenterId'>,
    options: { draft: boolean },
  ): Promise<FormItems>;
  /** Submissions of the Jobcenter in every campaign except `exceptCampaignId`, oldest first. */
  listSubmissionsOfJobcenter(jobcenterId: string, exceptCampaignId: string): Promise<Submission[]>;
}

export interface SchedulerStore {
  recordSchedulerRun(job: string, at: string): Promise<void>;
  lastSchedulerRun(job: string): Promise<string | undefined>;
}

export interface StoreHealth {
  /** Reads the table description; resolves with a short detail or throws. */
  ping(): Promise<string | undefined>;
}

export interface QuotaStore {
  /** Takes one unit of today's quota on its own; QuotaExceededError when `max` were taken already. */
  takeQuota(quota: DailyQuota): Promise<void>;
}

export type Store = RegistryStore &
  RecordsStore &
  RetentionStore &
  AuditQueryStore &
  AuditStore &
  SchedulerStore &
  StoreHealth &
  CampaignStore &
  CampaignViewStore &
  AccessionStore &
  ConsentStore &
  EvaluationStore &
  ReminderStore &
  DeliveryStore &
  OutboxStore &
  LinkStore &
  SubmissionStore &
  FormRecordStore &
  QuotaStore;

export type { Mailer, MailJob, OutgoingMail, Queue, SendJob } from './mail-ports';
