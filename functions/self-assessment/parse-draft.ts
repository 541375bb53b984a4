import * as z from 'zod';
import { HandlungsfeldId } from '../questionnaire/handlungsfelder';
import { type FieldError, ValidationError } from '../shared/errors';
import { toFieldErrors } from '../shared/validation';
import { draftSchema, type SelfAssessmentDraft } from './questionnaire/answers';
import type { Basis } from './questionnaire/basis';
import { basisErrors } from './questionnaire/check';
import type { Questionnaire } from './questionnaire/definition';
import { QuestionnaireVersion, questionnaire } from './questionnaire/versions';

const Envelope = z
  .object({ fragebogen: QuestionnaireVersion }, { error: 'Bitte den Fragebogen angeben.' })
  .loose();

/**
 * Untrusted self-assessment answers (autosave or a stored draft) for the campaign's questionnaire:
 * a questionnaire version that exists and is this campaign's, only its questions, bounded values,
 * only the Jobcenter's own measures, confirmations only where last year has a value. Throws a
 * ValidationError naming the fields; nothing is stored then.
 */
export const parseSelfAssessmentDraft = (
  campaignVersion: string,
  input: unknown,
  basis: Basis,
): { questionnaire: Questionnaire; draft: SelfAssessmentDraft } => {
  const envelope = Envelope.safeParse(input);
  if (!envelope.success) throw new ValidationError(toFieldErrors(envelope.error));
  const q = questionnaire(campaignVersion);
  const parsed = draftSchema(q).safeParse(input);
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error));
  const draft = parsed.data as SelfAssessmentDraft;
  const seen = new Set<string>();
  const errors: FieldError[] = HandlungsfeldId.options.flatMap((hf) => {
    const section = draft.abschnitte?.[hf];
    return section ? basisErrors(q, hf, section, basis, seen) : [];
  });
  if (errors.length) throw new ValidationError(errors);
  return { questionnaire: q, draft };
};
