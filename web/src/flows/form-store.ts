import { useSyncExternalStore } from 'react';
import { type ApiError, type FieldProblem, toApiError } from '../api/client';
import { formApi } from '../api/endpoints';
import { type FormContext, StoredDraft, type SubmitReceipt } from '../api/schemas';
import {
  type Answers,
  describeConflicts as describeAccessionConflicts,
  readStoredAnswers,
  toSavableDraft,
  validateAnswers,
  withTraeger,
} from './accession-form';
import { endFormSession, isSessionEnded, readFormSession } from './form-session';
import {
  type Choices,
  type ConflictRow,
  type MergeConflict,
  mergeAnswers,
  type Side,
  sameAnswer,
} from './merge-answers';
import {
  describeConflicts as describeSelfAssessmentConflicts,
  mergeSelfAssessment,
  readSelfAssessment,
  type SelfAssessmentInput,
  type SelfAssessmentSetup,
  setupOf,
  toSavableSelfAssessment,
  validateSelfAssessment,
} from './self-assessment';

/**
 * The state of the open form, shared by all form pages (one store per tab, like the session):
 * the answers being edited, the draft version they are based on, the autosave status, an
 * unresolved conflict, and the errors of the last submit attempt.
 *
 * Autosave: 2 s after the last change and at every step change; one request at a time; the
 * version returned by the server is the base of the next save (optimistic locking).
 *
 * A 409 (someone saved in between) carries the version saved elsewhere. The store keeps `base`,
 * the answers the server had at `version` (as loaded or as last saved), and merges three ways
 * (`mergeAnswers`, `mergeSelfAssessment`): what only one side changed is taken from that side. If
 * nothing was changed differently on both sides, the merge is saved on top of the other version
 * at once and the status line says so; otherwise `conflict` lists exactly those fields, autosave
 * stops, and the person chooses per field (the other changes of both sides are kept either way).
 *
 * The same store serves both campaign kinds (`context.campaign.kind`): the accession form
 * (`AccessionForm`) and the yearly self-assessment (`SelfAssessmentForm`). Only reading, saving
 * and checking the answers differ; they are looked up per kind below.
 */
export const AUTOSAVE_DELAY_MS = 2000;

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  /** `merged`: this save joined these changes with a version saved elsewhere at the same time. */
  | { state: 'saved'; at: string; dropped: string[]; merged?: boolean }
  | { state: 'failed'; message: string };

export type Conflict = { current: StoredDraft; message: string };

type ReadyBase = {
  status: 'ready';
  context: FormContext;
  version: number;
  dirty: boolean;
  save: SaveStatus;
  conflict?: Conflict;
  /** Merged with a version saved elsewhere, not saved yet: the next save says so. */
  merged?: boolean;
  /** Errors of the last submit attempt (browser check or server), by field path. */
  errors: FieldProblem[];
  submitting: boolean;
  submitError?: string;
  lastReceipt?: SubmitReceipt;
};

/** `base`: the answers the server has at `version`, the common ancestor of a three-way merge. */
export type AccessionForm = ReadyBase & { kind: 'beitritt'; answers: Answers; base: Answers };
export type SelfAssessmentForm = ReadyBase & {
  kind: 'selbstbewertung';
  answers: SelfAssessmentInput;
  base: SelfAssessmentInput;
  setup: SelfAssessmentSetup;
};
export type ReadyForm = AccessionForm | SelfAssessmentForm;

export type FormState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ended'; replyTo?: string }
  | { status: 'failed'; error: ApiError }
  | ReadyForm;

let state: FormState = { status: 'none' };
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<boolean> | undefined;

const emit = () => {
  for (const l of listeners) l();
};
const setState = (next: FormState) => {
  state = next;
  emit();
};
const ready = (): ReadyForm | undefined => (state.status === 'ready' ? state : undefined);
const patch = (changes: Partial<ReadyBase>) => {
  const current = ready();
  if (current) setState({ ...current, ...changes });
};

