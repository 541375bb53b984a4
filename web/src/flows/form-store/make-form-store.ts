import type { FieldProblem } from '../../api/client';
import type { ConflictRow } from '../merge-answers';
import { makeAutosave } from './autosave';
import { conflictRowsOf, type FormKind, readyFrom } from './kinds';
import { registerFormStore } from './session';
import type { ReadyBase, ReadyForm } from './state';
import { makeSubmit } from './submit';

/**
 * The open form of one kind and what the pages do with it: the answers being edited, autosave
 * (`autosave.ts`), submitting (`submit.ts`). `makeFormStore(kind)` builds one store per form kind
 * (`accessionStore`, `selfAssessmentStore`), each typed with its own answers, and registers it with
 * the session, which says which one is open.
 */

/** One store's state and timer, shared by its autosave and submit parts. */
export type StoreCore<F extends ReadyForm> = {
  kind: FormKind<F>;
  ready(): F | undefined;
  set(next: F): void;
  patch(changes: Partial<ReadyBase>): void;
  clearSaveTimer(): void;
  setSaveTimer(run: () => void, ms: number): void;
};

export const makeFormStore = <F extends ReadyForm>(kind: FormKind<F>) => {
  let form: F | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  /** The one pending autosave timer; cleared whenever the form is saved, reset or ended. */
  let timer: ReturnType<typeof setTimeout> | undefined;
  const core: StoreCore<F> = {
    kind,
    ready: () => form,
    set: (next) => {
      form = next;
      notify();
    },
    patch: (changes) => {
      if (form) core.set({ ...form, ...changes });
    },
    clearSaveTimer: () => clearTimeout(timer),
    setSaveTimer: (run, ms) => {
      clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
  };
  const autosave = makeAutosave(core);
  const { submit } = makeSubmit(core, autosave);
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  registerFormStore(kind.name, {
    get: () => form,
    subscribe,
    open: (context) => core.set(readyFrom(kind, context, form)),
    close: () => {
      core.clearSaveTimer();
      if (form) {
        form = undefined;
        notify();
      }
    },
    saveUnsaved: async () => {
      if (form?.context.editable && form.save.state !== 'saved' && form.save.state !== 'idle')
        await autosave.saveNow().catch(() => false);
    },
  });

  return {
    /** Changes the answers; `paths` are the fields touched, whose errors are cleared. */
    update: autosave.update,
    saveNow: autosave.saveNow,
    resolveConflict: autosave.resolveConflict,
    /** Shows errors found in the browser, e.g. "mark as done" on a section not complete yet. */
    showErrors: (errors: FieldProblem[]): void => core.patch({ errors }),
    /**
     * Replaces the errors of the fields `owns` picks (one step's fields) with `problems`: a step
     * checked when it is saved. The errors of other fields stay as they are.
     */
    showStepErrors: (owns: (field: string) => boolean, problems: FieldProblem[]): void => {
      if (form) core.patch({ errors: [...form.errors.filter((e) => !owns(e.field)), ...problems] });
    },
    /** The open conflict's fields in words. */
    conflictRows: (): ConflictRow[] => (form ? conflictRowsOf(kind, form) : []),
    submit,
  };
};

export type FormStore<F extends ReadyForm> = ReturnType<typeof makeFormStore<F>>;
