import { useSyncExternalStore } from 'react';
import type { ApiError, FieldProblem } from '../../api/client';
import type { FormContext, StoredDraft, SubmitReceipt } from '../../api/schemas';
import type { Answers } from '../accession-form';
import { endFormSession, readFormSession } from '../form-session';
import type { SelfAssessmentInput, SelfAssessmentSetup } from '../self-assessment';

/**
 * The state of the open form, shared by all form pages (one per tab, like the session): the
 * answers being edited, the draft version they are based on, the autosave status, an unresolved
 * conflict, and the errors of the last submit attempt. This module holds the state and nothing
 * else; what differs per campaign kind is in `kinds.ts`, saving in `autosave.ts`, loading and
 * submitting in `load.ts` and `submit.ts`.
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

export type FormState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ended'; replyTo?: string; loggedOut?: boolean }
  | { status: 'failed'; error: ApiError }
  | ReadyForm;

let state: FormState = { status: 'none' };
const listeners = new Set<() => void>();

export const getState = (): FormState => state;
export const setState = (next: FormState): void => {
  state = next;
  for (const l of listeners) l();
};
export const ready = (): ReadyForm | undefined => (state.status === 'ready' ? state : undefined);
export const patch = (changes: Partial<ReadyBase>): void => {
  const current = ready();
  if (current) setState({ ...current, ...changes });
};

/** The one pending autosave timer; cleared whenever the form is saved, reset or ended. */
let timer: ReturnType<typeof setTimeout> | undefined;
export const clearSaveTimer = (): void => clearTimeout(timer);
export const setSaveTimer = (run: () => void, ms: number): void => {
  clearTimeout(timer);
  timer = setTimeout(run, ms);
};

export const endSession = (): void => {
  const replyTo = ready()?.context.campaign.replyTo;
  clearSaveTimer();
  endFormSession();
  setState({ status: 'ended', ...(replyTo ? { replyTo } : {}) });
};

/** The session token, or the end of the session when there is none. */
export const bearer = (): string | undefined => {
  const session = readFormSession();
  if (!session) endSession();
  return session?.token;
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useFormState = (): FormState => useSyncExternalStore(subscribe, getState);
