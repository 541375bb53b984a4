import type { Campaign } from '../../campaigns/campaign';
import { ACCESSION_FORM_VERSION, AccessionDraft } from '../../questionnaire/accession-form';
import { parseSelfAssessmentDraft } from '../../self-assessment/parse-draft';
import { basisFrom } from '../../self-assessment/use-cases/load-basis';
import { parseWith } from '../../shared/validation';
import type { FormRecords } from '../form-records';

/** The form version a campaign's drafts and submissions record. */
export const fragebogenOf = (campaign: Pick<Campaign, 'kind' | 'fragebogen'>): string =>
  campaign.kind === 'selbstbewertung' && campaign.fragebogen ? campaign.fragebogen : ACCESSION_FORM_VERSION;

/** Validates autosaved answers with the schema of the campaign's form (field errors in German). */
export const parseDraft = (
  records: Pick<FormRecords, 'campaign' | 'accession' | 'history'>,
  answers: unknown,
): Record<string, unknown> => {
  const { campaign } = records;
  return campaign.kind === 'selbstbewertung'
    ? parseSelfAssessmentDraft(
        fragebogenOf(campaign),
        answers,
        basisFrom(records.accession, records.history, campaign),
      ).draft
    : parseWith(AccessionDraft, answers);
};
