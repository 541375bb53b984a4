import type { Campaign } from '../../campaigns/campaign';
import { ACCESSION_FORM_VERSION, AccessionDraft } from '../../questionnaire/accession-form';
import { parseSelfAssessmentDraft } from '../../self-assessment/parse-draft';
import { type BasisStore, makeLoadBasis } from '../../self-assessment/use-cases/load-basis';
import { parseWith } from '../../shared/validation';

/** The form version a campaign's drafts and submissions record. */
export const formVersionOf = (campaign: Pick<Campaign, 'kind' | 'fragebogen'>): string =>
  campaign.kind === 'selbstbewertung' && campaign.fragebogen ? campaign.fragebogen : ACCESSION_FORM_VERSION;

/** Validates autosaved answers with the schema of the campaign's form (field errors in German). */
export const makeParseDraft = ({ store }: { store: BasisStore }) => {
  const loadBasis = makeLoadBasis({ store });
  return async (
    campaign: Campaign,
    jobcenterId: string,
    answers: unknown,
  ): Promise<Record<string, unknown>> =>
    campaign.kind === 'selbstbewertung'
      ? parseSelfAssessmentDraft(formVersionOf(campaign), answers, await loadBasis(jobcenterId, campaign))
          .draft
      : parseWith(AccessionDraft, answers);
};
