import * as z from 'zod';
import { type Accession, AccessionSource } from '../accessions/accession';
import { HANDLUNGSFELDER, HandlungsfeldId } from '../questionnaire/handlungsfelder';
import { JobcenterType, Landschaftsverband, Regierungsbezirk } from '../registry/jobcenter';
import type { SectionAnswers, SelfAssessmentAnswers } from '../self-assessment/questionnaire/answers';
import type { Basis, DeclaredMeasure } from '../self-assessment/questionnaire/basis';
import { MeasureStatus } from '../self-assessment/questionnaire/definition';

/**
 * The read model behind the measures table (and the dashboard of "Auswertung II"): what one
 * source says about one Jobcenter's measures in one Handlungsfeld and reporting year. It is
 * written in the same transaction as the accession or the self-assessment it comes from, so a
 * report reads a bounded set of items and never the submissions themselves. A later version of
 * the same self-assessment overwrites its sets (the latest submitted version counts).
 */
export const MeasureEntry = z.object({
  id: z.string(),
  titel: z.string(),
  katalogId: z.string().optional(),
  status: MeasureStatus,
  beginn: z.string().optional(),
  ende: z.string().optional(),
  zielgruppe: z.string().optional(),
  mittelEuro: z.number().optional(),
  mittelHerkunft: z.string().optional(),
  bemerkung: z.string().optional(),
});
export type MeasureEntry = z.infer<typeof MeasureEntry>;

export const MeasureSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('beitritt'),
    via: AccessionSource,
    campaignId: z.string().optional(),
    version: z.number().int().optional(),
  }),
  z.object({
    kind: z.literal('selbstbewertung'),
    campaignId: z.string(),
    fragebogen: z.string(),
    version: z.number().int(),
    receiptNumber: z.string(),
  }),
]);
export type MeasureSource = z.infer<typeof MeasureSource>;

/** The Jobcenter as it was registered when the answer came in (name, type, LV, RB). */
export const JobcenterFacts = z.object({
  id: z.string(),
  name: z.string(),
  type: JobcenterType,
  landschaftsverband: Landschaftsverband,
  regierungsbezirk: Regierungsbezirk,
});
export type JobcenterFacts = z.infer<typeof JobcenterFacts>;

export const MeasureSet = z.object({
  jobcenter: JobcenterFacts,
  /** Reporting year: the year of accession, or the questionnaire's year. */
  year: z.number().int(),
  hf: HandlungsfeldId,
  source: MeasureSource,
  recordedAt: z.iso.datetime(),
  measures: z.array(MeasureEntry).max(200),
});
export type MeasureSet = z.infer<typeof MeasureSet>;

export const jobcenterFacts = (j: JobcenterFacts): JobcenterFacts => ({
  id: j.id,
  name: j.name,
  type: j.type,
  landschaftsverband: j.landschaftsverband,
  regierungsbezirk: j.regierungsbezirk,
});

const defined = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

/** One set per Handlungsfeld (empty ones too, so a later version replaces every earlier one). */
const perHandlungsfeld = (
  build: (hf: HandlungsfeldId) => MeasureEntry[],
  common: Omit<MeasureSet, 'hf' | 'measures'>,
): MeasureSet[] => HANDLUNGSFELDER.map((h) => ({ ...common, hf: h.id, measures: build(h.id) }));

/** The measures an accession declares, as planned measures of the year of accession. */
export const measureSetsOfAccession = (
  jobcenter: JobcenterFacts,
  accession: Pick<Accession, 'source' | 'accededOn' | 'confirmedAt' | 'campaignId' | 'submissionVersion'>,
  measures: readonly DeclaredMeasure[],
): MeasureSet[] =>
  perHandlungsfeld(
    (hf) =>
      measures
        .filter((m) => m.handlungsfeld === hf)
        .map((m) =>
          defined({
            id: m.id,
            titel: m.titel,
            katalogId: m.katalogId,
            status: 'geplant' as const,
            beginn: m.beginn,
            ende: m.ende,
            zielgruppe: m.zielgruppe,
          }),
        ),
    {
      jobcenter: jobcenterFacts(jobcenter),
      year: Number(accession.accededOn.slice(0, 4)),
      source: defined({
        kind: 'beitritt' as const,
        via: accession.source,
        campaignId: accession.campaignId,
        version: accession.submissionVersion,
      }),
      recordedAt: accession.confirmedAt,
    },
  );

/**
 * The measures a self-assessment reports: every carried measure with this year's status (and the
 * period, target group and funding declared where it was first named) and every new measure.
 */
export const measureSetsOfSelfAssessment = (
  jobcenter: JobcenterFacts,
  submission: {
    campaignId: string;
    questionnaireYear: number;
    fragebogen: string;
    version: number;
    receiptNumber: string;
    submittedAt: string;
  },
  answers: Pick<SelfAssessmentAnswers, 'abschnitte'>,
  basis: Pick<Basis, 'measures'>,
): MeasureSet[] => {
  const declared = new Map(basis.measures.map((m) => [m.id, m]));
  const entries = (section: SectionAnswers): MeasureEntry[] => [
    ...section.massnahmen.map((m) => {
      const d = declared.get(m.id);
      return defined({
        id: m.id,
        titel: m.titel || d?.titel || '',
        katalogId: d?.katalogId,
        status: m.status,
        beginn: d?.beginn,
        ende: d?.ende,
        zielgruppe: d?.zielgruppe,
        mittelEuro: d?.mittelEuro,
        mittelHerkunft: d?.mittelHerkunft,
        bemerkung: m.bemerkung,
      });
    }),
    ...section.neueMassnahmen.map((m) =>
      defined({
        id: m.id,
        titel: m.titel,
        katalogId: m.katalogId,
        status: m.status,
        beginn: m.beginn,
        ende: m.ende,
        zielgruppe: m.zielgruppe,
        mittelEuro: m.mittelEuro,
        mittelHerkunft: m.mittelHerkunft,
      }),
    ),
  ];
  return perHandlungsfeld((hf) => entries(answers.abschnitte[hf]), {
    jobcenter: jobcenterFacts(jobcenter),
    year: submission.questionnaireYear,
    source: {
      kind: 'selbstbewertung',
      campaignId: submission.campaignId,
      fragebogen: submission.fragebogen,
      version: submission.version,
      receiptNumber: submission.receiptNumber,
    },
    recordedAt: submission.submittedAt,
  });
};
