import * as z from 'zod';
import { missing, TraegerKind, text } from '../registry/jobcenter';
import { HandlungsfeldId } from './handlungsfelder';
import { CatalogueMeasureId } from './measure-catalogue';

/**
 * The fields of the Beitrittserklärung (Anlage A3), built for one of its two modes: what a
 * submission must satisfy (accession-form.ts, required texts) and any partial state of autosave
 * (accession-draft.ts, optional texts). Apart so that each mode builds only its own schemas: a
 * function validating drafts never builds the submission's, and the other way round.
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

export const accessionFields = (str: Str) => ({
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
