import type { CognitoConfig } from './config';

/** Cognito addresses needed outside the login flow (sign-out is in the main chunk; zod is not). */
export const trimSlash = (url: string) => url.replace(/\/+$/, '');

export const logoutUrl = (config: CognitoConfig, origin: string): string =>
  `${trimSlash(config.cognitoDomain)}/logout?${new URLSearchParams({
    client_id: config.clientId,
    logout_uri: `${origin}/`,
  })}`;
