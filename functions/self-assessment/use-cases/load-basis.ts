import type { Campaign } from '../../campaigns/campaign';
import { AccessionAnswers } from '../../questionnaire/accession-form';
import { SelfAssessmentAnswers } from '../../questionnaire/self-assessment/answers';
import {
  type Basis,
  buildBasis,
  type DeclaredMeasure,
  type PreviousAssessment,
} from '../../questionnaire/self-assessment/basis';
import { questionnaireYear } from '../../questionnaire/self-assessment/versions';
import type { AccessionStore, CampaignStore, SubmissionStore } from '../../shared/ports';

export type BasisStore = Pick<AccessionStore, 'getAccession'> &
  Pick<CampaignStore, 'getCampaign' | 'listInvitationsOfJobcenter'> &
  Pick<SubmissionStore, 'listSubmissions'>;

/**
 * Reads what a Jobcenter's self-assessment in `campaign` starts from: the confirmed accession
 * declaration and the latest submitted self-assessment of every earlier year (any campaign). Key
 * lookups and one query per earlier year, no scans.
 */
export const makeLoadBasis =
  ({ store }: { store: BasisStore }) =>
  async (jobcenterId: string, campaign: Pick<Campaign, 'id' | 'fragebogen'>): Promise<Basis> => {
    const [accession, earlier] = await Promise.all([
      loadAccession(store, jobcenterId),
      loadEarlierAssessments(store, jobcenterId, campaign),
    ]);
    return buildBasis({ ...(accession ? { accession } : {}), earlier });
  };

/**
 * The measures the Jobcenter declared when it acceded: from the confirmed online declaration, or
 * as MAGS recorded them from a paper declaration (an import of old records has none).
 */
const loadAccession = async (
  store: BasisStore,
  jobcenterId: string,
): Promise<{ massnahmen: DeclaredMeasure[] } | undefined> => {
  const record = await store.getAccession(jobcenterId);
  if (!record) return undefined;
  if (record.source !== 'online' || !record.campaignId) return { massnahmen: record.massnahmen ?? [] };
  const submissions = await store.listSubmissions(record.campaignId, jobcenterId);
  const confirmed = submissions.find((s) => s.version === record.submissionVersion);
  return confirmed ? AccessionAnswers.parse(confirmed.answers) : undefined;
};

/** Every earlier year's latest submitted self-assessment, oldest first (one per year). */
const loadEarlierAssessments = async (
  store: BasisStore,
  jobcenterId: string,
  campaign: Pick<Campaign, 'id' | 'fragebogen'>,
): Promise<PreviousAssessment[]> => {
  if (!campaign.fragebogen) return [];
  const year = questionnaireYear(campaign.fragebogen);
  const answered = (await store.listInvitationsOfJobcenter(jobcenterId)).filter(
    (i) => i.campaignId !== campaign.id && i.submittedVersion !== undefined,
  );
  const campaigns = (await Promise.all(answered.map((i) => store.getCampaign(i.campaignId))))
    .filter((c): c is Campaign & { fragebogen: string } => c?.kind === 'selbstbewertung' && !!c.fragebogen)
    .filter((c) => questionnaireYear(c.fragebogen) < year);
  const assessments = await Promise.all(
    campaigns.map(async (c): Promise<PreviousAssessment | undefined> => {
      const latest = (await store.listSubmissions(c.id, jobcenterId)).at(-1);
      return (
        latest && {
          campaignId: c.id,
          year: questionnaireYear(c.fragebogen),
          questionnaireVersion: latest.formVersion,
          version: latest.version,
          submittedAt: latest.submittedAt,
          receiptNumber: latest.receiptNumber,
          answers: SelfAssessmentAnswers.parse(latest.answers),
        }
      );
    }),
  );
  // One per year (the latest submitted, if a year was asked twice), oldest year first.
  const byYear = new Map<number, PreviousAssessment>();
  for (const a of assessments)
    if (a && (byYear.get(a.year)?.submittedAt ?? '') < a.submittedAt) byYear.set(a.year, a);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
};
