import { logoutUrl } from './cognito-urls';
import type { AppConfig } from './config';
import { navigate } from './router';
import { PATHS } from './routes';
import { endSession } from './session';

/** Ends the session here; with Cognito also at the hosted UI, which then returns to the start page. */
export const signOut = (config: AppConfig): void => {
  endSession('signedOut');
  if (config.auth === 'cognito') window.location.assign(logoutUrl(config, window.location.origin));
  else navigate(PATHS.login);
};
