import type { MailTemplates } from '../../campaigns/mail-templates';
import {
  ACCESSION_FORM_VERSION,
  AccessionAnswers,
  accessionContextErrors,
} from '../../questionnaire/accession-form';
import { ValidationError } from '../../shared/errors';
import type { Clock, Mailer } from '../../shared/ports';
import { toFieldErrors } from '../../shared/validation';
import {
  receiptOf,
  type SubmitContext,
  type SubmitStore,
  sendReceiptAndNotice,
  storeSubmission,
} from './submission-steps';

type Deps = {
  store: SubmitStore;
  mailer: Mailer;
  templates: Pick<MailTemplates, 'renderSubmissionConfirmation' | 'renderMagsNotification'>;
  clock: Clock;
  appBaseUrl: string;
  mailFrom: string;
};

/**
 * Submits the saved Beitrittserklärung as a new immutable version: validated with the same schema
 * the browser uses plus the checks that need the Jobcenter (one consent per Träger) and today's
 * date. Then the Jobcenter gets its receipt and MAGS a notification.
 */
export const makeSubmitAccession =
  ({ store, mailer, templates, clock, appBaseUrl, mailFrom }: Deps) =>
  async (ctx: SubmitContext) => {
    const { campaign, jobcenter } = ctx;
    const parsed = AccessionAnswers.safeParse(ctx.draft.answers);
    if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error));
    const now = clock.now();
    const contextErrors = accessionContextErrors(parsed.data, {
      traeger: jobcenter.traeger,
      today: now.toISOString().slice(0, 10),
    });
    if (contextErrors.length) throw new ValidationError(contextErrors);

    const submission = await storeSubmission(
      store,
      ctx,
      ACCESSION_FORM_VERSION,
      parsed.data,
      now.toISOString(),
    );
    const receipt = await templates.renderSubmissionConfirmation({
      jobcenterName: jobcenter.name,
      campaignTitle: campaign.title,
      answers: parsed.data,
      receiptNumber: submission.receiptNumber,
      contentHash: submission.contentHash,
      submittedAt: submission.submittedAt,
      version: submission.version,
    });
    await sendReceiptAndNotice({ mailer, templates, appBaseUrl, mailFrom }, ctx, submission, receipt, [
      parsed.data.inklusionsKontakt.email,
      jobcenter.deputyContact.email,
    ]);
    return receiptOf(submission);
  };
