import { describe, expect, it } from 'vitest';
import { SPA_REWRITE } from '../../infra/constructs/web-hosting';

type Request = { uri: string };
/** The CloudFront function's code, run as CloudFront runs it: `handler(event)` returns the request. */
const rewrite = (uri: string): string => {
  const handler = new Function(`${SPA_REWRITE}\nreturn handler;`)() as (event: {
    request: Request;
  }) => Request;
  return handler({ request: { uri } }).uri;
};

describe('viewer-request function of the web bucket', () => {
  it('answers exactly /formular with its prerendered page', () => {
    expect(rewrite('/formular')).toBe('/formular.html');
  });

  it('answers every other client-side route with index.html and leaves files alone', () => {
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/formular/pruefen')).toBe('/index.html');
    expect(rewrite('/formular/')).toBe('/index.html');
    expect(rewrite('/verwaltung/jobcenter')).toBe('/index.html');
    expect(rewrite('/assets/index-abc123.js')).toBe('/assets/index-abc123.js');
    expect(rewrite('/config.json')).toBe('/config.json');
  });
});
