import * as z from 'zod';
import { missing, requiredText, TraegerKind, text } from '../registry/jobcenter';
import { HandlungsfeldId } from './handlungsfelder';
import { CatalogueMeasureId, catalogueMeasure } from './measure-catalogue';

/**
 * The Beitrittserklärung (Anlage A3) as data: one definition, two modes. `AccessionAnswers` is
 * what a submission must satisfy (browser and API use the same schema); `AccessionDraft` accepts
 * any partial state of the same fields for autosave, with the same types and length limits.
 */
export const ACCESSION_FORM_VERSION = 'beitritt-2026';

export const Month = z
  .string({ error: missing })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bitte als Monat im Format JJJJ-MM angeben.');
const IsoDate = z.iso.date({
  error: (iss) => missing(iss) ?? 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).',
});
/** Client-generated id of a measure, stable across years (the self-assessment refers to it). */
export const MeasureId = z.string().regex(/^[a-z0-9-]{8,40}$/, 'Ungültige Kennung der Maßnahme.');

type Str = (max: number) => z.ZodType<string>;

const fields = (str: Str) => ({
  geschaeftsfuehrung: z.object({ name: str(120), funktion: str(120) }, { error: missing }).strict(),
  traegerZustimmung: z
    .object({
      kind: TraegerKind,
      traeger: str(160),
      /** e.g. "Trägerversammlung" or "Kreistag" */
      gremium: text(160).optional(),
      zugestimmtAm: IsoDate,
    })
    .strict(),
  inklusionsKontakt: z
    .object({
      bezeichnung: str(120),
      email: z
        .email({ error: (iss) => missing(iss) ?? 'Bitte eine gültige E-Mail-Adresse angeben.' })
        .max(254),
      telefon: text(40).optional(),
      istFunktionspostfach: z.boolean({ error: missing }),
    })
    .strict(),
  ausgangslage: z
    .object(
      {
        hf1: str(2000),
        hf2: str(2000),
        hf3: str(2000),
        hf4: str(2000),
        hf5: str(2000),
        hf6: str(2000),
      },
      { error: (iss) => missing(iss) && 'Bitte die Ausgangslage je Handlungsfeld beschreiben.' },
    )
    .strict(),
  massnahme: z
    .object({
      id: MeasureId,
      handlungsfeld: HandlungsfeldId,
      katalogId: CatalogueMeasureId.optional(),
      titel: str(200),
      beschreibung: text(1000).optional(),
      beginn: Month,
      ende: Month,
    })
    .strict(),
  unterzeichnung: z.object({ name: str(120), ort: str(80), datum: IsoDate }, { error: missing }).strict(),
});

const full = fields(requiredText);
const loose = fields(text);

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
