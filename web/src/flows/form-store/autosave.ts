import { type ApiError, type FieldProblem, toApiError } from '../../api/client';
import { formApi } from '../../api/endpoints';
import { StoredDraft } from '../../api/schemas';
import type { Answers } from '../accession-form';
import { isSessionEnded, readFormSession } from '../form-session';
import { type Choices, type Side, sameAnswer } from '../merge-answers';
import type { SelfAssessmentInput } from '../self-assessment';
import { mergedWith, savableOf, withBaseFrom } from './kinds';
import { loadForm } from './load';
import {
  bearer,
  type Conflict,
  clearSaveTimer,
  endSession,
  patch,
  type ReadyForm,
  ready,
  setSaveTimer,
  setState,
} from './state';

/**
 * Autosave: 2 s after the last change and at every step change; one request at a time; the
 * version returned by the server is the base of the next save (optimistic locking).
 *
 * A 409 (someone saved in between) carries the version saved elsewhere. The store keeps `base`,
 * the answers the server had at `version` (as loaded or as last saved), and merges three ways
 * (`mergeAnswers`, `mergeSelfAssessment`): what only one side changed is taken from that side. If
 * nothing was changed differently on both sides, the merge is saved on top of the other version
 * at once and the status line says so; otherwise `conflict` lists exactly those fields, autosave
 * stops, and the person chooses per field (the other changes of both sides are kept either way).
 */
export const AUTOSAVE_DELAY_MS = 2000;

let inflight: Promise<boolean> | undefined;

const scheduleSave = () => setSaveTimer(() => void saveNow(), AUTOSAVE_DELAY_MS);

export const conflictFrom = (error: ApiError): Conflict | undefined => {
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
export const mergeConflict = (conflict: Conflict): boolean => {
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
  clearSaveTimer();
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
 * Replaces the errors of the fields `owns` picks (one step's fields) with `problems`: a step
 * checked when it is saved. The errors of other fields stay as they are.
 */
export const showStepErrors = (owns: (field: string) => boolean, problems: FieldProblem[]): void => {
  const form = ready();
  if (form) patch({ errors: [...form.errors.filter((e) => !owns(e.field)), ...problems] });
};

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
 * Leaving the page (closing the tab, reloading, following a link elsewhere) within the autosave
 * delay would lose the last changes: they are sent once more with `keepalive`, which outlives the
 * page. A tab that goes to the background saves at once.
 */
const saveOnLeave = () => {
  const form = ready();
  if (!form?.dirty || form.conflict || inflight || !form.context.editable) return;
  const token = readFormSession()?.token;
  if (!token) return;
  clearSaveTimer();
  const { draft } = savableOf(form);
  if (keepaliveFits(form.version, draft)) formApi.saveDraft(token, form.version, draft, true).catch(() => {});
};

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', saveOnLeave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void saveNow({ keepalive: true });
  });
}
