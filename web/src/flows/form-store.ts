/**
 * The open form's store, split by concern under `form-store/`: the state and its hook
 * (`state.ts`), what differs per campaign kind (`kinds.ts`), autosave with merging and conflicts
 * (`autosave.ts`), loading (`load.ts`) and submitting (`submit.ts`). Pages import from here.
 */
export {
  AUTOSAVE_DELAY_MS,
  resolveConflict,
  saveNow,
  showErrors,
  showStepErrors,
  updateAnswers,
  updateSelfAssessment,
} from './form-store/autosave';
export { conflictRows } from './form-store/kinds';
export { loadForm, resetForm } from './form-store/load';
export { logout } from './form-store/logout';
export type {
  AccessionForm,
  Conflict,
  FormState,
  ReadyForm,
  SaveStatus,
  SelfAssessmentForm,
} from './form-store/state';
export { useFormState } from './form-store/state';
export { submitForm } from './form-store/submit';
