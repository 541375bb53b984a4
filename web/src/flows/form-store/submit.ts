import { toApiError } from '../../api/client';
import { formApi } from '../../api/endpoints';
import { isSessionEnded } from '../form-session';
import { type Autosave, conflictFrom } from './autosave';
import type { StoreCore } from './make-form-store';
import { bearer, endSession, loadForm } from './session';
import type { Conflict, ReadyForm } from './state';

/**
 * Submitting: check in the browser with the API's schema, save, then submit the saved version.
 * Field errors (from either side) land in `errors`; the pages show them.
 */
export const makeSubmit = <F extends ReadyForm>(core: StoreCore<F>, { saveNow, mergeConflict }: Autosave) => {
  const { kind, ready, set, patch } = core;
  const submit = async (): Promise<boolean> => {
    const form = ready();
    if (!form || form.submitting) return false;
    const rest: F = { ...form, submitError: undefined };
    const problems = kind.problems(form);
    if (problems.length > 0) {
      set({ ...rest, errors: problems });
      return false;
    }
    // Nothing saved yet (e.g. answers taken over from a submission): save them first.
    set({ ...rest, errors: [], submitting: true, dirty: rest.dirty || rest.version === 0 });
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
  return { submit };
};
