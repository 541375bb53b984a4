import * as z from 'zod';
import { AccessionSource } from '../accessions/accession';
import { JobcenterId } from '../registry/jobcenter';
import { LinkInvalidError } from '../shared/errors';
import { WEB_PATHS, webUrl } from '../shared/web-paths';

/**
 * The records link: a personal link of its own kind that opens only the Jobcenter's documents
 * (declaration and self-assessments, read-only). It is requested by e-mail address, made at send
 * time by the mail worker (256 random bits, only the SHA-256 stored, under its own key prefix so a
 * form link never opens records and a records link never opens a form), expires after
 * RECORDS_LINK_DAYS and can be revoked. It does not depend on a campaign: it works after every
 * campaign closed and after the accession was confirmed.
 */
export const RECORDS_LINK_DAYS = 7;
/** A records session (after the click on "Unterlagen öffnen") lasts this long, at most until the link expires. */
export const RECORDS_SESSION_MINUTES = 30;
/** The display name of records mails (sent from MAIL_FROM, the one sending identity). */
export const RECORDS_SENDER_NAME = 'MAGS NRW – Rahmenvereinbarung Inklusion';
/** The outbox partition of records mails (they belong to no campaign; campaign ids are UUIDs). */
export const RECORDS_OUTBOX = 'unterlagen';

export const RecordsLink = z.object({
  hash: z.string(),
  jobcenterId: JobcenterId,
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().optional(),
});
export type RecordsLink = z.infer<typeof RecordsLink>;

export const RecordsSession = z.object({
  hash: z.string(),
  jobcenterId: JobcenterId,
  linkHash: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type RecordsSession = z.infer<typeof RecordsSession>;

export const recordsUrl = (baseUrl: string, token: string): string =>
  webUrl(baseUrl, `${WEB_PATHS.records}#t=${token}`);

export const recordsLinkExpiry = (issuedAt: Date): string =>
  new Date(issuedAt.getTime() + RECORDS_LINK_DAYS * 86_400_000).toISOString();

/** Wrong, expired, revoked and never-issued records links and sessions: one answer. */
export const recordsLinkInvalid = (): LinkInvalidError =>
  new LinkInvalidError(
    'Dieser Link zu Ihren Unterlagen ist nicht (mehr) gültig. Bitte fordern Sie unter „Unterlagen anfordern“ einen neuen Link an.',
  );

/**
 * The document path's segment, in place of a campaign id (a UUID), of the accession MAGS recorded
 * from a paper declaration or imported (functions/records/recorded-accession-document.ts); version 1.
 */
export const RECORDED_ACCESSION_DOCUMENT = 'beitritt';

/** A document of the Jobcenter: one submitted version of one campaign, or its recorded accession. */
export const DocumentPath = z
  .object({
    /** The campaign of the submitted version, or `beitritt`: the accession MAGS recorded (paper, import). */
    campaignId: z.union([z.uuid(), z.literal(RECORDED_ACCESSION_DOCUMENT)], {
      error: 'Unbekanntes Dokument.',
    }),
    version: z.coerce.number().int().positive().max(9999),
  })
  .strict()
  .meta({ id: 'RecordsDocumentPath' });

export const RecordsDocument = z
  .object({
    campaignId: z.string(),
    version: z.number().int().positive(),
    kind: z.enum(['beitritt', 'selbstbewertung']),
    title: z.string(),
    campaignTitle: z.string(),
    /** Received (online) or recorded by MAGS (paper, import). */
    submittedAt: z.iso.datetime(),
    /** `online`: submitted through the form; `papier`/`import`: recorded by MAGS, no receipt. */
    origin: AccessionSource,
    receiptNumber: z.string().optional(),
    contentHash: z.string().optional(),
  })
  .meta({ id: 'RecordsDocument' });
export type RecordsDocument = z.infer<typeof RecordsDocument>;

export const RecordsList = z
  .object({ jobcenterName: z.string(), documents: z.array(RecordsDocument) })
  .meta({ id: 'RecordsList' });
export type RecordsList = z.infer<typeof RecordsList>;

/** The answer when MAGS revoked a Jobcenter's records links: how many still worked. */
export const RevokedRecordsLinks = z
  .object({ revoked: z.number().int().nonnegative() })
  .meta({ id: 'RevokedRecordsLinks' });
