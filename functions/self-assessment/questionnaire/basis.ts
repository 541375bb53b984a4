import * as z from 'zod';
import { HandlungsfeldId } from '../../questionnaire/handlungsfelder';
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
  /** What was declared with the measure where it was first named (reports show it every year). */
  katalogId: z.string().optional(),
  beginn: z.string().optional(),
  ende: z.string().optional(),
  zielgruppe: z.string().optional(),
  mittelEuro: z.number().optional(),
  mittelHerkunft: z.string().optional(),
});
export type CarriedMeasure = z.infer<typeof CarriedMeasure>;

export const PreviousAssessment = z.object({
  campaignId: z.string(),
  year: z.number().int(),
  fragebogen: z.string(),
  version: z.number().int(),
  submittedAt: z.iso.datetime(),
  receiptNumber: z.string(),
  answers: SelfAssessmentAnswers,
});
export type PreviousAssessment = z.infer<typeof PreviousAssessment>;

export const Basis = z.object({ measures: z.array(CarriedMeasure), previous: PreviousAssessment.nullable() });
export type Basis = z.infer<typeof Basis>;

/**
 * Folds the accession and every earlier self-assessment (oldest first) into the basis. A measure
 * carries over with its latest status; once given up it never returns, even if a later year did
 * not mention it again. Order: accession order first, then measures in the order they were added.
 */
/** A measure as an accession declares it (online form or recorded from paper). */
export type DeclaredMeasure = {
  id: string;
  handlungsfeld: HandlungsfeldId;
  titel: string;
  katalogId?: string | undefined;
  beschreibung?: string | undefined;
  beginn?: string | undefined;
  ende?: string | undefined;
  zielgruppe?: string | undefined;
};

/** The declared details of a measure that reports carry from year to year. */
const DETAIL_KEYS = ['katalogId', 'beginn', 'ende', 'zielgruppe', 'mittelEuro', 'mittelHerkunft'] as const;
const detailsOf = (measure: object): Partial<Pick<CarriedMeasure, (typeof DETAIL_KEYS)[number]>> => {
  const m = measure as Record<string, unknown>;
  return Object.fromEntries(
    DETAIL_KEYS.filter((k) => m[k] !== undefined && m[k] !== '').map((k) => [k, m[k]]),
  );
};

export const buildBasis = (input: {
  accession?: { massnahmen: readonly DeclaredMeasure[] };
  /** Earlier self-assessments of this Jobcenter, oldest first; the last one is "last year". */
  earlier?: readonly PreviousAssessment[];
}): Basis => {
  const byId = new Map<string, CarriedMeasure>();
  const givenUp = new Set<string>();
  for (const m of input.accession?.massnahmen ?? [])
    byId.set(m.id, {
      id: m.id,
      hf: m.handlungsfeld,
      titel: m.titel,
      ...(m.beschreibung ? { beschreibung: m.beschreibung } : {}),
      quelle: 'beitritt',
      vorjahr: 'geplant',
      ...detailsOf(m),
    });
  for (const assessment of input.earlier ?? [])
    for (const [hf, section] of Object.entries(assessment.answers.abschnitte) as [
      HandlungsfeldId,
      SectionAnswers,
    ][])
      for (const m of [...section.massnahmen, ...section.neueMassnahmen]) {
        const known = byId.get(m.id);
        byId.set(m.id, {
          ...(known ?? { id: m.id, hf, quelle: 'selbstbewertung' as const, ...detailsOf(m) }),
          titel: m.titel || known?.titel || '',
          ...('beschreibung' in m && m.beschreibung ? { beschreibung: m.beschreibung } : {}),
          vorjahr: m.status,
        });
        if (m.status === 'aufgegeben') givenUp.add(m.id);
      }
  return {
    measures: [...byId.values()].filter((m) => !givenUp.has(m.id)),
    previous: input.earlier?.at(-1) ?? null,
  };
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
