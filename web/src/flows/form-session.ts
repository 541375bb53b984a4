import { ApiError, toApiError } from '../api/client';
import { formApi } from '../api/endpoints';

/**
 * The Jobcenter's form session. The personal link carries its token in the URL fragment
 * (`/formular#t=…`), which browsers never send to a server. Nothing happens when the page is
 * merely fetched (mail scanners): only the click on "Formular öffnen" exchanges the token for a
 * short-lived session token, kept in sessionStorage under a key of its own (never the staff
 * session), and the fragment is removed from the address bar and history.
 */
const FORM_SESSION_KEY = 'inklusion.formSession';

export type FormSession = { token: string; expiresAt: string };

export { linkKindFromHash, linkTokenFromHash } from './form-link';

export const readFormSession = (now = Date.now()): FormSession | undefined => {
  try {
    const raw = window.sessionStorage.getItem(FORM_SESSION_KEY);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<FormSession>;
    if (typeof value.token !== 'string' || typeof value.expiresAt !== 'string') return undefined;
    if (Date.parse(value.expiresAt) <= now) {
      window.sessionStorage.removeItem(FORM_SESSION_KEY);
      return undefined;
    }
    return { token: value.token, expiresAt: value.expiresAt };
  } catch {
    return undefined;
  }
};

export const endFormSession = (): void => window.sessionStorage.removeItem(FORM_SESSION_KEY);

export type OpenOutcome =
  | { ok: true; session: FormSession }
  | { ok: false; reason: 'invalid' | 'rateLimited' | 'failed'; error: ApiError };

/** Exchanges the link token; only ever called from the button's click handler. */
export const openFormSession = async (linkToken: string): Promise<OpenOutcome> => {
  try {
    const result = await formApi.openSession(linkToken);
    const session = { token: result.sessionToken, expiresAt: result.expiresAt };
    window.sessionStorage.setItem(FORM_SESSION_KEY, JSON.stringify(session));
    return { ok: true, session };
  } catch (e) {
    const error = toApiError(e);
    if (error.status === 401 || (error instanceof ApiError && error.code === 'link_invalid'))
      return { ok: false, reason: 'invalid', error };
    if (error.status === 429) return { ok: false, reason: 'rateLimited', error };
    return { ok: false, reason: 'failed', error };
  }
};

/** A 401 on a form call: the session or its link no longer works (expired, resent, closed). */
export const isSessionEnded = (e: unknown): boolean => e instanceof ApiError && e.status === 401;
