import * as z from 'zod';
import { HandlungsfeldId } from '../../questionnaire/handlungsfelder';

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

const QuestionId = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);

/** A number the Jobcenter reports (share in percent or a count), e.g. HF6 network partners. */
export const Indicator = z
  .object({
    id: QuestionId,
    label: z.string().min(1),
    hint: z.string().optional(),
    unit: z.enum(['prozent', 'anzahl']),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

/** A free-text question, e.g. "What was done this year?". */
export const TextQuestion = z
  .object({
    id: QuestionId,
    label: z.string().min(1),
    hint: z.string().optional(),
    required: z.boolean(),
    maxLength: z.number().int().positive().max(4000),
  })
  .strict();
export type TextQuestion = z.infer<typeof TextQuestion>;

export const QuestionnaireSection = z
  .object({
    hf: HandlungsfeldId,
    /** Short plain-language intro shown at the top of the section. */
    intro: z.string(),
    indicators: z.array(Indicator).min(2).max(3),
    questions: z.array(TextQuestion).min(1),
  })
  .strict();
export type QuestionnaireSection = z.infer<typeof QuestionnaireSection>;

/**
 * What a new measure asks beyond title, description and status. The parliament asks for a period
 * (`zeitraum`: start and end month, required), the target group (`zielgruppe`, required) and the
 * funding (`mittel`: amount in euros and its source, both optional). Questionnaires published
 * before these were asked (sb-2026) leave the list out; their answers show these columns empty.
 */
export const NewMeasureField = z.enum(['zeitraum', 'zielgruppe', 'mittel']);
export type NewMeasureField = z.infer<typeof NewMeasureField>;

export const RatingLevel = z
  .object({ value: z.number().int().min(1).max(5), label: z.string(), description: z.string() })
  .strict();

export const Questionnaire = z
  .object({
    /** Recorded in every draft and submission, e.g. `sb-2027`. */
    version: z.string().regex(/^sb-\d{4}$/),
    year: z.number().int().min(2018).max(2100),
    title: z.string(),
    ratingQuestion: z.string(),
    rating: z.array(RatingLevel).length(5),
    /** One section per Handlungsfeld, in the order hf1 … hf6. */
    sections: z.array(QuestionnaireSection).length(6),
    maxNewMeasures: z.number().int().positive().max(30),
    neueMassnahmeFelder: z.array(NewMeasureField).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    q.sections.forEach((s, i) => {
      if (s.hf !== `hf${i + 1}`) ctx.addIssue({ code: 'custom', message: `section ${i} must be hf${i + 1}` });
      const ids = [...s.indicators, ...s.questions].map((x) => x.id);
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: 'custom', message: `duplicate id in ${s.hf}` });
    });
    if (q.version !== `sb-${q.year}`) ctx.addIssue({ code: 'custom', message: 'version must be sb-<year>' });
  });
export type Questionnaire = z.infer<typeof Questionnaire>;

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
