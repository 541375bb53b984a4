import { useSyncExternalStore } from 'react';
import { safeReturnPath } from './routes';

/**
 * The bearer token lives in sessionStorage only: it ends with the browser tab, never appears in
 * a URL and is never logged. `endReason` lets the login page say why the person was sent there.
 */
export type Session = { token: string; expiresAt: string; mode: 'local' | 'cognito' };
export type SessionEnd = 'expired' | 'signedOut';

const SESSION_KEY = 'inklusion.session';
const RETURN_KEY = 'inklusion.returnTo';
/** Treat a token as expired a little early so a request does not fail half-way. */
const SKEW_MS = 30_000;

const listeners = new Set<() => void>();
let endReason: SessionEnd | undefined;
let cached: { raw: string | null; session: Session | undefined } = { raw: null, session: undefined };

const notify = () => {
  for (const listener of listeners) listener();
};

const parse = (raw: string | null): Session | undefined => {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.token !== 'string' || typeof value.expiresAt !== 'string') return undefined;
    if (value.mode !== 'local' && value.mode !== 'cognito') return undefined;
    return { token: value.token, expiresAt: value.expiresAt, mode: value.mode };
  } catch {
    return undefined;
  }
};

export const readSession = (now: number = Date.now()): Session | undefined => {
  const raw = window.sessionStorage.getItem(SESSION_KEY);
  if (raw !== cached.raw) cached = { raw, session: parse(raw) };
  const session = cached.session;
  if (session && Date.parse(session.expiresAt) - SKEW_MS <= now) {
    window.sessionStorage.removeItem(SESSION_KEY);
    endReason = 'expired';
    cached = { raw: null, session: undefined };
    return undefined;
  }
  return session;
};

export const startSession = (session: Session): void => {
  window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  endReason = undefined;
  notify();
};

export const endSession = (reason: SessionEnd): void => {
  window.sessionStorage.removeItem(SESSION_KEY);
  endReason = reason;
  notify();
};

/** Why the last session ended; read once by the login page. */
export const takeEndReason = (): SessionEnd | undefined => {
  const reason = endReason;
  endReason = undefined;
  return reason;
};

export const peekEndReason = (): SessionEnd | undefined => endReason;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Prerendered pages are rendered signed out; hydration then catches up with sessionStorage. */
const signedOut = () => undefined;

export const useSession = (): Session | undefined =>
  useSyncExternalStore(subscribe, () => readSession(), signedOut);

export const rememberReturnPath = (path: string): void => {
  const safe = safeReturnPath(path);
  if (safe) window.sessionStorage.setItem(RETURN_KEY, safe);
};

export const takeReturnPath = (): string | undefined => {
  const value = safeReturnPath(window.sessionStorage.getItem(RETURN_KEY));
  window.sessionStorage.removeItem(RETURN_KEY);
  return value;
};