const endSession = () => {
  const replyTo = ready()?.context.campaign.replyTo;
  clearTimeout(timer);
  endFormSession();
  setState({ status: 'ended', ...(replyTo ? { replyTo } : {}) });
};

const bearer = (): string | undefined => {
  const session = readFormSession();
  if (!session) endSession();
  return session?.token;
};

// ---------- What differs per campaign kind ----------

/**
 * Reads stored answers (a draft, a submission, a conflict's version) into the form's answers and
 * makes them the base: what the server has.
 */
const withAnswersFrom = (form: ReadyForm, raw: unknown): ReadyForm => {
  if (form.kind === 'beitritt') {
    const answers = withTraeger(readStoredAnswers(raw), form.context.jobcenter.traeger);
    return { ...form, answers, base: answers };
  }
  const answers = readSelfAssessment(raw, form.setup);
  return { ...form, answers, base: answers };
};

/** The draft just saved, as the base of the next merge (it lacks what autosave left out). */
const withBaseFrom = (form: ReadyForm, draft: Record<string, unknown>): ReadyForm =>
  form.kind === 'beitritt'
    ? { ...form, base: withTraeger(readStoredAnswers(draft), form.context.jobcenter.traeger) }
    : { ...form, base: readSelfAssessment(draft, form.setup) };

/**
 * The answers here merged with the version saved elsewhere (`current`), on top of that version;
 * conflicts are decided by `choices` (this tab's answer where none is given).
 */
