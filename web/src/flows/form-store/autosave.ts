import { type ApiError, toApiError } from '../../api/client';
import { formApi } from '../../api/endpoints';
import { StoredDraft } from '../../api/schemas';
import { isSessionEnded, readFormSession } from '../form-session';
import { type Choices, type Side, sameAnswer } from '../merge-answers';
import { mergedWith, withBaseFrom } from './kinds';
import type { StoreCore } from './make-form-store';
import { bearer, endSession, loadForm } from './session';
import type { Conflict, ReadyForm } from './state';

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

export const makeAutosave = <F extends ReadyForm>(core: StoreCore<F>) => {
  const { kind, ready, set, patch } = core;
  let inflight: Promise<boolean> | undefined;
  const scheduleSave = () => core.setSaveTimer(() => void saveNow(), AUTOSAVE_DELAY_MS);

  /**
   * Someone saved in between: merge. Without fields changed differently on both sides, the merge
   * becomes the answers on top of the other version (to be saved); otherwise the conflict is
   * shown. Returns whether the merge went through.
   */
  const mergeConflict = (conflict: Conflict): boolean => {
    const form = ready();
    if (!form) return false;
    const { form: merged, conflicts } = mergedWith(kind, form, conflict.current);
    if (conflicts.length > 0) {
      patch({ conflict, save: { state: 'failed', message: conflict.message } });
      return false;
    }
    set({ ...merged, dirty: true, merged: true });
    return true;
  };

  /**
   * Saves now if there is anything to save. Resolves to false if it could not be saved.
   * `keepalive`: the request may outlive the page (the tab goes to the background or is closed).
   */
  const saveNow = async (options: { keepalive?: boolean } = {}): Promise<boolean> => {
    core.clearSaveTimer();
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
    const { draft, dropped } = kind.savable(form);
    patch({ save: { state: 'saving' } });
    const keepalive = Boolean(options.keepalive) && keepaliveFits(form.version, draft);
    const request: Promise<boolean> = formApi.saveDraft(token, form.version, draft, keepalive).then(
      (saved) => {
        const now = ready();
        if (!now) return true;
        const changedSince = now.answers !== answersAtStart;
        const { merged: _m, ...rest } = withBaseFrom(kind, now, draft);
        set({
          ...rest,
          version: saved.version,
          dirty: changedSince,
          save: { state: 'saved', at: saved.updatedAt, dropped, ...(form.merged ? { merged: true } : {}) },
        } as F);
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

  /** Changes the answers; `paths` are the fields touched, whose submit errors are cleared. */
  const update = (change: (answers: F['answers']) => F['answers'], paths: string[] = []): void => {
    const form = ready();
    if (!form?.context.editable) return;
    const errors =
      paths.length > 0
        ? form.errors.filter((e) => !paths.some((p) => e.field === p || e.field.startsWith(`${p}.`)))
        : form.errors;
    set({ ...form, answers: change(form.answers), dirty: true, errors });
    if (!form.conflict) scheduleSave();
  };

  /**
   * After a conflict: decide each field changed differently on both sides, all at once (`'mine'`,
   * `'theirs'`) or one by one (by the conflict's path). Everything else is merged as it is; the
   * result is saved on top of the other version unless it is just that version.
   */
  const resolveConflict = async (choice: Side | Choices): Promise<void> => {
    const form = ready();
    if (!form?.conflict) return;
    const { current } = form.conflict;
    const choices: Choices =
      typeof choice === 'string'
        ? Object.fromEntries(mergedWith(kind, form, current).conflicts.map((c) => [c.path, choice]))
        : choice;
    const merged: F = { ...mergedWith(kind, form, current, choices).form, conflict: undefined };
    if (sameAnswer(merged.answers, merged.base)) {
      set({ ...merged, dirty: false, save: { state: 'saved', at: current.updatedAt, dropped: [] } });
      return;
    }
    set({ ...merged, dirty: true });
    await saveNow();
  };

  /**
   * Leaving the page (closing the tab, reloading, following a link elsewhere) within the autosave
   * delay would lose the last changes: they are sent once more with `keepalive`, which outlives
   * the page. A tab that goes to the background saves at once.
   */
  const saveOnLeave = () => {
    const form = ready();
    if (!form?.dirty || form.conflict || inflight || !form.context.editable) return;
    const token = readFormSession()?.token;
    if (!token) return;
    core.clearSaveTimer();
    const { draft } = kind.savable(form);
    if (keepaliveFits(form.version, draft))
      formApi.saveDraft(token, form.version, draft, true).catch(() => {});
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', saveOnLeave);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden' && ready()) void saveNow({ keepalive: true });
    });
  }

  return { saveNow, mergeConflict, update, resolveConflict };
};

export type Autosave = ReturnType<typeof makeAutosave>;
