import * as z from 'zod';

/** Who did what to which subject; written in the same transaction as the change it records. */
export const AuditEvent = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    actor: z.object({ sub: z.string(), email: z.string().optional() }),
    action: z.string(),
    subject: z.string(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

export const SYSTEM_ACTOR = { sub: 'system' } as const;
