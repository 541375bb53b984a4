import * as z from 'zod';
import type { CognitoConfig } from './config';
import type { Session } from './session';

/**
 * Cognito hosted UI with the authorization code flow and PKCE. The verifier and state live in
 * sessionStorage between the redirect and the callback; the code is removed from the address bar
 * right after it has been exchanged.
 */
const PKCE_KEY = 'inklusion.pkce';
export const CALLBACK_PATH = '/anmelden/callback';

export class LoginError extends Error {
  override readonly name = 'LoginError';
}

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export const randomToken = (bytes = 32): string => base64url(crypto.getRandomValues(new Uint8Array(bytes)));

export const codeChallenge = async (verifier: string): Promise<string> =>
  base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));

import { trimSlash } from './cognito-urls';

export { logoutUrl } from './cognito-urls';

export const redirectUri = (origin: string): string => `${origin}${CALLBACK_PATH}`;

export const authorizeUrl = (
  config: CognitoConfig,
  params: { state: string; challenge: string; redirectUri: string },
): string =>
  `${trimSlash(config.cognitoDomain)}/oauth2/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: params.redirectUri,
    scope: 'openid email',
    state: params.state,
    code_challenge: params.challenge,
    code_challenge_method: 'S256',
  })}`;

export const startCognitoLogin = async (config: CognitoConfig): Promise<void> => {
  const verifier = randomToken(48);
  const state = randomToken(24);
  window.sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state }));
  window.location.assign(
    authorizeUrl(config, {
      state,
      challenge: await codeChallenge(verifier),
      redirectUri: redirectUri(window.location.origin),
    }),
  );
};

const TokenResponse = z.object({
  id_token: z.string().min(1),
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

const Pending = z.object({ verifier: z.string().min(43), state: z.string().min(1) });

/** Exchanges the code from the callback URL for tokens. The id token is used as bearer token. */
export const completeCognitoLogin = async (
  config: CognitoConfig,
  search: string,
  now: () => number = Date.now,
): Promise<Session> => {
  const params = new URLSearchParams(search);
  const raw = window.sessionStorage.getItem(PKCE_KEY);
  window.sessionStorage.removeItem(PKCE_KEY);
  if (params.get('error'))
    throw new LoginError('Die Anmeldung wurde abgebrochen oder abgelehnt. Bitte versuchen Sie es erneut.');
  const code = params.get('code');
  const pending = Pending.safeParse(raw ? JSON.parse(raw) : undefined);
  if (!code || !pending.success || pending.data.state !== params.get('state'))
    throw new LoginError('Die Anmeldung ist ungültig oder abgelaufen. Bitte melden Sie sich erneut an.');

  let response: Response;
  try {
    response = await fetch(`${trimSlash(config.cognitoDomain)}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: config.clientId,
        code,
        redirect_uri: redirectUri(window.location.origin),
        code_verifier: pending.data.verifier,
      }),
      credentials: 'omit',
    });
  } catch {
    throw new LoginError('Der Anmeldedienst ist nicht erreichbar. Bitte versuchen Sie es später erneut.');
  }
  const tokens = TokenResponse.safeParse(
    response.ok ? await response.json().catch(() => undefined) : undefined,
  );
  if (!tokens.success)
    throw new LoginError('Die Anmeldung konnte nicht abgeschlossen werden. Bitte melden Sie sich erneut an.');
  return {
    token: tokens.data.id_token,
    expiresAt: new Date(now() + tokens.data.expires_in * 1000).toISOString(),
    mode: 'cognito',
  };
};
