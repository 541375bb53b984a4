import { accessionKind, selfAssessmentKind } from './form-store/kinds';
import { makeFormStore } from './form-store/make-form-store';
import type { ReadyForm } from './form-store/state';

/**
 * The open form's stores, split by concern under `form-store/`: the tab's form session, shared by
 * both kinds (`session.ts`: loading, ending, logging out, which form is open), and one store per
 * form kind from `makeFormStore(kind)` (`make-form-store.ts`, with `autosave.ts` and `submit.ts`);
 * what differs per kind is in `kinds.ts`. Pages import from here.
 */
export const accessionStore = makeFormStore(accessionKind);
export const selfAssessmentStore = makeFormStore(selfAssessmentKind);

/** The store of the open form's kind, for the parts both forms share (status line, check page). */
export const storeOf = (form: ReadyForm) => (form.kind === 'beitritt' ? accessionStore : selfAssessmentStore);

export { loadForm, logout, resetForm, useFormState } from './form-store/session';
export type {
  AccessionForm,
  Conflict,
  FormState,
  ReadyForm,
  SaveStatus,
  SelfAssessmentForm,
} from './form-store/state';
