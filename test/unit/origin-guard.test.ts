import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { EdgeConfig } from '../../functions/config';
import type { ApiContext, ApiEvent, ApiResult } from '../../functions/shared/http/api-types';
import { clientAddressOf, parseViewerAddress } from '../../functions/shared/http/client-address';
import { errorResponder } from '../../functions/shared/http/middlewares';
import {
  ORIGIN_VERIFY_HEADER,
  originGuard,
  originGuardActive,
} from '../../functions/shared/http/origin-guard';
import { json } from '../../functions/shared/http/responses';

const SECRET = 'a'.repeat(48);
/** A fresh context per invocation, as Lambda gives one. */
const context = () =>
  ({ awsRequestId: 'r1', functionName: 'f', getRemainingTimeInMillis: () => 1000 }) as Context;
const event = (headers: Record<string, string>): ApiEvent =>
  ({
    version: '2.0',
    routeKey: 'POST /api/form/session',
    rawPath: '/api/form/session',
    rawQueryString: '',
    headers,
    requestContext: { http: { method: 'POST', path: '/api/form/session', sourceIp: '130.176.0.1' } },
    isBase64Encoded: false,
  }) as unknown as ApiEvent;

/** A handler behind the guard that answers with the client address it would rate-limit on. */
const guarded = (config: EdgeConfig) =>
  middy<ApiEvent, ApiResult, Error, ApiContext>()
    .use(httpHeaderNormalizer())
    .use(errorResponder())
    .use(originGuard(() => config))
    .handler(async (e, c) => json(200, { client: clientAddressOf(e, c) }));

const IN_LAMBDA: EdgeConfig = { STAGE: 'aws', ORIGIN_VERIFY_SECRET: SECRET, AWS_LAMBDA_FUNCTION_NAME: 'fn' };

describe('origin guard: the API answers only requests that came through CloudFront', () => {
  it('refuses a direct execute-api call (no header, wrong header) with 403 and lets CloudFront in', async () => {
    const handler = guarded(IN_LAMBDA);
    expect((await handler(event({}), context())).statusCode).toBe(403);
    expect((await handler(event({ [ORIGIN_VERIFY_HEADER]: 'b'.repeat(48) }), context())).statusCode).toBe(
      403,
    );
    expect((await handler(event({ [ORIGIN_VERIFY_HEADER]: SECRET.slice(1) }), context())).statusCode).toBe(
      403,
    );
    expect((await handler(event({ 'X-Origin-Verify': SECRET }), context())).statusCode).toBe(200);
  });

  it('refuses everything inside Lambda when the secret is missing from the configuration', async () => {
    const handler = guarded({ STAGE: 'aws', AWS_LAMBDA_FUNCTION_NAME: 'fn' });
    expect((await handler(event({ [ORIGIN_VERIFY_HEADER]: SECRET }), context())).statusCode).toBe(403);
  });

  it('is off locally: the local server sets no header', async () => {
    const local: EdgeConfig = { STAGE: 'local', ORIGIN_VERIFY_SECRET: SECRET };
    expect(originGuardActive(local)).toBe(false);
    expect((await guarded(local)(event({}), context())).statusCode).toBe(200);
    expect(originGuardActive({ STAGE: 'aws' })).toBe(false);
    expect(originGuardActive(IN_LAMBDA)).toBe(true);
  });
});

describe('client address for the link-check limiter', () => {
  it('reads CloudFront-Viewer-Address only for requests that came through CloudFront', async () => {
    const through = await guarded(IN_LAMBDA)(
      event({ [ORIGIN_VERIFY_HEADER]: SECRET, 'CloudFront-Viewer-Address': '203.0.113.7:51234' }),
      context(),
    );
    expect(JSON.parse(through.body ?? '')).toEqual({ client: '203.0.113.7' });
    // Locally nobody proved anything: a forged header does not choose the limiter's key.
    const local = await guarded({ STAGE: 'local' })(
      event({ 'CloudFront-Viewer-Address': '203.0.113.7:51234' }),
      context(),
    );
    expect(JSON.parse(local.body ?? '')).toEqual({ client: '130.176.0.1' });
  });

  it('parses IPv4 and IPv6 viewer addresses and rejects garbage', () => {
    expect(parseViewerAddress('203.0.113.7:443')).toBe('203.0.113.7');
    expect(parseViewerAddress('2001:db8::1:51234')).toBe('2001:db8::1');
    expect(parseViewerAddress('evil<script>:1')).toBeUndefined();
    expect(parseViewerAddress('')).toBeUndefined();
    expect(parseViewerAddress(undefined)).toBeUndefined();
  });
});
