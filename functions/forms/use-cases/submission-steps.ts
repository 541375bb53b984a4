import type { Campaign } from '../../campaigns/campaign';
import { campaignSender } from '../../campaigns/campaign';
import { type Invitation, transitions } from '../../campaigns/invitation';
import type { MailTemplates, RenderedMail } from '../../campaigns/mail-templates';
import type { Jobcenter } from '../../registry/jobcenter';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import { logger } from '../../shared/logger';
import type {
  CampaignStore,
  Mailer,
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

/**
 * Stores the validated answers as the next immutable version, together with the invitation's
 * progress, in one transaction. Two submits of the same draft: one wins, the other gets a conflict.
 */
export const storeSubmission = async (
  store: SubmitStore,
  ctx: SubmitContext,
  formVersion: string,
  answers: unknown,
  submittedAt: string,
  /** The report read model this version makes (written in the same transaction). */
  readModel: (submission: Submission) => ReportReadModel | undefined = () => undefined,
): Promise<Submission> => {
  const version = (ctx.previous.at(-1)?.version ?? 0) + 1;
  const content = {
    campaignId: ctx.campaign.id,
    jobcenterId: ctx.jobcenter.id,
    version,
    formVersion,
    answers: answers as Record<string, unknown>,
  };
  const submission: Submission = {
    ...content,
    submittedAt,
    receiptNumber: receiptNumber(ctx.campaign.kind, submittedAt, ctx.jobcenter.id, version, formVersion),
    contentHash: contentHash(content),
  };
  await store.addSubmission(submission, transitions.submit(submittedAt, version), readModel(submission));
  return submission;
};

/**
 * After a submit: the receipt to the Jobcenter's main contact (copies to `cc`) and the notice to
 * MAGS. The submission is stored; a failed e-mail must not turn it into an error for the Jobcenter.
 */
export const sendReceiptAndNotice = async (
  deps: {
    mailer: Mailer;
    templates: Pick<MailTemplates, 'renderMagsNotification'>;
    appBaseUrl: string;
    mailFrom: string;
  },
  ctx: SubmitContext,
  submission: Submission,
  receipt: RenderedMail,
  cc: readonly string[],
) => {
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
  const results = await Promise.allSettled([
    deps.mailer.send({
      from: campaignSender(campaign),
      to: [main],
      cc: [...new Set(cc)].filter((a) => a !== main),
      replyTo: [campaign.replyTo],
      ...receipt,
      tags: { ...tags, kind: 'receipt' },
    }),
    deps.mailer.send({
      from: deps.mailFrom,
      to: [campaign.replyTo],
      ...notification,
      tags: { ...tags, kind: 'notification' },
    }),
  ]);
  for (const r of results)
    if (r.status === 'rejected')
      logger.error('confirmation mail failed', { campaignId: campaign.id, error: r.reason });
};

export const receiptOf = (s: Submission) => ({
  version: s.version,
  receiptNumber: s.receiptNumber,
  contentHash: s.contentHash,
  submittedAt: s.submittedAt,
});
