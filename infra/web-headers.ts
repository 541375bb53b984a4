import { cspHash, FORM_VARIANT_SCRIPT } from '../web/prerender/formular-entry';

/**
 * The browser security policy of the web app: the CloudFront response headers policy in AWS
 * (infra/constructs/web-hosting.ts) and the local server (local/http-server.ts, `webHeaders()`)
 * both take it from here. Free of CDK imports so that anything may import it.
 *
 * - `script-src` and `style-src` are `'self'` only: no inline script, no inline style. The one
 *   exception is the prerendered /formular page's variant script, allowed by its SHA-256 hash only
 *   (web/prerender/formular-entry.ts): that exact text runs, nothing else inline.
 * - `connect-src` adds the Cognito hosted domain in AWS: the web app exchanges the authorization
 *   code for tokens with `fetch` at `<cognito domain>/oauth2/token`.
 * - The e-mail preview (`<iframe sandbox srcdoc>`) needs no `frame-src`: an about:srcdoc document
 *   is not fetched, so `frame-src`/`child-src` never apply to it. It does inherit this policy,
 *   so inline styles inside the preview are not applied (the text still shows).
 * - `frame-ancestors 'none'` (and X-Frame-Options DENY): the app is never framed by another site.
 * - Referrer `no-referrer`: no page address (e.g. a staff page naming a Jobcenter) leaks to
 *   another site. The token of a Jobcenter's form link travels in the URL fragment, which is never
 *   sent anyway.
 */
export const FORM_VARIANT_SCRIPT_HASH = cspHash(FORM_VARIANT_SCRIPT);

export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'style-src': ["'self'"],
  'script-src': ["'self'", FORM_VARIANT_SCRIPT_HASH],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** The Content-Security-Policy value; `connectOrigins` are added to connect-src (the Cognito domain). */
export const contentSecurityPolicy = (connectOrigins: readonly string[] = []): string =>
  Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => [name, ...values, ...(name === 'connect-src' ? connectOrigins : [])].join(' '))
    .join('; ');

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=()';

/**
 * The same policy as plain response headers, for the local server. CloudFront sets these through
 * its response headers policy, plus HSTS (HTTPS only) and the Cognito domain in connect-src.
 */
export const webHeaders = (connectOrigins: readonly string[] = []): Record<string, string> => ({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': contentSecurityPolicy(connectOrigins),
  'permissions-policy': PERMISSIONS_POLICY,
});
