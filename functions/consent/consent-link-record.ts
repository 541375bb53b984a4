import * as z from 'zod';

/**
 * A consent link as stored: only the SHA-256 of its token, the Jobcenter and its lifetime. Apart
 * from the API schemas (consent.ts) because every handler bundles the table adapter that reads it.
 */
export const ConsentLinkRecord = z.object({
  hash: z.string(),
  jobcenterId: z.string(),
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().optional(),
});
export type ConsentLinkRecord = z.infer<typeof ConsentLinkRecord>;
