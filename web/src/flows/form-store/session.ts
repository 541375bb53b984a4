import { useSyncExternalStore } from 'react';
import { toApiError } from '../../api/client';
import { formApi } from '../../api/endpoints';
import type { FormContext } from '../../api/schemas';
import { endFormSession, isSessionEnded, readFormSession } from '../form-session';
import { formKindOf } from './kinds';
import type { FormKindName, FormState, ReadyForm, SessionState } from './state';

/**
 * The form session of this tab, shared by both form kinds: whether a form is open, loading, ended
 * or failed, and which kind's store holds the open form. Loading, ending and logging out live here;
 * everything about the answers lives in the kind's store (`make-form-store.ts`), which registers
 * itself with `registerFormStore`.
 */

/** What the session needs of a form kind's store. */
export type SessionStore = {
  get(): ReadyForm | undefined;
  subscribe(listener: () => void): () => void;
  /** Shows the loaded form (keeping the last receipt of the form open before). */
  open(context: FormContext): void;
  /** Drops the form and its pending autosave. */
  close(): void;
  /** Saves what is not saved yet, if anything (before logging out). */
  saveUnsaved(): Promise<void>;
};

const stores = new Map<FormKindName, SessionStore>();
const listeners = new Set<() => void>();

type Session = SessionState | { status: 'ready'; kind: FormKindName };
let session: Session = { status: 'none' };

const setSession = (next: Session): void => {
  session = next;
  for (const l of listeners) l();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  const unsubscribe = [...stores.values()].map((s) => s.subscribe(listener));
  return () => {
    listeners.delete(listener);
    for (const u of unsubscribe) u();
  };
};

const openStore = (): SessionStore | undefined =>
  session.status === 'ready' ? stores.get(session.kind) : undefined;

const NONE: SessionState = { status: 'none' };

/** The session's state, or the open form itself (from its kind's store). */
export const getFormState = (): FormState =>
  openStore()?.get() ?? (session.status === 'ready' ? NONE : session);

export const useFormState = (): FormState => useSyncExternalStore(subscribe, getFormState);

export const registerFormStore = (kind: FormKindName, store: SessionStore): void => {
  stores.set(kind, store);
};

const closeAll = () => {
  for (const store of stores.values()) store.close();
};

export const endSession = (): void => {
  const replyTo = openStore()?.get()?.context.campaign.replyTo;
  closeAll();
  endFormSession();
  setSession({ status: 'ended', ...(replyTo ? { replyTo } : {}) });
};

/** The session token, or the end of the session when there is none. */
export const bearer = (): string | undefined => {
  const current = readFormSession();
  if (!current) endSession();
  return current?.token;
};

/** Loads the form of this session's Jobcenter (after the link exchange or a reload). */
export const loadForm = async (): Promise<void> => {
  const token = bearer();
  if (!token) return;
  if (session.status !== 'ready') setSession({ status: 'loading' });
  try {
    const context = await formApi.get(token);
    const kind = formKindOf(context);
    const store = stores.get(kind);
    if (!store) throw new Error(`No form store for campaign kind ${kind}`);
    for (const [other, s] of stores) if (other !== kind) s.close();
    store.open(context);
    setSession({ status: 'ready', kind });
  } catch (e) {
    if (isSessionEnded(e)) endSession();
    else {
      closeAll();
      setSession({ status: 'failed', error: toApiError(e) });
    }
  }
};

/** Clears what an earlier session left in this tab. */
export const resetForm = (): void => {
  closeAll();
  setSession({ status: 'none' });
};

/**
 * "Abmelden": saves what is not yet saved, ends the session on the server and in this tab. The
 * page then says so; the personal link from the e-mail opens a new session.
 */
export const logout = async (): Promise<void> => {
  await openStore()?.saveUnsaved();
  const current = readFormSession();
  // Whatever the server answers (e.g. the session had already expired), this tab is logged out.
  if (current) await formApi.logout(current.token).catch(() => undefined);
  endSession();
  if (session.status === 'ended') setSession({ ...session, loggedOut: true });
};
