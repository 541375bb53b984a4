import * as z from 'zod';
import { missing, requiredText } from '../registry/jobcenter';
import { accessionFields } from './accession-fields';
import { catalogueMeasure } from './measure-catalogue';

export { ACCESSION_FORM_VERSION, MeasureId, Month } from './accession-fields';

/**
 * The Beitrittserklärung (Anlage A3) as data: one definition (accession-fields.ts), two modes.
 * `AccessionAnswers` is what a submission must satisfy (browser and API use the same schema);
 * `AccessionDraft` (accession-draft.ts) accepts any partial state of the same fields for autosave,
 * with the same types and length limits.
 */
const full = accessionFields(requiredText);

export const Massnahme = full.massnahme
  .refine((m) => m.ende >= m.beginn, {
    path: ['ende'],
    message: 'Das Ende darf nicht vor dem Beginn liegen.',
  })
  .refine((m) => !m.katalogId || catalogueMeasure(m.katalogId)?.hf === m.handlungsfeld, {
    path: ['katalogId'],
    message: 'Diese Katalog-Maßnahme gehört zu einem anderen Handlungsfeld.',
  })
  .meta({ id: 'Massnahme' });
export type Massnahme = z.infer<typeof Massnahme>;

export const AccessionAnswers = z
  .object({
    geschaeftsfuehrung: full.geschaeftsfuehrung,
    traegerZustimmungen: z
      .array(full.traegerZustimmung, {
        error: (iss) => missing(iss) && 'Bitte die Zustimmung der Träger angeben.',
      })
      .min(1, 'Bitte die Zustimmung der Träger angeben.')
      .max(2),
    inklusionsKontakt: full.inklusionsKontakt,
    ausgangslage: full.ausgangslage,
    massnahmen: z
      .array(Massnahme, {
        error: (iss) => missing(iss) && 'Bitte mindestens eine konkrete Maßnahme angeben.',
      })
      .min(1, 'Bitte mindestens eine konkrete Maßnahme angeben.')
      .max(60),
    nrwInklusiv: z.literal(true, { error: 'Bitte bestätigen Sie die Mitgliedschaft in „NRW inklusiv“.' }),
    veroeffentlichung: z.boolean({ error: 'Bitte wählen Sie, ob Ihr Beitritt veröffentlicht werden darf.' }),
    unterzeichnung: full.unterzeichnung,
  })
  .strict()
  .meta({ id: 'AccessionAnswers' });
export type AccessionAnswers = z.infer<typeof AccessionAnswers>;

/**
 * Checks that need the Jobcenter and today's date: one consent per Träger of this Jobcenter,
 * consent dates and the signature not in the future. Returns field errors in schema path form.
 */
export const accessionContextErrors = (
  answers: AccessionAnswers,
  context: { traeger: { kind: 'agentur' | 'kommune' }[]; today: string },
): { field: string; message: string }[] => {
  const errors: { field: string; message: string }[] = [];
  const needed = context.traeger.map((t) => t.kind).sort();
  const given = answers.traegerZustimmungen.map((t) => t.kind).sort();
  if (needed.join() !== given.join())
    errors.push({
      field: 'traegerZustimmungen',
      message:
        needed.length === 2
          ? 'Bitte die Zustimmung beider Träger (Agentur für Arbeit und Kommune) angeben.'
          : 'Bitte die Zustimmung des kommunalen Trägers angeben.',
    });
  answers.traegerZustimmungen.forEach((t, i) => {
    if (t.zugestimmtAm > context.today)
      errors.push({
        field: `traegerZustimmungen.${i}.zugestimmtAm`,
        message: 'Das Datum liegt in der Zukunft.',
      });
  });
  if (answers.unterzeichnung.datum > context.today)
    errors.push({ field: 'unterzeichnung.datum', message: 'Das Datum liegt in der Zukunft.' });
  return errors;
};
