import type { FieldProblem } from '../../api/client';
import type { FormContext, StoredDraft } from '../../api/schemas';
import { describeConflicts as describeAccessionConflicts } from '../accession-conflicts';
import {
  type Answers,
  readStoredAnswers,
  toSavableDraft,
  validateAnswers,
  withTraeger,
} from '../accession-form';
import { type Choices, type ConflictRow, type MergeConflict, mergeAnswers } from '../merge-answers';
import {
  readSelfAssessment,
  type SelfAssessmentInput,
  setupOf,
  toSavableSelfAssessment,
  validateSelfAssessment,
} from '../self-assessment';
import {
  describeConflicts as describeSelfAssessmentConflicts,
  mergeSelfAssessment,
} from '../self-assessment-merge';
import type { ReadyBase, ReadyForm } from './state';

/**
 * What differs per campaign kind (`context.campaign.kind`): the accession form (`AccessionForm`)
 * and the yearly self-assessment (`SelfAssessmentForm`) share the store; only reading, merging,
 * saving and checking the answers differ, and are looked up here.
 */

/**
 * Reads stored answers (a draft, a submission, a conflict's version) into the form's answers and
 * makes them the base: what the server has.
 */
export const withAnswersFrom = (form: ReadyForm, raw: unknown): ReadyForm => {
  if (form.kind === 'beitritt') {
    const answers = withTraeger(readStoredAnswers(raw), form.context.jobcenter.traeger);
    return { ...form, answers, base: answers };
  }
  const answers = readSelfAssessment(raw, form.setup);
  return { ...form, answers, base: answers };
};

/** The draft just saved, as the base of the next merge (it lacks what autosave left out). */
export const withBaseFrom = (form: ReadyForm, draft: Record<string, unknown>): ReadyForm =>
  form.kind === 'beitritt'
    ? { ...form, base: withTraeger(readStoredAnswers(draft), form.context.jobcenter.traeger) }
    : { ...form, base: readSelfAssessment(draft, form.setup) };

/**
 * The answers here merged with the version saved elsewhere (`current`), on top of that version;
 * conflicts are decided by `choices` (this tab's answer where none is given).
 */
export const mergedWith = (
  form: ReadyForm,
  current: StoredDraft,
  choices: Choices = {},
): { form: ReadyForm; conflicts: MergeConflict[] } => {
  const theirs = withAnswersFrom(form, current.answers);
  const { merged, conflicts } =
    form.kind === 'beitritt' && theirs.kind === 'beitritt'
      ? mergeAnswers(form.base, form.answers, theirs.answers, choices)
      : mergeSelfAssessment(
          form.base as SelfAssessmentInput,
          form.answers as SelfAssessmentInput,
          theirs.answers as SelfAssessmentInput,
          choices,
        );
  return { form: { ...theirs, answers: merged, version: current.version } as ReadyForm, conflicts };
};

/** The open conflict's fields in words (only those changed differently on both sides). */
export const conflictRows = (form: ReadyForm): ConflictRow[] => {
  if (!form.conflict) return [];
  const { form: theirs, conflicts } = mergedWith(form, form.conflict.current);
  return form.kind === 'beitritt'
    ? describeAccessionConflicts(conflicts, form.answers, theirs.base as Answers)
    : describeSelfAssessmentConflicts(
        conflicts,
        form.answers,
        theirs.base as SelfAssessmentInput,
        form.setup.questionnaire,
      );
};

export const savableOf = (form: ReadyForm): { draft: Record<string, unknown>; dropped: string[] } =>
  form.kind === 'beitritt'
    ? toSavableDraft(form.answers)
    : toSavableSelfAssessment(form.answers, form.setup.questionnaire);

export const problemsOf = (form: ReadyForm): FieldProblem[] =>
  form.kind === 'beitritt'
    ? validateAnswers(form.answers, form.context.jobcenter.traeger)
    : validateSelfAssessment(form.answers, form.setup);

/** The form as loaded: the draft, else the latest submission, else (self-assessment) its prefill. */
export const readyFrom = (context: FormContext, previous?: ReadyForm): ReadyForm => {
  const base: ReadyBase = {
    status: 'ready',
    context,
    version: context.draft?.version ?? 0,
    dirty: false,
    save: context.draft ? { state: 'saved', at: context.draft.updatedAt, dropped: [] } : { state: 'idle' },
    errors: [],
    submitting: false,
    ...(previous?.lastReceipt ? { lastReceipt: previous.lastReceipt } : {}),
  };
  const setup = context.campaign.kind === 'selbstbewertung' ? setupOf(context) : undefined;
  const stored =
    context.draft?.answers ?? context.latestSubmission?.answers ?? context.selfAssessment?.prefill;
  // The answers and their base are read from `stored` just below.
  const empty = { fragebogen: setup?.questionnaire.version ?? '' };
  const form: ReadyForm = setup
    ? { ...base, kind: 'selbstbewertung', setup, answers: empty, base: empty }
    : { ...base, kind: 'beitritt', answers: {}, base: {} };
  return withAnswersFrom(form, stored ?? {});
};
