import { prefillDraft } from '../../questionnaire/self-assessment/basis';
import { questionnaire } from '../../questionnaire/self-assessment/versions';
import { type BasisStore, makeLoadBasis } from '../../self-assessment/use-cases/load-basis';
import { NotFoundError } from '../../shared/errors';
import type { CampaignStore, EvaluationStore, RegistryStore, SubmissionStore } from '../../shared/ports';
import type { Session } from '../records';
import { formVersionOf } from './parse-draft';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign' | 'getInvitation'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<SubmissionStore, 'getDraft' | 'listSubmissions'> &
    Pick<EvaluationStore, 'listFeedback'> &
    BasisStore;
};

/**
 * Everything the form page needs for this session's Jobcenter and nothing about any other: the
 * Jobcenter (read-only), the campaign, the draft with its version, the submitted versions.
 */
export const makeGetForm = ({ store }: Deps) => {
  const loadBasis = makeLoadBasis({ store });
  return async (session: Session) => {
    const [campaign, jobcenter, invitation, draft, submissions] = await Promise.all([
      store.getCampaign(session.campaignId),
      store.getJobcenter(session.jobcenterId),
      store.getInvitation(session.campaignId, session.jobcenterId),
      store.getDraft(session.campaignId, session.jobcenterId),
      store.listSubmissions(session.campaignId, session.jobcenterId),
    ]);
    if (!campaign || !jobcenter || !invitation) throw new NotFoundError('Formular nicht gefunden.');
    const latest = submissions.at(-1);
    // A self-assessment starts from the accession and last year: carried measures, last answers.
    const [basis, feedback] =
      campaign.kind === 'selbstbewertung'
        ? await Promise.all([
            loadBasis(jobcenter.id, campaign),
            store.listFeedback(jobcenter.id, campaign.id),
          ])
        : [undefined, []];
    return {
      formVersion: formVersionOf(campaign),
      campaign: {
        id: campaign.id,
        title: campaign.title,
        kind: campaign.kind,
        deadline: campaign.deadline,
        replyTo: campaign.replyTo,
      },
      jobcenter: {
        id: jobcenter.id,
        name: jobcenter.name,
        type: jobcenter.type,
        traeger: jobcenter.traeger,
      },
      progress: invitation.progress,
      returnComment: invitation.progress === 'returned' ? invitation.returnComment : undefined,
      editable: invitation.progress !== 'confirmed',
      draft: draft ? { answers: draft.answers, version: draft.version, updatedAt: draft.updatedAt } : null,
      submissions: submissions.map((s) => ({
        version: s.version,
        submittedAt: s.submittedAt,
        receiptNumber: s.receiptNumber,
        contentHash: s.contentHash,
      })),
      latestSubmission: latest ? { version: latest.version, answers: latest.answers } : null,
      selfAssessment: basis
        ? { basis, prefill: prefillDraft(questionnaire(formVersionOf(campaign)), basis) }
        : null,
      /** MAGS's feedback on submitted versions (shown on the Jobcenter's report). */
      rueckmeldungen: feedback
        .filter((f) => f.mailedAt)
        .map((f) => ({ version: f.version, text: f.text, writtenAt: f.writtenAt })),
    };
  };
};
