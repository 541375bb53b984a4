import type { Campaign } from '../../campaigns/campaign';
import { campaignMail } from '../../campaigns/campaign';
import { type Invitation, transitions } from '../../campaigns/invitation';
import type { MailTemplates, RenderedMail } from '../../campaigns/mail-templates';
import { mailQuota } from '../../outbox/mail-policy';
import { mailJob, newOutboxMail, type OutboxMail, renderedContent } from '../../outbox/outbox-mail';
import type { Jobcenter } from '../../registry/jobcenter';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import type {
  CampaignStore,
  Queue,
  RegistryStore,
  ReportReadModel,
  SubmissionStore,
} from '../../shared/ports';
import { WEB_PATHS, webUrl } from '../../shared/web-paths';
import { contentHash, receiptNumber } from '../receipt';
import type { Draft, Session, Submission } from '../records';

/** The steps every form's submit shares; what differs per campaign kind is validation and mail. */
export type SubmitStore = Pick<SubmissionStore, 'getDraft' | 'listSubmissions' | 'addSubmission'> &
  Pick<CampaignStore, 'getCampaign' | 'getInvitation'> &
  Pick<RegistryStore, 'getJobcenter'>;

export type SubmitContext = {
  session: Session;
  draft: Draft;
  campaign: Campaign;
  jobcenter: Jobcenter;
  invitation: Invitation;
  previous: Submission[];
};

/** Loads what a submit needs and checks the person submits the draft they last saw. */
export const loadForSubmit = async (
  store: SubmitStore,
  session: Session,
  draftVersion: number,
): Promise<SubmitContext> => {
  const [draft, campaign, jobcenter, invitation, previous] = await Promise.all([
    store.getDraft(session.campaignId, session.jobcenterId),
    store.getCampaign(session.campaignId),
    store.getJobcenter(session.jobcenterId),
    store.getInvitation(session.campaignId, session.jobcenterId),
    store.listSubmissions(session.campaignId, session.jobcenterId),
  ]);
  if (!campaign || !jobcenter || !invitation) throw new NotFoundError('Formular nicht gefunden.');
  if (!draft)
    throw new ValidationError([
      { field: '(Formular)', message: 'Es gibt noch keine gespeicherten Angaben.' },
    ]);
  if (draft.version !== draftVersion)
    throw new ConflictError('Das Formular wurde inzwischen geändert. Bitte prüfen Sie die Angaben erneut.', {
      current: { answers: draft.answers, version: draft.version, updatedAt: draft.updatedAt },
    });
  if (invitation.progress === 'confirmed') throw new ConflictError('Der Beitritt ist bereits bestätigt.');
  return { session, draft, campaign, jobcenter, invitation, previous };
};

/** What the submit step needs besides the store: the queue for the receipt and notice, the mail settings. */
export type SubmitMailDeps = {
  queue: Queue;
  templates: Pick<MailTemplates, 'renderMagsNotification'>;
  appBaseUrl: string;
  mailFrom: string;
  now: Date;
};

/**
 * Stores the validated answers as the next immutable version, together with the invitation's
 * progress, the receipt to the Jobcenter and the notice to MAGS (outbox) and the day's receipt
 * counter, in one transaction; then queues the two mails. Two submits of the same draft: one wins,
 * the other gets a conflict. Receipt copies go only to addresses of the Jobcenter.
 */
export const storeSubmission = async (
  store: SubmitStore,
  deps: SubmitMailDeps,
  ctx: SubmitContext,
  fragebogen: string,
  answers: unknown,
  /** The receipt for this version, rendered, and who gets a copy besides the main contact. */
  receiptOf: (submission: Submission) => Promise<{ receipt: RenderedMail; cc: readonly string[] }>,
  /** The report read model this version makes (written in the same transaction). */
  readModel: (submission: Submission) => ReportReadModel | undefined = () => undefined,
): Promise<Submission> => {
  const submittedAt = deps.now.toISOString();
  const version = (ctx.previous.at(-1)?.version ?? 0) + 1;
  const content = {
    campaignId: ctx.campaign.id,
    jobcenterId: ctx.jobcenter.id,
    version,
    fragebogen,
    answers: answers as Record<string, unknown>,
  };
  const submission: Submission = {
    ...content,
    submittedAt,
    receiptNumber: receiptNumber(ctx.campaign.kind, submittedAt, ctx.jobcenter.id, version, fragebogen),
    contentHash: contentHash(content),
  };
  const { receipt, cc } = await receiptOf(submission);
  const mails = await receiptAndNotice(deps, ctx, submission, receipt, cc);
  await store.addSubmission(
    submission,
    transitions.submit(submittedAt, version),
    readModel(submission),
    {
      outbox: mails,
      quota: mailQuota('receipt', ctx.campaign.id, ctx.jobcenter.id, deps.now),
    },
    ctx.invitation,
  );
  await deps.queue.enqueue(mails.map(mailJob));
  return submission;
};

/**
 * The receipt to the Jobcenter's main contact (copies to `cc`, each an address of the Jobcenter)
 * and the notice to MAGS, as outbox mails keyed by the version: rendered now, sent by the worker.
 */
const receiptAndNotice = async (
  deps: Pick<SubmitMailDeps, 'templates' | 'appBaseUrl' | 'mailFrom'>,
  ctx: SubmitContext,
  submission: Submission,
  receipt: RenderedMail,
  cc: readonly string[],
): Promise<OutboxMail[]> => {
  const { campaign, jobcenter } = ctx;
  const notification = await deps.templates.renderMagsNotification({
    kind: campaign.kind,
    jobcenterName: jobcenter.name,
    campaignTitle: campaign.title,
    version: submission.version,
    submittedAt: submission.submittedAt,
    reviewUrl: webUrl(deps.appBaseUrl, WEB_PATHS.campaignResponse(campaign.id, jobcenter.id)),
  });
  const main = jobcenter.mainContact.email;
  const tags = { campaign: campaign.id, jobcenter: jobcenter.id };
  const version = String(submission.version).padStart(4, '0');
  const base = { campaignId: campaign.id, jobcenterId: jobcenter.id, createdAt: submission.submittedAt };
  return [
    newOutboxMail({
      ...campaignMail(campaign, jobcenter.id, 'receipt', submission.submittedAt),
      id: `receipt#${jobcenter.id}#${version}`,
      to: [main],
      cc: [...new Set(cc)].filter((a) => a !== main),
      content: renderedContent(receipt),
    }),
    newOutboxMail({
      ...base,
      id: `notice#${jobcenter.id}#${version}`,
      kind: 'notification',
      from: deps.mailFrom,
      to: [campaign.replyTo],
      tags: { ...tags, kind: 'notification' },
      content: renderedContent(notification),
    }),
  ];
};

export const receiptOf = (s: Submission) => ({
  version: s.version,
  receiptNumber: s.receiptNumber,
  contentHash: s.contentHash,
  submittedAt: s.submittedAt,
});
