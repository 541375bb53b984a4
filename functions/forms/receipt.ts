import { createHash } from 'node:crypto';

/** Canonical JSON: keys sorted at every level, so the hash depends only on the content. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
};

/**
 * SHA-256 over what was declared, by whom, in which campaign and version: for the Jobcenter's files.
 * The hashed document is a fixed format: the questionnaire stays under its first key `formVersion`
 * (renamed `fragebogen` everywhere else), so every receipt's checksum is recomputed the same way.
 */
export const contentHash = ({
  fragebogen,
  ...content
}: {
  campaignId: string;
  jobcenterId: string;
  version: number;
  fragebogen: string;
  answers: unknown;
}): string =>
  createHash('sha256')
    .update(canonicalJson({ ...content, formVersion: fragebogen }))
    .digest('hex');

/**
 * Human-readable receipt number, e.g. `BT-2026-DUESSELDORF-2` (accession: year of submission) or
 * `SB-2027-DUESSELDORF-1` (self-assessment: the questionnaire's year, whenever it was submitted).
 */
export const receiptNumber = (
  kind: string,
  submittedAt: string,
  jobcenterId: string,
  version: number,
  fragebogen?: string,
): string => {
  const year =
    (kind === 'selbstbewertung' && /^sb-(\d{4})$/.exec(fragebogen ?? '')?.[1]) || submittedAt.slice(0, 4);
  return `${kind === 'selbstbewertung' ? 'SB' : 'BT'}-${year}-${jobcenterId.toUpperCase()}-${version}`;
};
