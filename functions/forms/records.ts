import * as z from 'zod';

/** A personal link (only its hash is stored). `handover` links go to a colleague of the Jobcenter. */
export const Link = z.object({
  hash: z.string(),
  campaignId: z.string(),
  jobcenterId: z.string(),
  purpose: z.enum(['main', 'handover']),
  issuedTo: z.string().optional(),
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().optional(),
});
export type Link = z.infer<typeof Link>;

/** Short-lived session a person gets for a link after a human action in the page. */
export const Session = z.object({
  hash: z.string(),
  campaignId: z.string(),
  jobcenterId: z.string(),
  linkHash: z.string(),
  createdAt: z.iso.datetime(),
  /** Last request, for the sliding idle timeout (session-idle.ts); older sessions use createdAt. */
  lastSeenAt: z.iso.datetime().optional(),
  expiresAt: z.iso.datetime(),
});
export type Session = z.infer<typeof Session>;

export const Draft = z.object({
  campaignId: z.string(),
  jobcenterId: z.string(),
  fragebogen: z.string(),
  answers: z.record(z.string(), z.unknown()),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof Draft>;

/** An immutable submitted version. Changes after submit create version n+1; all are kept. */
export const Submission = z.object({
  campaignId: z.string(),
  jobcenterId: z.string(),
  fragebogen: z.string(),
  version: z.number().int().positive(),
  answers: z.record(z.string(), z.unknown()),
  submittedAt: z.iso.datetime(),
  receiptNumber: z.string(),
  contentHash: z.string(),
});
export type Submission = z.infer<typeof Submission>;
