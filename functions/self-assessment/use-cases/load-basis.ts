import type { Campaign } from '../../campaigns/campaign';
import { AccessionAnswers } from '../../questionnaire/accession-form';
import { SelfAssessmentAnswers } from '../../questionnaire/self-assessment/answers';
import { type Basis, buildBasis, type PreviousAssessment } from '../../questionnaire/self-assessment/basis';
import { questionnaireYear } from '../../questionnaire/self-assessment/versions';
import type { AccessionStore, CampaignStore, SubmissionStore } from '../../shared/ports';

export type BasisStore = Pick<AccessionStore, 'getAccession'> &
  Pick<CampaignStore, 'getCampaign' | 'listInvitationsOfJobcenter'> &
  Pick<SubmissionStore, 'listSubmissions'>;

/**
 * Reads what a Jobcenter's self-assessment in `campaign` starts from: the confirmed accession
 * declaration and the latest submitted self-assessment of an earlier year (any campaign). A few
 * key lookups and two queries, no scans.
 */
export const makeLoadBasis =
  ({ store }: { store: BasisStore }) =>
  async (jobcenterId: string, campaign: Pick<Campaign, 'id' | 'fragebogen'>): Promise<Basis> => {
    const [accession, previous] = await Promise.all([
      loadAccession(store, jobcenterId),
      loadPreviousAssessment(store, jobcenterId, campaign),
    ]);
    return buildBasis({
      ...(accession ? { accession } : {}),
      ...(previous ? { previous } : {}),
    });
  };

const loadAccession = async (store: BasisStore, jobcenterId: string) => {
  const record = await store.getAccession(jobcenterId);
  if (!record) return undefined;
  const submissions = await store.listSubmissions(record.campaignId, jobcenterId);
  const confirmed = submissions.find((s) => s.version === record.submissionVersion);
  return confirmed ? AccessionAnswers.parse(confirmed.answers) : undefined;
};

const loadPreviousAssessment = async (
  store: BasisStore,
  jobcenterId: string,
  campaign: Pick<Campaign, 'id' | 'fragebogen'>,
): Promise<PreviousAssessment | undefined> => {
  if (!campaign.fragebogen) return undefined;
  const year = questionnaireYear(campaign.fragebogen);
  const answered = (await store.listInvitationsOfJobcenter(jobcenterId)).filter(
    (i) => i.campaignId !== campaign.id && i.submittedVersion !== undefined,
  );
  const earlier = (await Promise.all(answered.map((i) => store.getCampaign(i.campaignId))))
    .filter((c): c is Campaign => c?.kind === 'selbstbewertung' && !!c.fragebogen)
    .map((c) => ({ campaign: c, year: questionnaireYear(c.fragebogen as string) }))
    .filter((c) => c.year < year)
    .sort(
      (a, b) => b.year - a.year || (b.campaign.launchedAt ?? '').localeCompare(a.campaign.launchedAt ?? ''),
    );
  for (const { campaign: c, year: y } of earlier) {
    const latest = (await store.listSubmissions(c.id, jobcenterId)).at(-1);
    if (!latest) continue;
    return {
      campaignId: c.id,
      year: y,
      questionnaireVersion: latest.formVersion,
      version: latest.version,
      submittedAt: latest.submittedAt,
      receiptNumber: latest.receiptNumber,
      answers: SelfAssessmentAnswers.parse(latest.answers),
    };
  }
  return undefined;
};
