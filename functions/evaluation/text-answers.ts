import * as z from 'zod';
import { HandlungsfeldId, handlungsfeld } from '../questionnaire/handlungsfelder';
import { Landschaftsverband, Regierungsbezirk } from '../registry/jobcenter';
import type { Questionnaire } from '../self-assessment/questionnaire/definition';
import type { AssessmentTexts } from './assessment-result';
import type { Column } from './table-columns';

/**
 * The free-text answers that MAGS promised to evaluate together ("Das MAGS wertet die Wünsche
 * aller Jobcenter gemeinsam aus"): per Handlungsfeld and question, every Jobcenter's answer.
 */
export const TextAnswer = z.object({
  hf: HandlungsfeldId,
  frageId: z.string(),
  frage: z.string(),
  jobcenterId: z.string(),
  jobcenter: z.string(),
  landschaftsverband: Landschaftsverband,
  regierungsbezirk: Regierungsbezirk,
  text: z.string(),
});
export type TextAnswer = z.infer<typeof TextAnswer>;

export const TextAnswers = z
  .object({
    jahr: z.number().int(),
    fragebogen: z.string().nullable(),
    /** Every question of the year's questionnaire (also those nobody answered), in order. */
    fragen: z.array(
      z.object({ hf: HandlungsfeldId, id: z.string(), label: z.string(), anzahl: z.number().int() }),
    ),
    antworten: z.array(TextAnswer),
  })
  .meta({ id: 'TextAnswers' });
export type TextAnswers = z.infer<typeof TextAnswers>;

export const textAnswersOf = (
  year: number,
  q: Questionnaire | undefined,
  texts: readonly AssessmentTexts[],
  filter: { handlungsfeld?: HandlungsfeldId | undefined; frage?: string | undefined },
): TextAnswers => {
  const questions = (q?.sections ?? [])
    .filter((s) => !filter.handlungsfeld || s.hf === filter.handlungsfeld)
    .flatMap((s) =>
      s.questions.filter((x) => !filter.frage || x.id === filter.frage).map((x) => ({ hf: s.hf, ...x })),
    );
  const antworten = questions.flatMap((question) =>
    texts.flatMap((t) => {
      const text = t.antworten[question.hf]?.[question.id];
      return text
        ? [
            {
              hf: question.hf,
              frageId: question.id,
              frage: question.label,
              jobcenterId: t.jobcenter.id,
              jobcenter: t.jobcenter.name,
              landschaftsverband: t.jobcenter.landschaftsverband,
              regierungsbezirk: t.jobcenter.regierungsbezirk,
              text,
            },
          ]
        : [];
    }),
  );
  return {
    jahr: year,
    fragebogen: q?.version ?? null,
    fragen: questions.map((x) => ({
      hf: x.hf,
      id: x.id,
      label: x.label,
      anzahl: antworten.filter((a) => a.hf === x.hf && a.frageId === x.id).length,
    })),
    antworten,
  };
};

export const TEXT_COLUMNS: Column<TextAnswer>[] = [
  {
    header: 'Handlungsfeld',
    kind: 'text',
    width: 28,
    value: (r) => `${handlungsfeld(r.hf).nummer} – ${handlungsfeld(r.hf).kurz}`,
  },
  { header: 'Frage', kind: 'text', width: 40, value: (r) => r.frage },
  { header: 'Jobcenter', kind: 'text', width: 26, value: (r) => r.jobcenter },
  { header: 'LV', kind: 'text', width: 6, value: (r) => r.landschaftsverband },
  { header: 'RB', kind: 'text', width: 6, value: (r) => r.regierungsbezirk },
  { header: 'Antwort', kind: 'text', width: 80, value: (r) => r.text },
];
