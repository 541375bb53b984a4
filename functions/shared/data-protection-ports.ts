import type { ConsentLinkRecord } from '../consent/consent-link-record';
import type { PrivacyRequest } from '../privacy/privacy-request';
import type { RetainedItem } from '../privacy/retention-rules';
import type { RecordsLink, RecordsSession } from '../records/records-link';
import type { AuditEvent } from './audit';

// The store ports of data protection: retention, privacy requests, the audit viewer, consent to
// publication and the lasting records. Part of `Store` (ports.ts), which re-exports them.

/** The retention job's access (functions/privacy): items with personal data, page by page. */
export interface RetentionStore {
  retainedItems(entities: readonly string[]): AsyncIterable<RetainedItem[]>;
  /** False when the item was already gone. */
  deleteRetained(item: RetainedItem): Promise<boolean>;
  /** Sets `set` on the item; false when it was already gone. */
  anonymiseRetained(item: RetainedItem, set: Record<string, unknown>): Promise<boolean>;
  /**
   * Sets `set` only if each of its attributes still holds the value in `item` (as read); false when
   * the item is gone or changed since (the caller reads it again and decides anew).
   */
  rewriteIfUnchanged(item: RetainedItem, set: Record<string, unknown>): Promise<boolean>;
}

/** Access and erasure requests (functions/privacy/use-cases/privacy-requests.ts) and their job's reads. */
export interface PrivacyRequestStore {
  /** Creates the request; it expires by TTL per the retention policy (data class `privacy-requests`). */
  createPrivacyRequest(request: PrivacyRequest, audit: AuditEvent): Promise<void>;
  getPrivacyRequest(id: string): Promise<PrivacyRequest | undefined>;
  /** Every stored request, newest first (one Query; requests are few and expire). */
  listPrivacyRequests(): Promise<PrivacyRequest[]>;
  /** Replaces the request with its audit event, atomically; ConflictError when its version moved. */
  updatePrivacyRequest(request: PrivacyRequest, expectedVersion: number, audit: AuditEvent): Promise<void>;
  /** Every item of the table, page by page: a job's full read, never on a request path. */
  allItems(): AsyncIterable<RetainedItem[]>;
  /** The items with these keys that still exist (at most 100 keys). */
  getItems(keys: readonly { pk: string; sk: string }[]): Promise<RetainedItem[]>;
}

/** What the audit viewer filters by; `from`/`to` are ISO instants (to exclusive). */
export type AuditFilter = { from?: string; to?: string; subject?: string; actor?: string; action?: string };

export interface AuditQueryStore {
  /** Newest first, up to `limit`, continuing after the position `after`; `after` in the result when more may follow. */
  queryAudit(
    filter: AuditFilter,
    limit: number,
    after?: string,
  ): Promise<{ events: AuditEvent[]; after?: string }>;
}

/** Consent to publication (functions/consent/): the short-lived links and the change itself. */
export interface ConsentStore {
  putConsentLink(link: ConsentLinkRecord): Promise<void>;
  getConsentLink(hash: string): Promise<ConsentLinkRecord | undefined>;
  revokeConsentLink(hash: string, at: string): Promise<void>;
  /**
   * Sets the accession's `publicListing` and writes the audit event in one transaction; the public
   * list reads the accession, so it shows the change at once. NotFoundError without an accession.
   */
  setPublicListing(jobcenterId: string, publicListing: boolean, audit: AuditEvent): Promise<void>;
}

/** A Jobcenter's lasting records (functions/records): address lookup, records links and sessions. */
export interface RecordsStore {
  /** Jobcenters with a lookup entry for this address hash (one Query; verify against the profile). */
  jobcentersWithAddress(addressHash: string): Promise<string[]>;
  /** Removes a lookup entry whose address the profile no longer holds. */
  dropContactEntry(addressHash: string, jobcenterId: string): Promise<void>;
  putRecordsLink(link: RecordsLink): Promise<void>;
  getRecordsLink(hash: string): Promise<RecordsLink | undefined>;
  /** Idempotent; nothing if the link does not exist. */
  revokeRecordsLink(hash: string, at: string): Promise<void>;
  /** Revokes every working records link of the Jobcenter (consistent); returns how many. */
  revokeRecordsLinksOf(jobcenterId: string, at: string): Promise<number>;
  putRecordsSession(session: RecordsSession): Promise<void>;
  getRecordsSession(hash: string): Promise<RecordsSession | undefined>;
}
