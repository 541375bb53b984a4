import type { ApiError, FieldProblem } from '../../api/client';
import type { FormContext, StoredDraft, SubmitReceipt } from '../../api/schemas';
import type { Answers } from '../accession-form';
import type { SelfAssessmentInput, SelfAssessmentSetup } from '../self-assessment';

/**
 * The types of the open form: the answers being edited, the draft version they are based on, the
 * autosave status, an unresolved conflict, and the errors of the last submit attempt. Each form
 * kind keeps its form in a store of its own (`make-form-store.ts`); the session (`session.ts`)
 * says which one is open.
 */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  /** `merged`: this save joined these changes with a version saved elsewhere at the same time. */
  | { state: 'saved'; at: string; dropped: string[]; merged?: boolean }
  | { state: 'failed'; message: string };

export type Conflict = { current: StoredDraft; message: string };

export type ReadyBase = {
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
export type FormKindName = ReadyForm['kind'];

/** The session's state without an open form. */
export type SessionState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ended'; replyTo?: string; loggedOut?: boolean }
  | { status: 'failed'; error: ApiError };

export type FormState = SessionState | ReadyForm;
