import type { MailTemplates } from '../../campaigns/mail-templates';
import { requireJobcenterAddress } from '../../outbox/mail-policy';
import {
  ACCESSION_FORM_VERSION,
  AccessionAnswers,
  accessionContextErrors,
} from '../../questionnaire/accession-form';
import { berlinDate } from '../../shared/berlin-day';
import { ValidationError } from '../../shared/errors';
import type { Clock, Queue } from '../../shared/ports';
import { toFieldErrors } from '../../shared/validation';
import { receiptOf, type SubmitContext, type SubmitStore, storeSubmission } from './submission-steps';

type Deps = {
  store: SubmitStore;
  queue: Queue;
  templates: Pick<MailTemplates, 'renderSubmissionConfirmation' | 'renderMagsNotification'>;
  clock: Clock;
  appBaseUrl: string;
  mailFrom: string;
};

/**
 * Submits the saved Beitrittserklärung as a new immutable version: validated with the same schema
 * the browser uses plus the checks that need the Jobcenter (one consent per Träger, the contact
 * for inclusion an address of the Jobcenter) and today's date. With it the Jobcenter's receipt and
 * the MAGS notification go into the outbox.
 */
export const makeSubmitAccession =
  ({ store, queue, templates, clock, appBaseUrl, mailFrom }: Deps) =>
  async (ctx: SubmitContext) => {
    const { campaign, jobcenter } = ctx;
    const parsed = AccessionAnswers.safeParse(ctx.draft.answers);
    if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error));
    const now = clock.now();
    const contextErrors = accessionContextErrors(parsed.data, {
      traeger: jobcenter.traeger,
      today: berlinDate(now),
    });
    if (contextErrors.length) throw new ValidationError(contextErrors);
    // The receipt goes in copy to this address: only one of the Jobcenter's.
    requireJobcenterAddress(jobcenter, parsed.data.inklusionsKontakt.email, 'inklusionsKontakt.email');

    const submission = await storeSubmission(
      store,
      { queue, templates, appBaseUrl, mailFrom, now },
      ctx,
      ACCESSION_FORM_VERSION,
      parsed.data,
      async (s) => ({
        receipt: await templates.renderSubmissionConfirmation({
          jobcenterName: jobcenter.name,
          campaignTitle: campaign.title,
          answers: parsed.data,
          receiptNumber: s.receiptNumber,
          contentHash: s.contentHash,
          submittedAt: s.submittedAt,
          version: s.version,
        }),
        cc: [parsed.data.inklusionsKontakt.email, jobcenter.deputyContact.email],
      }),
    );
    return receiptOf(submission);
  };
