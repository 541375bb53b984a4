import type { MailTemplates } from '../../campaigns/mail-templates';
import { assessmentReadModel } from '../../evaluation/assessment-result';
import { measureSetsOfSelfAssessment } from '../../evaluation/measure-set';
import {
  receiptOf,
  type SubmitContext,
  type SubmitStore,
  storeSubmission,
} from '../../forms/use-cases/submission-steps';
import { ConflictError, ValidationError } from '../../shared/errors';
import type { Clock, Queue } from '../../shared/ports';
import { parseSelfAssessmentDraft } from '../parse-draft';
import { checkAssessment } from '../questionnaire/check';
import type { BasisStore } from './load-basis';
import { makeLoadBasis } from './load-basis';

type Deps = {
  store: SubmitStore & BasisStore;
  queue: Queue;
  templates: Pick<MailTemplates, 'renderSelfAssessmentConfirmation' | 'renderMagsNotification'>;
  clock: Clock;
  appBaseUrl: string;
  mailFrom: string;
};

/**
 * Submits the whole self-assessment as a new immutable version: every Handlungsfeld complete and
 * marked as done, measures only the Jobcenter's own, "unchanged" answers set to last year's
 * value. The version records the questionnaire it answered. Receipt to the Jobcenter (with the
 * change against last year) and notice to MAGS go into the outbox with it. A later version may follow while the campaign runs.
 */
export const makeSubmitSelfAssessment = ({ store, queue, templates, clock, appBaseUrl, mailFrom }: Deps) => {
  const loadBasis = makeLoadBasis({ store });
  return async (ctx: SubmitContext) => {
    const { campaign, jobcenter } = ctx;
    if (!campaign.fragebogen) throw new ConflictError('Diese Befragung hat keinen Fragebogen.');
    const basis = await loadBasis(jobcenter.id, campaign);
    const { questionnaire, draft } = parseSelfAssessmentDraft(campaign.fragebogen, ctx.draft.answers, basis);
    const { answers, errors } = checkAssessment(questionnaire, draft, basis);
    if (!answers) throw new ValidationError(errors);

    const now = clock.now();
    const submission = await storeSubmission(
      store,
      { queue, templates, appBaseUrl, mailFrom, now },
      ctx,
      questionnaire.version,
      answers,
      async (s) => ({
        receipt: await templates.renderSelfAssessmentConfirmation({
          jobcenterName: jobcenter.name,
          campaignTitle: campaign.title,
          answers,
          ...(basis.previous ? { previous: basis.previous.answers } : {}),
          receiptNumber: s.receiptNumber,
          contentHash: s.contentHash,
          submittedAt: s.submittedAt,
          version: s.version,
        }),
        cc: [jobcenter.deputyContact.email],
      }),
      (s) => {
        const source = {
          ...s,
          questionnaireYear: questionnaire.year,
          fragebogen: questionnaire.version,
        };
        return {
          measureSets: measureSetsOfSelfAssessment(jobcenter, source, answers, basis),
          assessment: assessmentReadModel(jobcenter, { ...source, year: questionnaire.year }, answers),
        };
      },
    );
    return receiptOf(submission);
  };
};
