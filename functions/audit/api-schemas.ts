import * as z from 'zod';
import { AuditEvent } from '../shared/audit';

const isoDate = z.iso.date({ error: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' });

/** Filters of the audit viewer (`GET /api/audit`, `GET /api/audit/export`); every one optional. */
export const AuditQuery = z
  .object({
    /** First and last day (Berlin time), inclusive. */
    von: isoDate.optional(),
    bis: isoDate.optional(),
    /** Part of the actor's login id or e-mail address (case-insensitive). */
    akteur: z.string().trim().min(1).max(100).optional(),
    /** One action, e.g. `campaign.launched`. */
    aktion: z
      .string()
      .regex(/^[a-z-]+(\.[a-z-]+)*$/, { error: 'Bitte eine Aktion aus der Liste wählen.' })
      .max(60)
      .optional(),
    /** One subject exactly, e.g. `JOBCENTER#bonn`, `REGISTRY`, `CAMPAIGN#<id>`. */
    gegenstand: z
      .string()
      .regex(/^[A-Z_]+(#[A-Za-z0-9._:-]+)*$/, { error: 'Bitte einen Gegenstand wie JOBCENTER#bonn angeben.' })
      .max(120)
      .optional(),
    /** Where the previous page ended (opaque). */
    weiter: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .max(1000)
      .optional(),
  })
  .strict()
  .refine((q) => !q.von || !q.bis || q.von <= q.bis, {
    path: ['bis'],
    error: '„Bis“ darf nicht vor „Von“ liegen.',
  })
  .meta({ id: 'AuditQuery' });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z
  .object({
    events: z.array(AuditEvent),
    /** Pass as `weiter` for the next page; absent on the last page. */
    weiter: z.string().optional(),
  })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;
