import { z } from 'zod';
import { AccessionDraft } from '../questionnaire/accession-form';
import { requiredText } from '../registry/jobcenter';

export const OpenSessionBody = z
  .object({ token: z.string().max(100) })
  .strict()
  .meta({ id: 'OpenSession' });
export const SaveDraftBody = z
  .object({ version: z.number().int().nonnegative(), answers: AccessionDraft })
  .strict()
  .meta({ id: 'SaveDraft' });
export const SubmitBody = z
  .object({ draftVersion: z.number().int().positive() })
  .strict()
  .meta({ id: 'Submit' });
export const HandoverBody = z
  .object({
    fromName: requiredText(120),
    toName: requiredText(120),
    toEmail: z.email('Bitte eine gültige E-Mail-Adresse angeben.').max(254),
  })
  .strict()
  .meta({ id: 'Handover' });
