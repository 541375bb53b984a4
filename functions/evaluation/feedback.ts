import * as z from 'zod';
import { text } from '../registry/jobcenter';

/**
 * MAGS's written feedback (Rückmeldung) on one submitted self-assessment version. It is e-mailed
 * to the Jobcenter once, kept with that version and shown on the Jobcenter's report.
 */
export const FEEDBACK_MAX = 3000;

export const FeedbackBody = z
  .object({
    version: z.number({ error: 'Bitte die Fassung angeben.' }).int().positive(),
    text: text(FEEDBACK_MAX).pipe(z.string().min(10, 'Bitte mindestens 10 Zeichen schreiben.')),
  })
  .strict()
  .meta({ id: 'FeedbackBody' });
export type FeedbackBody = z.infer<typeof FeedbackBody>;

export const Feedback = z
  .object({
    jobcenterId: z.string(),
    campaignId: z.string(),
    version: z.number().int().positive(),
    text: z.string(),
    writtenAt: z.iso.datetime(),
    writtenBy: z.string(),
    mailedAt: z.iso.datetime().optional(),
  })
  .meta({ id: 'Feedback' });
export type Feedback = z.infer<typeof Feedback>;
