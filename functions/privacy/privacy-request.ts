import * as z from 'zod';
import { text } from '../registry/jobcenter';

/**
 * A data subject's access or erasure request (GDPR Art. 15, 17) for one e-mail address, as staff
 * enter it and as it is stored. Finding the address needs a read of the whole table, so the
 * search runs as a job (use-cases/run-privacy-requests.ts), never on the request path; the
 * request item records its state and findings. No AWS imports here: the web bundles it.
 */
export const PrivacyRequestKind = z.enum(['access', 'erasure'], {
  error: 'Bitte wählen Sie die Art der Anfrage.',
});
export type PrivacyRequestKind = z.infer<typeof PrivacyRequestKind>;

/**
 * `searching`: waits for the job to find every place; `found`: findings are recorded;
 * `erasing`: staff confirmed the erasure, the job carries it out; `erased`: done (the address
 * itself is no longer stored, not even here).
 */
export const PrivacyRequestStatus = z.enum(['searching', 'found', 'erasing', 'erased']);
export type PrivacyRequestStatus = z.infer<typeof PrivacyRequestStatus>;

export const PRIVACY_STATUS_TEXT: Record<PrivacyRequestStatus, string> = {
  searching: 'Suche läuft',
  found: 'Fundstellen ermittelt',
  erasing: 'Löschung läuft',
  erased: 'Gelöscht bzw. pseudonymisiert',
};

export const PRIVACY_KIND_TEXT: Record<PrivacyRequestKind, string> = {
  access: 'Auskunft (Art. 15 DSGVO)',
  erasure: 'Löschung (Art. 17 DSGVO)',
};

export const PrivacyRequestBody = z
  .object({
    email: z
      .email({ error: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@jobcenter.de.' })
      .max(254, { error: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' }),
    kind: PrivacyRequestKind,
    // Free text as everywhere: trimmed, no control characters, bounded.
    reason: text(500).pipe(
      z.string().min(3, { error: 'Bitte geben Sie den Anlass an (z. B. Schreiben vom …).' }),
    ),
  })
  .strict()
  .refine((b) => !b.reason.toLowerCase().includes(b.email.toLowerCase()), {
    path: ['reason'],
    error:
      'Der Anlass darf die E-Mail-Adresse nicht enthalten (sie wird nach der Löschung nirgends mehr gespeichert).',
  })
  .meta({ id: 'PrivacyRequestBody' });
export type PrivacyRequestBody = z.infer<typeof PrivacyRequestBody>;

export const PrivacyRequestPath = z.object({ requestId: z.uuid('Ungültige Kennung der Anfrage.') }).strict();

/** One place the address occurs: item key (the address in it masked), attribute path, data class. */
export const Finding = z
  .object({
    pk: z.string(),
    sk: z.string(),
    entity: z.string(),
    /** e.g. `mainContact.email`, `recipients[0]`, `pk`. */
    path: z.string(),
    /** A data class of functions/privacy/retention-policy.ts, or `other`. */
    dataClass: z.string(),
  })
  .meta({ id: 'PrivacyFinding' });
export type Finding = z.infer<typeof Finding>;

/** Findings kept on the request item: the item stays far below DynamoDB's 400 KB. */
export const MAX_FINDINGS = 200;

/** Stands for the address inside a stored key (`ADDRESS#<adresse>`), so findings never hold it. */
export const ADDRESS_MARK = '<adresse>';

export const PrivacyRequest = z
  .object({
    id: z.uuid(),
    kind: PrivacyRequestKind,
    /** Absent once the erasure is done. */
    email: z.string().optional(),
    reason: z.string(),
    status: PrivacyRequestStatus,
    createdAt: z.iso.datetime(),
    createdBy: z.string(),
    searchedAt: z.iso.datetime().optional(),
    erasureRequestedAt: z.iso.datetime().optional(),
    erasedAt: z.iso.datetime().optional(),
    findings: z.array(Finding),
    /** All places found, also beyond MAX_FINDINGS. */
    findingsTotal: z.number().int().nonnegative(),
    /** Items examined by the last run. */
    examined: z.number().int().nonnegative().optional(),
    /** What the erasure did, per data class: `contacts.pseudonymised`, `delivery-events.deleted`. */
    counts: z.record(z.string(), z.number().int()).optional(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'PrivacyRequest' });
export type PrivacyRequest = z.infer<typeof PrivacyRequest>;

export const PrivacyRequestList = z
  .object({ requests: z.array(PrivacyRequest) })
  .meta({ id: 'PrivacyRequestList' });
