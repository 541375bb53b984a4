import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { campaignSender } from '../../campaigns/campaign';
import type { MailTemplates } from '../../campaigns/mail-templates';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type {
  CampaignStore,
  Clock,
  EvaluationStore,
  Mailer,
  RegistryStore,
  SubmissionStore,
} from '../../shared/ports';
import type { Feedback, FeedbackBody } from '../feedback';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<SubmissionStore, 'listSubmissions'> &
    Pick<EvaluationStore, 'putFeedback' | 'markFeedbackMailed'>;
  mailer: Mailer;
  templates: Pick<MailTemplates, 'renderFeedback'>;
  clock: Clock;
};

/**
 * MAGS's written feedback on a submitted self-assessment version: stored with that version (and
 * audited), then e-mailed to the Jobcenter's main contact with the deputy in copy. Once the mail is
 * out, a second feedback on the same version is refused; if the mail failed, sending again retries.
 */
export const makeSendFeedback =
  ({ store, mailer, templates, clock }: Deps) =>
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
    await store.putFeedback(feedback, {
      id: randomUUID(),
      at,
      actor: auditActor(actor),
      action: 'self-assessment.feedback',
      subject: `JOBCENTER#${jobcenterId}`,
      detail: { campaignId, version: body.version },
    });
    const mail = await templates.renderFeedback({
      jobcenterName: jobcenter.name,
      campaignTitle: campaign.title,
      version: body.version,
      receiptNumber: submission.receiptNumber,
      text: body.text,
    });
    await mailer.send({
      from: campaignSender(campaign),
      to: [jobcenter.mainContact.email],
      cc: [jobcenter.deputyContact.email].filter((a) => a !== jobcenter.mainContact.email),
      replyTo: [campaign.replyTo],
      ...mail,
      tags: { campaign: campaign.id, jobcenter: jobcenter.id, kind: 'feedback' },
    });
    await store.markFeedbackMailed(feedback, clock.now().toISOString());
    return { ...feedback, mailedAt: clock.now().toISOString() };
  };
