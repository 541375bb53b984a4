import { prefillDraft } from '../../self-assessment/questionnaire/basis';
import { questionnaire } from '../../self-assessment/questionnaire/versions';
import { basisFrom } from '../../self-assessment/use-cases/load-basis';
import type { FormRecords } from '../form-records';
import { fragebogenOf } from './parse-draft';

/**
 * Everything the form page needs for this session's Jobcenter and nothing about any other: the
 * Jobcenter (read-only), the campaign, the draft with its version, the submitted versions. Pure:
 * the records were read by the session middleware (functions/forms/form-records.ts).
 */
export const formView = (records: FormRecords) => {
  const { campaign, jobcenter, invitation, draft, submissions } = records;
  const latest = submissions.at(-1);
  // A self-assessment starts from the accession and last year: carried measures, last answers.
  const selfAssessment = campaign.kind === 'selbstbewertung';
  const basis = selfAssessment ? basisFrom(records.accession, records.history, campaign) : undefined;
  const feedback = selfAssessment ? records.feedback : [];
  return {
    fragebogen: fragebogenOf(campaign),
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
      ? { basis, prefill: prefillDraft(questionnaire(fragebogenOf(campaign)), basis) }
      : null,
    /** MAGS's feedback on submitted versions (shown on the Jobcenter's report). */
    rueckmeldungen: feedback
      .filter((f) => f.mailedAt)
      .map((f) => ({ version: f.version, text: f.text, writtenAt: f.writtenAt })),
  };
};
