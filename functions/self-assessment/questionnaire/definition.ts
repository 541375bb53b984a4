import * as z from 'zod';

/**
 * The shape of a yearly self-assessment questionnaire (Selbstbewertung). Each year's questionnaire
 * is data of this shape (sb-2026.ts, sb-2027.ts, …); API validation, the web form, the e-mails and
 * the reports all read it. A later year may add, drop or reword questions: ids are never reused
 * with another meaning, so older submissions keep rendering with their own version.
 */
export const MeasureStatus = z
  .enum(['geplant', 'in-umsetzung', 'umgesetzt', 'verstetigt', 'aufgegeben'], {
    error: 'Bitte einen Stand der Maßnahme wählen.',
  })
  .meta({ id: 'MeasureStatus' });
export type MeasureStatus = z.infer<typeof MeasureStatus>;

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  geplant: 'geplant',
  'in-umsetzung': 'in Umsetzung',
  umgesetzt: 'umgesetzt',
  verstetigt: 'verstetigt',
  aufgegeben: 'aufgegeben',
};

/** What each stage means, in plain language (shown with the choices in the form). */
export const MEASURE_STATUS_HINTS: Record<MeasureStatus, string> = {
  geplant: 'Beschlossen, aber noch nicht begonnen.',
  'in-umsetzung': 'Hat begonnen und läuft.',
  umgesetzt: 'Ist abgeschlossen.',
  verstetigt: 'Gehört dauerhaft zur Arbeit des Jobcenters.',
  aufgegeben: 'Wird nicht weiterverfolgt; im nächsten Jahr wird sie nicht mehr abgefragt.',
};

/**
 * What a new measure asks beyond title, description and status. The parliament asks for a period
 * (`zeitraum`: start and end month, required), the target group (`zielgruppe`, required) and the
 * funding (`mittel`: amount in euros and its source, both optional). Questionnaires published
 * before these were asked (sb-2026) leave the list out; their answers show these columns empty.
 */
export const NewMeasureField = z.enum(['zeitraum', 'zielgruppe', 'mittel']);
export type NewMeasureField = z.infer<typeof NewMeasureField>;

// The shape schemas of a questionnaire live in questionnaire-shape.ts: the unit tests check every
// published questionnaire with them; handlers need their types only and so never build them.
export type {
  Indicator,
  Questionnaire,
  QuestionnaireSection,
  RatingLevel,
  TextQuestion,
} from './questionnaire-shape';

/** Plain-language scale for the overall self-rating of a Handlungsfeld (same wording every year so far). */
export const RATING_LEVELS = [
  {
    value: 1,
    label: 'Noch am Anfang',
    description: 'Das Thema ist erkannt, es gibt aber noch keine Maßnahmen.',
  },
  {
    value: 2,
    label: 'Erste Schritte',
    description: 'Einzelne Maßnahmen sind geplant oder haben begonnen.',
  },
  {
    value: 3,
    label: 'Auf gutem Weg',
    description: 'Mehrere Maßnahmen laufen, erste Wirkungen sind sichtbar.',
  },
  {
    value: 4,
    label: 'Weit fortgeschritten',
    description: 'Die meisten Maßnahmen sind umgesetzt und zeigen Wirkung.',
  },
  {
    value: 5,
    label: 'Fest verankert',
    description: 'Inklusion ist in diesem Handlungsfeld Alltag und wird laufend verbessert.',
  },
];
