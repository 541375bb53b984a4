import type { FieldProblem } from '../../api/client';
import type { FormContext, StoredDraft } from '../../api/schemas';
import { describeConflicts as describeAccessionConflicts } from '../accession-conflicts';
import { readStoredAnswers, toSavableDraft, validateAnswers, withTraeger } from '../accession-form';
import {
  type Choices,
  type ConflictRow,
  type MergeConflict,
  type MergeResult,
  mergeAnswers,
} from '../merge-answers';
import {
  readSelfAssessment,
  setupOf,
  toSavableSelfAssessment,
  validateSelfAssessment,
} from '../self-assessment';
import {
  describeConflicts as describeSelfAssessmentConflicts,
  mergeSelfAssessment,
} from '../self-assessment-merge';
import type { AccessionForm, FormKindName, ReadyBase, ReadyForm, SelfAssessmentForm } from './state';

/**
 * What differs per campaign kind (`context.campaign.kind`): the accession form and the yearly
 * self-assessment each get a store of their own from `makeFormStore(kind)`; only reading, merging,
 * saving and checking the answers differ, and are declared here once per kind.
 */
export type FormKind<F extends ReadyForm> = {
  name: F['kind'];
  /** The form as loaded, its answers still empty (read from the stored answers next). */
  empty(context: FormContext, base: ReadyBase): F;
  /** Stored answers (a draft, a submission, a conflict's version) as this form's answers. */
  read(form: F, raw: unknown): F['answers'];
  merge(
    base: F['answers'],
    mine: F['answers'],
    theirs: F['answers'],
    choices: Choices,
  ): MergeResult<F['answers']>;
  /** The conflicts in words; `theirs` are the answers saved elsewhere. */
  describeConflicts(form: F, conflicts: MergeConflict[], theirs: F['answers']): ConflictRow[];
  savable(form: F): { draft: Record<string, unknown>; dropped: string[] };
  problems(form: F): FieldProblem[];
};

/** The kind of form a context opens: a self-assessment needs its setup, else it is the accession. */
export const formKindOf = (context: FormContext): FormKindName =>
  context.campaign.kind === 'selbstbewertung' && setupOf(context) ? 'selbstbewertung' : 'beitritt';

export const accessionKind: FormKind<AccessionForm> = {
  name: 'beitritt',
  empty: (_context, base) => ({ ...base, kind: 'beitritt', answers: {}, base: {} }),
  read: (form, raw) => withTraeger(readStoredAnswers(raw), form.context.jobcenter.traeger),
  merge: mergeAnswers,
  describeConflicts: (form, conflicts, theirs) => describeAccessionConflicts(conflicts, form.answers, theirs),
  savable: (form) => toSavableDraft(form.answers),
  problems: (form) => validateAnswers(form.answers, form.context.jobcenter.traeger),
};

export const selfAssessmentKind: FormKind<SelfAssessmentForm> = {
  name: 'selbstbewertung',
  empty: (context, base) => {
    const setup = setupOf(context);
    if (!setup) throw new Error('The form context has no self-assessment');
    const empty = { fragebogen: setup.questionnaire.version };
    return { ...base, kind: 'selbstbewertung', setup, answers: empty, base: empty };
  },
  read: (form, raw) => readSelfAssessment(raw, form.setup),
  merge: mergeSelfAssessment,
  describeConflicts: (form, conflicts, theirs) =>
    describeSelfAssessmentConflicts(conflicts, form.answers, theirs, form.setup.questionnaire),
  savable: (form) => toSavableSelfAssessment(form.answers, form.setup.questionnaire),
  problems: (form) => validateSelfAssessment(form.answers, form.setup),
};

/** Reads stored answers into the form's answers and makes them the base: what the server has. */
export const withAnswersFrom = <F extends ReadyForm>(kind: FormKind<F>, form: F, raw: unknown): F => {
  const answers = kind.read(form, raw);
  return { ...form, answers, base: answers };
};

/** The draft just saved, as the base of the next merge (it lacks what autosave left out). */
export const withBaseFrom = <F extends ReadyForm>(
  kind: FormKind<F>,
  form: F,
  draft: Record<string, unknown>,
): F => ({
  ...form,
  base: kind.read(form, draft),
});

/**
 * The answers here merged with the version saved elsewhere (`current`), on top of that version;
 * conflicts are decided by `choices` (this tab's answer where none is given).
 */
export const mergedWith = <F extends ReadyForm>(
  kind: FormKind<F>,
  form: F,
  current: StoredDraft,
  choices: Choices = {},
): { form: F; conflicts: MergeConflict[] } => {
  const theirs = withAnswersFrom(kind, form, current.answers);
  const { merged, conflicts } = kind.merge(form.base, form.answers, theirs.answers, choices);
  return { form: { ...theirs, answers: merged, version: current.version }, conflicts };
};

/** The open conflict's fields in words (only those changed differently on both sides). */
export const conflictRowsOf = <F extends ReadyForm>(kind: FormKind<F>, form: F): ConflictRow[] => {
  if (!form.conflict) return [];
  const { form: theirs, conflicts } = mergedWith(kind, form, form.conflict.current);
  return kind.describeConflicts(form, conflicts, theirs.base);
};

/** The form as loaded: the draft, else the latest submission, else (self-assessment) its prefill. */
export const readyFrom = <F extends ReadyForm>(kind: FormKind<F>, context: FormContext, previous?: F): F => {
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
  const stored =
    context.draft?.answers ?? context.latestSubmission?.answers ?? context.selfAssessment?.prefill;
  return withAnswersFrom(kind, kind.empty(context, base), stored ?? {});
};
