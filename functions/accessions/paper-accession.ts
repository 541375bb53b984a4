import * as z from 'zod';
import { Month } from '../questionnaire/accession-fields';
import { HandlungsfeldId } from '../questionnaire/handlungsfelder';
import { CatalogueMeasureId, catalogueMeasure } from '../questionnaire/measure-catalogue';
import { JobcenterId, missing, requiredText, text } from '../registry/jobcenter';
import type { FieldError } from '../shared/errors';

/**
 * An accession that reached MAGS on paper, as staff enter it: the date, who signed, the Träger's
 * consent, the consent to publication and, optionally, the declared measures. The same rules
 * apply as online: dates not in the future and not before the agreement (2018), one accession
 * per Jobcenter.
 */
export const AGREEMENT_START = '2018-01-01';

const IsoDate = z.iso.date({
  error: (iss) => missing(iss) ?? 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).',
});

export const PaperMeasure = z
  .object({
    handlungsfeld: HandlungsfeldId,
    katalogId: CatalogueMeasureId.optional(),
    titel: requiredText(200),
    beginn: Month.optional(),
    ende: Month.optional(),
    zielgruppe: text(200).optional(),
  })
  .strict()
  .refine((m) => !m.beginn || !m.ende || m.ende >= m.beginn, {
    path: ['ende'],
    message: 'Das Ende darf nicht vor dem Beginn liegen.',
  })
  .refine((m) => !m.katalogId || catalogueMeasure(m.katalogId)?.hf === m.handlungsfeld, {
    path: ['katalogId'],
    message: 'Diese Katalog-Maßnahme gehört zu einem anderen Handlungsfeld.',
  });
export type PaperMeasure = z.infer<typeof PaperMeasure>;

export const PaperAccessionBody = z
  .object({
    jobcenterId: JobcenterId,
    beigetretenAm: IsoDate,
    unterzeichnung: z
      .object({ name: requiredText(120), funktion: text(120).optional() }, { error: missing })
      .strict(),
    traegerZugestimmtAm: IsoDate,
    gremium: text(160).optional(),
    veroeffentlichung: z.boolean({ error: 'Bitte wählen Sie, ob der Beitritt veröffentlicht werden darf.' }),
    massnahmen: z.array(PaperMeasure).max(60, 'Höchstens 60 Maßnahmen.').optional(),
    bemerkung: text(500).optional(),
  })
  .strict()
  .meta({ id: 'PaperAccessionBody' });
export type PaperAccessionBody = z.infer<typeof PaperAccessionBody>;

/** Date rules that need today's date (Europe/Berlin). Field names as in the body. */
export const accessionDateErrors = (
  dates: { beigetretenAm: string; traegerZugestimmtAm: string },
  today: string,
): FieldError[] => {
  const errors: FieldError[] = [];
  for (const field of ['beigetretenAm', 'traegerZugestimmtAm'] as const) {
    if (dates[field] > today) errors.push({ field, message: 'Das Datum liegt in der Zukunft.' });
    else if (dates[field] < AGREEMENT_START)
      errors.push({ field, message: 'Das Datum liegt vor dem Abschluss der Rahmenvereinbarung (2018).' });
  }
  if (dates.traegerZugestimmtAm > dates.beigetretenAm)
    errors.push({
      field: 'traegerZugestimmtAm',
      message: 'Die Träger stimmen vor dem Beitritt zu: das Datum liegt nach dem Beitrittsdatum.',
    });
  return errors;
};
