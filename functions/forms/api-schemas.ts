import * as z from 'zod';
import { mailSafeName } from '../outbox/mail-policy';

export const OpenSessionBody = z
  .object({ token: z.string().max(100) })
  .strict()
  .meta({ id: 'OpenSession' });
export const SaveDraftBody = z
  .object({
    version: z.number().int().nonnegative(),
    /** Checked against the campaign's form: AccessionDraft or SelfAssessmentDraft. */
    answers: z.record(z.string(), z.unknown()).meta({
      description:
        'Partial answers of the campaign form: AccessionDraft (beitritt) or SelfAssessmentDraft (selbstbewertung).',
    }),
  })
  .strict()
  .meta({ id: 'SaveDraft' });
export const SubmitBody = z
  .object({ draftVersion: z.number().int().positive() })
  .strict()
  .meta({ id: 'Submit' });
export const HandoverBody = z
  .object({
    fromName: mailSafeName(120),
    toName: mailSafeName(120),
    toEmail: z.email('Bitte eine gültige E-Mail-Adresse angeben.').max(254),
  })
  .strict()
  .meta({ id: 'Handover' });
