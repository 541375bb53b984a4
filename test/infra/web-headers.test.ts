import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/paths';
import { CSP_DIRECTIVES, contentSecurityPolicy } from '../../infra/web-headers';

type Directives = Map<string, string[]>;

const parseCsp = (csp: string): Directives =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]): [string, string[]] => [name as string, values]),
  );

/** WEB_HEADERS of the local server, read from its source (the object is not exported). */
const localHeaders = (): Record<string, string> => {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'local', 'http-server.ts'), 'utf8');
  const block = /const WEB_HEADERS = \{([\s\S]*?)\n\};/.exec(source)?.[1];
  if (!block) throw new Error('local/http-server.ts: no `const WEB_HEADERS = { ... };` found');
  const headers: Record<string, string> = {};
  for (const m of block.matchAll(/'([a-z-]+)':\s*(?:'([^']*)'|"([^"]*)")/g)) {
    headers[m[1] as string] = (m[2] ?? m[3]) as string;
  }
  return headers;
};

describe('web security headers', () => {
  const aws = parseCsp(contentSecurityPolicy(['https://prefix.auth.eu-central-1.amazoncognito.com']));

  it('allows scripts and styles from the own origin only, and no framing by others', () => {
    expect(aws.get('script-src')).toEqual(["'self'"]);
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

  it('keeps the local server in step: same headers, AWS differs only by Cognito and extra "none"', () => {
    const local = localHeaders();
    expect(local['x-content-type-options']).toBe('nosniff');
    expect(local['x-frame-options']).toBe('DENY');
    // CloudFront: NO_REFERRER (test/infra/stateless.test.ts checks the template).
    expect(local['referrer-policy']).toBe('no-referrer');
    const localCsp = parseCsp(local['content-security-policy'] ?? '');
    expect(localCsp.size).toBeGreaterThan(0);
    for (const [name, values] of localCsp) {
      const expected = (aws.get(name) ?? []).filter((v) => !v.includes('amazoncognito.com'));
      expect(values, `local ${name}`).toEqual(expected);
    }
    // A directive only AWS sets may only forbid more (e.g. object-src 'none').
    for (const [name, values] of aws) {
      if (!localCsp.has(name)) expect(values, `AWS-only ${name}`).toEqual(["'none'"]);
    }
  });
});
