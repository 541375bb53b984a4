import * as z from 'zod';
import { CampaignKind } from '../../../functions/campaigns/campaign';
import { Feedback } from '../../../functions/evaluation/feedback';
import type { makeGetResponse } from '../../../functions/review/use-cases/review-response';
import { SelfAssessmentAnswers } from '../../../functions/self-assessment/questionnaire/answers';
import { ResponseDetail } from './schemas';

/**
 * The MAGS response page as the API sends it for either campaign kind: the accession fields of
 * `ResponseDetail`, plus the campaign's kind and questionnaire and, for a self-assessment, the
 * Jobcenter's submitted self-assessment of an earlier year (to show the change).
 */
export const PreviousAssessment = z.object({
  campaignId: z.string(),
  year: z.number().int(),
  fragebogen: z.string(),
  version: z.number().int(),
  submittedAt: z.string().min(1),
  receiptNumber: z.string(),
  answers: SelfAssessmentAnswers,
});
export type PreviousAssessment = z.infer<typeof PreviousAssessment>;

export const StaffResponseDetail = ResponseDetail.extend({
  campaign: ResponseDetail.shape.campaign.extend({
    kind: CampaignKind.default('beitritt'),
    fragebogen: z.string().optional(),
  }),
  previousYear: PreviousAssessment.nullable().default(null),
  /** MAGS's feedback (Rückmeldung) on the submitted versions of a self-assessment. */
  rueckmeldungen: z.array(Feedback).default([]),
});
export type StaffResponseDetail = z.infer<typeof StaffResponseDetail>;

// Compile-time check: what the use case returns must fit the schema above.
type Fits<Actual extends Expected, Expected> = [Actual, Expected];
export type SelfAssessmentSchemaChecks = [
  Fits<Awaited<ReturnType<ReturnType<typeof makeGetResponse>>>, z.input<typeof StaffResponseDetail>>,
];
