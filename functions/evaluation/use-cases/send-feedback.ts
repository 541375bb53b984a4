import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { campaignMail } from '../../campaigns/campaign';
import type { MailTemplates } from '../../campaigns/mail-templates';
import { mailJob, newOutboxMail, renderedContent } from '../../outbox/outbox-mail';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type {
  CampaignStore,
  Clock,
  EvaluationStore,
  Queue,
  RegistryStore,
  SubmissionStore,
} from '../../shared/ports';
import type { Feedback, FeedbackBody } from '../feedback';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<SubmissionStore, 'listSubmissions'> &
    Pick<EvaluationStore, 'putFeedback'>;
  queue: Queue;
  templates: Pick<MailTemplates, 'renderFeedback'>;
  clock: Clock;
};

/**
 * MAGS's written feedback on a submitted self-assessment version: stored with that version (and
 * audited), with its e-mail to the Jobcenter's main contact (deputy in copy) in the outbox; the
 * sender records when it was mailed. One feedback per version: a second one is refused.
 */
export const makeSendFeedback =
  ({ store, queue, templates, clock }: Deps) =>
  async (
    campaignId: string,
    jobcenterId: string,
    body: FeedbackBody,
    actor: Principal,
  ): Promise<Feedback> => {
    const [campaign, jobcenter, submissions] = await Promise.all([
      store.getCampaign(campaignId),
      store.getJobcenter(jobcenterId),
      store.listSubmissions(campaignId, jobcenterId),
    ]);
    if (!campaign || !jobcenter) throw new NotFoundError('Diese Rückmeldung gibt es nicht.');
    if (campaign.kind !== 'selbstbewertung')
      throw new ConflictError('Eine Rückmeldung gibt es nur zu einer Selbstbewertung.');
    const submission = submissions.find((s) => s.version === body.version);
    if (!submission) throw new ConflictError(`Die Fassung ${body.version} wurde nicht abgegeben.`);
    const at = clock.now().toISOString();
    const feedback: Feedback = {
      jobcenterId,
      campaignId,
      version: body.version,
      text: body.text,
      writtenAt: at,
      writtenBy: actor.email ?? actor.sub,
    };
    const rendered = await templates.renderFeedback({
      jobcenterName: jobcenter.name,
      campaignTitle: campaign.title,
      version: body.version,
      receiptNumber: submission.receiptNumber,
      text: body.text,
    });
    const mail = newOutboxMail({
      ...campaignMail(campaign, jobcenterId, 'feedback', at),
      id: `feedback#${jobcenterId}#${String(body.version).padStart(4, '0')}`,
      to: [jobcenter.mainContact.email],
      cc: [jobcenter.deputyContact.email].filter((a) => a !== jobcenter.mainContact.email),
      content: renderedContent(rendered),
      effect: { type: 'feedbackMailed', version: body.version },
    });
    // Feedback, audit event and e-mail (outbox, one per version): one transaction.
    await store.putFeedback(
      feedback,
      {
        id: randomUUID(),
        at,
        actor: auditActor(actor),
        action: 'self-assessment.feedback',
        subject: `JOBCENTER#${jobcenterId}`,
        detail: { campaignId, version: body.version },
      },
      { outbox: [mail] },
    );
    await queue.enqueue([mailJob(mail)]);
    return feedback;
  };
