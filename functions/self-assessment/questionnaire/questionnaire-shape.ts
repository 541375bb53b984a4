import * as z from 'zod';
import { HandlungsfeldId } from '../../questionnaire/handlungsfelder';
import { NewMeasureField } from './definition';

/**
 * The shape of a yearly self-assessment questionnaire as schemas (definition.ts re-exports the
 * types). The unit tests check every published questionnaire (sb-2026.ts, sb-2027.ts, …) against
 * them; run-time code imports only the types, so no Lambda handler builds these schemas at cold
 * start (a bundle budget in test/infra/bundle-budgets.test.ts keeps this file out of every bundle).
 */
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

export const RatingLevel = z
  .object({ value: z.number().int().min(1).max(5), label: z.string(), description: z.string() })
  .strict();
export type RatingLevel = z.infer<typeof RatingLevel>;

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
