import { z } from 'zod';
import type { AccessionAnswers } from '../accession-form';
import { HandlungsfeldId } from '../handlungsfelder';
import { type SectionAnswers, SelfAssessmentAnswers, type SelfAssessmentDraft } from './answers';
import { MeasureStatus, type Questionnaire } from './definition';

/**
 * What a Jobcenter's self-assessment starts from: the measures of its accession declaration and
 * of its last self-assessment (with the status they had there), and last year's answers. Built
 * from stored submissions only, so it is the same on every request and in every report.
 */
export const CarriedMeasure = z.object({
  id: z.string(),
  hf: HandlungsfeldId,
  titel: z.string(),
  beschreibung: z.string().optional(),
  /** Where the measure was declared first. */
  quelle: z.enum(['beitritt', 'selbstbewertung']),
  /** Status in the last self-assessment; `geplant` for a measure known only from the accession. */
  vorjahr: MeasureStatus,
});
export type CarriedMeasure = z.infer<typeof CarriedMeasure>;

export const PreviousAssessment = z.object({
  campaignId: z.string(),
  year: z.number().int(),
  questionnaireVersion: z.string(),
  version: z.number().int(),
  submittedAt: z.iso.datetime(),
  receiptNumber: z.string(),
  answers: SelfAssessmentAnswers,
});
export type PreviousAssessment = z.infer<typeof PreviousAssessment>;

export const Basis = z.object({ measures: z.array(CarriedMeasure), previous: PreviousAssessment.nullable() });
export type Basis = z.infer<typeof Basis>;

/**
 * Measures carry over unless they were given up last year. Order: accession order first, then
 * measures added in later assessments, in the order they were added.
 */
export const buildBasis = (input: {
  accession?: Pick<AccessionAnswers, 'massnahmen'>;
  previous?: PreviousAssessment;
}): Basis => {
  const byId = new Map<string, CarriedMeasure>();
  for (const m of input.accession?.massnahmen ?? [])
    byId.set(m.id, {
      id: m.id,
      hf: m.handlungsfeld,
      titel: m.titel,
      ...(m.beschreibung ? { beschreibung: m.beschreibung } : {}),
      quelle: 'beitritt',
      vorjahr: 'geplant',
    });
  const previous = input.previous ?? null;
  if (previous)
    for (const [hf, section] of Object.entries(previous.answers.abschnitte) as [
      HandlungsfeldId,
      SectionAnswers,
    ][]) {
      for (const m of section.massnahmen) {
        const known = byId.get(m.id);
        byId.set(
          m.id,
          known
            ? { ...known, titel: m.titel || known.titel, vorjahr: m.status }
            : { id: m.id, hf, titel: m.titel, quelle: 'selbstbewertung', vorjahr: m.status },
        );
      }
      for (const m of section.neueMassnahmen)
        byId.set(m.id, {
          id: m.id,
          hf,
          titel: m.titel,
          ...(m.beschreibung ? { beschreibung: m.beschreibung } : {}),
          quelle: 'selbstbewertung',
          vorjahr: m.status,
        });
    }
  return { measures: [...byId.values()].filter((m) => m.vorjahr !== 'aufgegeben'), previous };
};

/** Last year's value of every answer of one section, by answer key (see `AnswerKey`). */
export const previousValues = (basis: Basis, hf: HandlungsfeldId): Map<string, unknown> => {
  const values = new Map<string, unknown>();
  for (const m of basis.measures) if (m.hf === hf) values.set(`massnahmen.${m.id}`, m.vorjahr);
  const last = basis.previous?.answers.abschnitte[hf];
  if (last) {
    values.set('bewertung', last.bewertung);
    for (const [id, v] of Object.entries(last.kennzahlen)) values.set(`kennzahlen.${id}`, v);
    for (const [id, v] of Object.entries(last.antworten)) if (v) values.set(`antworten.${id}`, v);
  }
  return values;
};

/** The draft a Jobcenter starts with: every carried measure in its section, nothing answered yet. */
export const prefillDraft = (q: Questionnaire, basis: Basis): SelfAssessmentDraft => ({
  fragebogen: q.version,
  abschnitte: Object.fromEntries(
    q.sections.map((s) => [
      s.hf,
      { massnahmen: basis.measures.filter((m) => m.hf === s.hf).map((m) => ({ id: m.id, titel: m.titel })) },
    ]),
  ),
  erledigt: [],
});