const mergedWith = (
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

const savableOf = (form: ReadyForm): { draft: Record<string, unknown>; dropped: string[] } =>
  form.kind === 'beitritt'
    ? toSavableDraft(form.answers)
    : toSavableSelfAssessment(form.answers, form.setup.questionnaire);

const problemsOf = (form: ReadyForm): FieldProblem[] =>
  form.kind === 'beitritt'
    ? validateAnswers(form.answers, form.context.jobcenter.traeger)
    : validateSelfAssessment(form.answers, form.setup);

const readyFrom = (context: FormContext, previous?: ReadyForm): ReadyForm => {
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
  // Nothing saved yet: a self-assessment starts from its prefill (the carried measures).
  const stored =
    context.draft?.answers ?? context.latestSubmission?.answers ?? context.selfAssessment?.prefill;
  // The answers and their base are read from `stored` just below.
  const empty = { fragebogen: setup?.questionnaire.version ?? '' };
  const form: ReadyForm = setup
    ? { ...base, kind: 'selbstbewertung', setup, answers: empty, base: empty }
    : { ...base, kind: 'beitritt', answers: {}, base: {} };
  return withAnswersFrom(form, stored ?? {});
};

/** Loads the form of this session's Jobcenter (after the link exchange or a reload). */
export const loadForm = async (): Promise<void> => {
  const token = bearer();
  if (!token) return;
  const previous = ready();
  if (!previous) setState({ status: 'loading' });
  try {
    setState(readyFrom(await formApi.get(token), previous));
  } catch (e) {
    if (isSessionEnded(e)) endSession();
    else setState({ status: 'failed', error: toApiError(e) });
  }
};

export const resetForm = () => {
  clearTimeout(timer);
  setState({ status: 'none' });
};

const scheduleSave = () => {
  clearTimeout(timer);
  timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
};

const conflictFrom = (error: ApiError): Conflict | undefined => {
  const current = StoredDraft.safeParse(error.current);
  return current.success ? { current: current.data, message: error.message } : undefined;
};

/** Browsers allow 64 KB of request bodies in flight with `keepalive`. */
const KEEPALIVE_LIMIT = 60_000;
const keepaliveFits = (version: number, draft: Record<string, unknown>) =>
  JSON.stringify({ version, answers: draft }).length < KEEPALIVE_LIMIT;

/** A save may meet a version saved elsewhere several times in a row; then it stops merging. */
const MAX_MERGES = 3;

/**
 * Someone saved in between: merge. Without fields changed differently on both sides, the merge
 * becomes the answers on top of the other version (to be saved); otherwise the conflict is shown.
 * Returns whether the merge went through.
 */
const mergeConflict = (conflict: Conflict): boolean => {
  const form = ready();
  if (!form) return false;
  const { form: merged, conflicts } = mergedWith(form, conflict.current);
  if (conflicts.length > 0) {
    patch({ conflict, save: { state: 'failed', message: conflict.message } });
    return false;
  }
  setState({ ...merged, dirty: true, merged: true });
  return true;
};

/**
 * Saves now if there is anything to save. Resolves to false if it could not be saved.
 * `keepalive`: the request may outlive the page (the tab goes to the background or is closed).
 */
export const saveNow = async (options: { keepalive?: boolean } = {}): Promise<boolean> => {
  clearTimeout(timer);
  if (inflight) await inflight;
  return send(options, 0);
};

/** One save request (none may be in flight); after a merged conflict, the merge is saved too. */
const send = (options: { keepalive?: boolean }, merges: number): Promise<boolean> => {
  const form = ready();
  if (!form || form.conflict || !form.context.editable) return Promise.resolve(false);
  if (!form.dirty) return Promise.resolve(true);
  const token = bearer();
  if (!token) return Promise.resolve(false);
  const answersAtStart = form.answers;
  const { draft, dropped } = savableOf(form);
  patch({ save: { state: 'saving' } });
  const request: Promise<boolean> = formApi
    .saveDraft(token, form.version, draft, Boolean(options.keepalive) && keepaliveFits(form.version, draft))
    .then(
      (saved) => {
        const now = ready();
        if (!now) return true;
        const changedSince = now.answers !== answersAtStart;
        const { merged: _m, ...rest } = withBaseFrom(now, draft);
        setState({
          ...rest,
          version: saved.version,
          dirty: changedSince,
          save: { state: 'saved', at: saved.updatedAt, dropped, ...(form.merged ? { merged: true } : {}) },
        } as ReadyForm);
        if (changedSince) scheduleSave();
        return true;
      },
      (e: unknown) => {
        const error = toApiError(e);
        if (isSessionEnded(error)) endSession();
        else if (error.status === 409) {
          const conflict = conflictFrom(error);
          if (!conflict) {
            patch({ save: { state: 'failed', message: error.message } });
            void loadForm();
          } else if (merges < MAX_MERGES && mergeConflict(conflict)) return send(options, merges + 1);
          else if (!ready()?.conflict) patch({ save: { state: 'failed', message: error.message } });
        } else patch({ save: { state: 'failed', message: error.message } });
        return false;
      },
    );
  const tracked = request.finally(() => {
    if (inflight === tracked) inflight = undefined;
  });
  inflight = tracked;
  return tracked;
};

const update = (kind: ReadyForm['kind'], change: (answers: never) => unknown, paths: string[]): void => {
  const form = ready();
  if (!form?.context.editable || form.kind !== kind) return;
  const errors =
    paths.length > 0
      ? form.errors.filter((e) => !paths.some((p) => e.field === p || e.field.startsWith(`${p}.`)))
      : form.errors;
  setState({ ...form, answers: change(form.answers as never), dirty: true, errors } as ReadyForm);
  if (!form.conflict) scheduleSave();
};

/** Changes the accession answers; `paths` are the fields touched, whose submit errors are cleared. */
export const updateAnswers = (change: (a: Answers) => Answers, paths: string[] = []): void =>
  update('beitritt', change as (answers: never) => unknown, paths);

/** Changes the self-assessment answers; `paths` are the fields touched, whose errors are cleared. */
export const updateSelfAssessment = (
  change: (a: SelfAssessmentInput) => SelfAssessmentInput,
  paths: string[] = [],
): void => update('selbstbewertung', change as (answers: never) => unknown, paths);

/** Shows errors found in the browser, e.g. "mark as done" on a section that is not complete yet. */
export const showErrors = (errors: FieldProblem[]): void => patch({ errors });

/**
 * After a conflict: decide each field changed differently on both sides, all at once (`'mine'`,
 * `'theirs'`) or one by one (by the conflict's path). Everything else is merged as it is; the
 * result is saved on top of the other version unless it is just that version.
 */
export const resolveConflict = async (choice: Side | Choices): Promise<void> => {
  const form = ready();
  if (!form?.conflict) return;
  const { current } = form.conflict;
  const all = typeof choice === 'string';
  const choices: Choices = all
    ? Object.fromEntries(mergedWith(form, current).conflicts.map((c) => [c.path, choice]))
    : choice;
  const { conflict: _c, ...merged } = mergedWith(form, current, choices).form;
  if (sameAnswer(merged.answers, merged.base)) {
    setState({ ...merged, dirty: false, save: { state: 'saved', at: current.updatedAt, dropped: [] } });
    return;
  }
  setState({ ...merged, dirty: true });
  await saveNow();
};

/**
 * Submits: check in the browser with the API's schema, save, then submit the saved version.
 * Field errors (from either side) land in `errors`; the pages show them.
 */
export const submitForm = async (): Promise<boolean> => {
  const form = ready();
  if (!form || form.submitting) return false;
  const { submitError: _e, ...rest } = form;
  const problems = problemsOf(form);
  if (problems.length > 0) {
    setState({ ...rest, errors: problems });
    return false;
  }
  // Nothing saved yet (e.g. answers taken over from a submission): save them first.
  setState({ ...rest, errors: [], submitting: true, dirty: rest.dirty || rest.version === 0 });
  const saved = await saveNow();
  const afterSave = ready();
  if (!saved || !afterSave) {
    patch({
      submitting: false,
      ...(afterSave?.conflict
        ? {}
        : { submitError: 'Ihre Angaben konnten nicht gespeichert werden. Bitte versuchen Sie es erneut.' }),
    });
    return false;
  }
  const token = bearer();
  if (!token) return false;
  try {
    const receipt = await formApi.submit(token, afterSave.version);
    patch({ lastReceipt: receipt });
    await loadForm();
    return true;
  } catch (e) {
    const error = toApiError(e);
    if (isSessionEnded(error)) endSession();
    else if (error.status === 400 && error.fields.length > 0)
      patch({ submitting: false, errors: error.fields });
    else if (error.status === 409 && conflictFrom(error)) {
      patch({ submitting: false });
      // Saved elsewhere just before: merged and saved, the person checks and submits again.
      if (mergeConflict(conflictFrom(error) as Conflict)) {
        patch({
          submitError:
            'Das Formular wurde gerade an anderer Stelle geändert. Beide Änderungen wurden übernommen. Bitte prüfen Sie die Angaben und geben Sie sie erneut ab.',
        });
        await saveNow();
      }
    } else patch({ submitting: false, submitError: error.message });
    return false;
  }
};

/**
 * Leaving the page (closing the tab, reloading, following a link elsewhere) within the autosave
 * delay would lose the last changes: they are sent once more with `keepalive`, which outlives the
 * page. A tab that goes to the background saves at once.
 */
const saveOnLeave = () => {
  const form = ready();
  if (!form?.dirty || form.conflict || inflight || !form.context.editable) return;
  const token = readFormSession()?.token;
  if (!token) return;
  clearTimeout(timer);
  const { draft } = savableOf(form);
  if (keepaliveFits(form.version, draft)) formApi.saveDraft(token, form.version, draft, true).catch(() => {});
};

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', saveOnLeave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void saveNow({ keepalive: true });
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useFormState = (): FormState => useSyncExternalStore(subscribe, () => state);
