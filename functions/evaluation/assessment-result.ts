import * as z from 'zod';
import { HANDLUNGSFELDER, HandlungsfeldId } from '../questionnaire/handlungsfelder';
import type { SelfAssessmentAnswers } from '../self-assessment/questionnaire/answers';
import { MeasureStatus } from '../self-assessment/questionnaire/definition';
import { JobcenterFacts, jobcenterFacts } from './measure-set';

/**
 * The read model of the dashboard and the trends ("Auswertung II"): one Jobcenter's submitted
 * self-assessment of one year, reduced to what is counted (ratings and indicators: small, read
 * across all Jobcenters and years) and, in a separate item, what is read (the free-text answers,
 * read one year at a time). Both are written in the submit transaction, like the measure sets; a
 * later version of the same year overwrites them.
 */
const Source = z.object({
  campaignId: z.string(),
  fragebogen: z.string(),
  version: z.number().int(),
  receiptNumber: z.string(),
  submittedAt: z.iso.datetime(),
});

export const AssessmentResult = Source.extend({
  jobcenter: JobcenterFacts,
  year: z.number().int(),
  /** Self-rating 1–5 per Handlungsfeld. */
  bewertung: z.record(HandlungsfeldId, z.number().int().min(1).max(5)),
  /** Indicator values per Handlungsfeld, by the indicator id of that year's questionnaire. */
  kennzahlen: z.record(HandlungsfeldId, z.record(z.string(), z.number())),
  /** How many of its measures (carried and new) stand at each status, per Handlungsfeld. */
  massnahmen: z.record(HandlungsfeldId, z.record(MeasureStatus, z.number().int())),
}).meta({ id: 'AssessmentResult' });
export type AssessmentResult = z.infer<typeof AssessmentResult>;

export const AssessmentTexts = Source.extend({
  jobcenter: JobcenterFacts,
  year: z.number().int(),
  /** Free-text answers per Handlungsfeld, by question id; empty answers left out. */
  antworten: z.record(HandlungsfeldId, z.record(z.string(), z.string())),
}).meta({ id: 'AssessmentTexts' });
export type AssessmentTexts = z.infer<typeof AssessmentTexts>;

export type AssessmentReadModel = { result: AssessmentResult; texts: AssessmentTexts };

export const assessmentReadModel = (
  jobcenter: JobcenterFacts,
  submission: z.infer<typeof Source> & { year: number },
  answers: Pick<SelfAssessmentAnswers, 'abschnitte'>,
): AssessmentReadModel => {
  const { year, campaignId, fragebogen, version, receiptNumber, submittedAt } = submission;
  const source = { campaignId, fragebogen, version, receiptNumber, submittedAt };
  const per = <T>(pick: (hf: HandlungsfeldId) => T) =>
    Object.fromEntries(HANDLUNGSFELDER.map((h) => [h.id, pick(h.id)])) as Record<HandlungsfeldId, T>;
  const common = { ...source, jobcenter: jobcenterFacts(jobcenter), year };
  return {
    result: {
      ...common,
      bewertung: per((hf) => answers.abschnitte[hf].bewertung),
      kennzahlen: per((hf) => ({ ...answers.abschnitte[hf].kennzahlen })),
      massnahmen: per((hf) => {
        const { massnahmen, neueMassnahmen } = answers.abschnitte[hf];
        const all = [...massnahmen, ...neueMassnahmen];
        return Object.fromEntries(
          MeasureStatus.options.map((st) => [st, all.filter((m) => m.status === st).length]),
        ) as Record<MeasureStatus, number>;
      }),
    },
    texts: {
      ...common,
      antworten: per((hf) =>
        Object.fromEntries(
          Object.entries(answers.abschnitte[hf].antworten).filter(
            (e): e is [string, string] => !!e[1]?.trim(),
          ),
        ),
      ),
    },
  };
};
