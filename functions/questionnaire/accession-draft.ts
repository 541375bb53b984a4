import * as z from 'zod';
import { text } from '../registry/jobcenter';
import { accessionFields, MeasureId } from './accession-fields';

/**
 * Any partial state of the Beitrittserklärung, for autosave: the fields of the submission
 * (accession-form.ts) with the same types and length limits, nothing required.
 */
const loose = accessionFields(text);

export const AccessionDraft = z
  .object({
    geschaeftsfuehrung: loose.geschaeftsfuehrung.partial(),
    traegerZustimmungen: z.array(loose.traegerZustimmung.partial()).max(2),
    inklusionsKontakt: loose.inklusionsKontakt.partial(),
    ausgangslage: loose.ausgangslage.partial(),
    massnahmen: z.array(loose.massnahme.partial().extend({ id: MeasureId })).max(60),
    nrwInklusiv: z.boolean(),
    veroeffentlichung: z.boolean(),
    unterzeichnung: loose.unterzeichnung.partial(),
  })
  .partial()
  .strict()
  .meta({ id: 'AccessionDraft' });
export type AccessionDraft = z.infer<typeof AccessionDraft>;
