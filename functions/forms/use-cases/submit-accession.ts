import type { MailTemplates } from '../../campaigns/mail-templates';
import {
  ACCESSION_FORM_VERSION,
  AccessionAnswers,
  accessionContextErrors,
} from '../../questionnaire/accession-form';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import { logger } from '../../shared/logger';
import type { CampaignStore, Clock, Mailer, RegistryStore, SubmissionStore } from '../../shared/ports';
import { toFieldErrors } from '../../shared/validation';
import { contentHash, receiptNumber } from '../receipt';
import type { Session, Submission } from '../records';

type Deps = {
  store: Pick<SubmissionStore, 'getDraft' | 'listSubmissions' | 'addSubmission'> &
    Pick<CampaignStore, 'getCampaign' | 'getInvitation'> &
    Pick<RegistryStore, 'getJobcenter'>;
  mailer: Mailer;
  templates: Pick<MailTemplates, 'renderSubmissionConfirmation' | 'renderMagsNotification'>;
  clock: Clock;
  appBaseUrl: string;
  mailFrom: string;
};

/**
 * Submits the saved draft as a new immutable version: validated with the same schema the browser
 * uses plus the checks that need the Jobcenter (one consent per Träger) and today's date. The
 * version is written together with the invitation's progress in one transaction; then the
 * Jobcenter gets its receipt and MAGS a notification.
 */
export const makeSubmitAccession =
  ({ store, mailer, templates, clock, appBaseUrl, mailFrom }: Deps) =>
  async (session: Session, draftVersion: number) => {
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
      throw new ConflictError(
        'Das Formular wurde inzwischen geändert. Bitte prüfen Sie die Angaben erneut.',
        {
          current: { answers: draft.answers, version: draft.version, updatedAt: draft.updatedAt },
        },
      );
    if (invitation.progress === 'confirmed') throw new ConflictError('Der Beitritt ist bereits bestätigt.');

    const parsed = AccessionAnswers.safeParse(draft.answers);
    if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error));
    const now = clock.now();
    const contextErrors = accessionContextErrors(parsed.data, {
      traeger: jobcenter.traeger,
      today: now.toISOString().slice(0, 10),
    });
    if (contextErrors.length) throw new ValidationError(contextErrors);

    const version = (previous.at(-1)?.version ?? 0) + 1;
    const submittedAt = now.toISOString();
    const content = {
      campaignId: campaign.id,
      jobcenterId: jobcenter.id,
      version,
      formVersion: ACCESSION_FORM_VERSION,
      answers: parsed.data,
    };
    const submission: Submission = {
      ...content,
      submittedAt,
      receiptNumber: receiptNumber(campaign.kind, submittedAt, jobcenter.id, version),
      contentHash: contentHash(content),
    };
    await store.addSubmission(submission, {
      when: { progressIn: ['none', 'opened', 'draft', 'submitted', 'returned'] },
      set: { progress: 'submitted', submittedAt, submittedVersion: version },
    });

    const receipt = await templates.renderSubmissionConfirmation({
      jobcenterName: jobcenter.name,
      campaignTitle: campaign.title,
      answers: parsed.data,
      receiptNumber: submission.receiptNumber,
      contentHash: submission.contentHash,
      submittedAt,
      version,
      printUrl: `${appBaseUrl.replace(/\/$/, '')}/formular/erklaerung`,
    });
    const notification = await templates.renderMagsNotification({
      jobcenterName: jobcenter.name,
      campaignTitle: campaign.title,
      version,
      submittedAt,
      reviewUrl: `${appBaseUrl.replace(/\/$/, '')}/verwaltung/kampagnen/${campaign.id}/jobcenter/${jobcenter.id}`,
    });
    const tags = { campaign: campaign.id, jobcenter: jobcenter.id };
    // The submission is stored; a failed e-mail must not turn it into an error for the Jobcenter.
    await Promise.allSettled([
      mailer.send({
        from: `${campaign.senderName} <${campaign.senderEmail}>`,
        to: [jobcenter.mainContact.email],
        cc: [...new Set([parsed.data.inklusionsKontakt.email, jobcenter.deputyContact.email])].filter(
          (a) => a !== jobcenter.mainContact.email,
        ),
        replyTo: [campaign.replyTo],
        ...receipt,
        tags: { ...tags, kind: 'receipt' },
      }),
      mailer.send({
        from: mailFrom,
        to: [campaign.replyTo],
        ...notification,
        tags: { ...tags, kind: 'notification' },
      }),
    ]).then((results) => {
      for (const r of results)
        if (r.status === 'rejected')
          logger.error('confirmation mail failed', { campaignId: campaign.id, error: r.reason });
    });

    return {
      version,
      receiptNumber: submission.receiptNumber,
      contentHash: submission.contentHash,
      submittedAt,
    };
  };
