import { describe, expect, it } from 'vitest';
import {
  CSP_DIRECTIVES,
  contentSecurityPolicy,
  FORM_VARIANT_SCRIPT_HASH,
  PERMISSIONS_POLICY,
  webHeaders,
} from '../../infra/web-headers';

type Directives = Map<string, string[]>;

const parseCsp = (csp: string): Directives =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]): [string, string[]] => [name as string, values]),
  );

describe('web security headers', () => {
  const aws = parseCsp(contentSecurityPolicy(['https://prefix.auth.eu-central-1.amazoncognito.com']));

  it('allows scripts and styles from the own origin only, and no framing by others', () => {
    // Plus the one inline script of the prerendered /formular page, by its hash only
    // (test/browser/first-load.test.ts checks it against the built page).
    expect(aws.get('script-src')).toEqual(["'self'", FORM_VARIANT_SCRIPT_HASH]);
    expect(FORM_VARIANT_SCRIPT_HASH).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(aws.get('style-src')).toEqual(["'self'"]);
    expect(aws.get('frame-ancestors')).toEqual(["'none'"]);
    expect(aws.get('default-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-|\*/);
  });

  it('adds the Cognito domain to connect-src only', () => {
    expect(aws.get('connect-src')).toEqual(["'self'", 'https://prefix.auth.eu-central-1.amazoncognito.com']);
    expect(contentSecurityPolicy().split('; ')).toHaveLength(Object.keys(CSP_DIRECTIVES).length);
  });

  it('does not block the srcdoc e-mail preview frame (frame-src falls back to default-src)', () => {
    // about:srcdoc is not fetched, so frame-src/child-src never apply to it. Unset, they fall back
    // to default-src 'self', so a same-origin frame would load too.
    expect(aws.has('frame-src')).toBe(false);
    expect(aws.has('child-src')).toBe(false);
  });

  it('gives the local server the same policy as plain response headers', () => {
    const headers = webHeaders();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    // CloudFront: NO_REFERRER (test/infra/stateless-web-hosting.test.ts checks the template).
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
  });
});
