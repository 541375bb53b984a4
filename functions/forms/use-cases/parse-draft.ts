import type { Campaign } from '../../campaigns/campaign';
import { ACCESSION_FORM_VERSION } from '../../questionnaire/accession-fields';
import { parseWith } from '../../shared/validation';
import type { FormRecords } from '../form-records';

/** The form version a campaign's drafts and submissions record. */
export const fragebogenOf = (campaign: Pick<Campaign, 'kind' | 'fragebogen'>): string =>
  campaign.kind === 'selbstbewertung' && campaign.fragebogen ? campaign.fragebogen : ACCESSION_FORM_VERSION;

/**
 * Validates autosaved answers with the schema of the campaign's form (field errors in German).
 * Each form's schemas are loaded with the first draft of that form: a campaign asks one form, so
 * a function saving accession drafts never builds the few hundred zod schemas of the
 * self-assessment (and its basis), nor one saving self-assessments those of the accession draft.
 * Once loaded, a form's schemas stay for the life of the function instance.
 */
export const parseDraft = async (
  records: Pick<FormRecords, 'campaign' | 'accession' | 'history'>,
  answers: unknown,
): Promise<Record<string, unknown>> => {
  const { campaign } = records;
  if (campaign.kind === 'selbstbewertung') {
    const [{ parseSelfAssessmentDraft }, { basisFrom }] = await Promise.all([
      import('../../self-assessment/parse-draft'),
      import('../../self-assessment/use-cases/load-basis'),
    ]);
    return parseSelfAssessmentDraft(
      fragebogenOf(campaign),
      answers,
      basisFrom(records.accession, records.history, campaign),
    ).draft;
  }
  const { AccessionDraft } = await import('../../questionnaire/accession-draft');
  return parseWith(AccessionDraft, answers);
};
