import type { Accession } from '../../accessions/accession';
import type { Campaign } from '../../campaigns/campaign';
import type { Submission } from '../../forms/records';
import { AccessionAnswers } from '../../questionnaire/accession-form';
import type { AccessionStore, FormRecordStore } from '../../shared/ports';
import { SelfAssessmentAnswers } from '../questionnaire/answers';
import {
  type Basis,
  buildBasis,
  type DeclaredMeasure,
  type PreviousAssessment,
} from '../questionnaire/basis';
import { QUESTIONNAIRES } from '../questionnaire/versions';

export type BasisStore = Pick<AccessionStore, 'getAccession'> &
  Pick<FormRecordStore, 'listSubmissionsOfJobcenter'>;

/**
 * What a Jobcenter's self-assessment in `campaign` starts from: the confirmed accession
 * declaration and the latest submitted self-assessment of every earlier year (any campaign).
 * Pure: `history` is the Jobcenter's submissions of the other campaigns (one Query of the
 * `byJobcenter` index), `accession` its accession record.
 */
export const basisFrom = (
  accession: Accession | undefined,
  history: readonly Submission[],
  campaign: Pick<Campaign, 'fragebogen'>,
): Basis => {
  const declared = accessionMeasures(accession, history);
  return buildBasis({
    ...(declared ? { accession: declared } : {}),
    earlier: earlierAssessments(history, campaign),
  });
};

/** The same, read from the store: two parallel reads (accession item, the Jobcenter's submissions). */
export const makeLoadBasis =
  ({ store }: { store: BasisStore }) =>
  async (jobcenterId: string, campaign: Pick<Campaign, 'id' | 'fragebogen'>): Promise<Basis> => {
    const [accession, history] = await Promise.all([
      store.getAccession(jobcenterId),
      store.listSubmissionsOfJobcenter(jobcenterId, campaign.id),
    ]);
    return basisFrom(accession, history, campaign);
  };

/**
 * The measures the Jobcenter declared when it acceded: from the confirmed online declaration, or
 * as MAGS recorded them from a paper declaration (an import of old records has none).
 */
const accessionMeasures = (
  record: Accession | undefined,
  history: readonly Submission[],
): { massnahmen: DeclaredMeasure[] } | undefined => {
  if (!record) return undefined;
  if (record.source !== 'online' || !record.campaignId) return { massnahmen: record.massnahmen ?? [] };
  const confirmed = history.find(
    (s) => s.campaignId === record.campaignId && s.version === record.submissionVersion,
  );
  return confirmed ? AccessionAnswers.parse(confirmed.answers) : undefined;
};

/** Every earlier year's latest submitted self-assessment, oldest year first (one per year). */
const earlierAssessments = (
  history: readonly Submission[],
  campaign: Pick<Campaign, 'fragebogen'>,
): PreviousAssessment[] => {
  const current = campaign.fragebogen ? QUESTIONNAIRES[campaign.fragebogen] : undefined;
  if (!current) return [];
  const byYear = new Map<number, PreviousAssessment>();
  for (const s of history) {
    // Self-assessments are the submissions made with a questionnaire version (sb-<year>).
    const year = Object.hasOwn(QUESTIONNAIRES, s.fragebogen) ? QUESTIONNAIRES[s.fragebogen]?.year : undefined;
    if (year === undefined || year >= current.year) continue;
    // The latest submitted, if a year was asked twice (or answered in several versions).
    if ((byYear.get(year)?.submittedAt ?? '') >= s.submittedAt) continue;
    byYear.set(year, {
      campaignId: s.campaignId,
      year,
      fragebogen: s.fragebogen,
      version: s.version,
      submittedAt: s.submittedAt,
      receiptNumber: s.receiptNumber,
      answers: SelfAssessmentAnswers.parse(s.answers),
    });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
};
