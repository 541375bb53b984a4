import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ConflictError, ValidationError } from '../../functions/shared/errors';
import type { ApiEvent } from '../../functions/shared/http/api-types';
import { declaredCharset } from '../../functions/shared/http/body-guards';
import { accessHandler, principalOf, withBodyRule } from '../../functions/shared/http/http-handler';
import { parseJsonBody } from '../../functions/shared/http/request';
import { json } from '../../functions/shared/http/responses';

const context = { awsRequestId: 'r1', functionName: 'f', getRemainingTimeInMillis: () => 1000 } as Context;
const event = (over: Partial<ApiEvent> = {}, claims?: Record<string, string>): ApiEvent =>
  ({
    version: '2.0',
    routeKey: 'POST /x',
    rawPath: '/x',
    rawQueryString: '',
    headers: { 'Content-Type': 'application/json' },
    requestContext: {
      http: { method: 'POST', path: '/x' },
      ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
    },
    isBase64Encoded: false,
    ...over,
  }) as unknown as ApiEvent;

const Body = z.object({ name: z.string().max(5), count: z.number().int() }).strict();

describe('HTTP edge', () => {
  const echo = accessHandler('public').handler(async (e) => json(200, parseJsonBody(e, Body)));

  it('parses and validates a JSON body', async () => {
    const res = await echo(event({ body: '{"name":"abc","count":2}' }), context);
    expect(res).toMatchObject({ statusCode: 200, body: '{"name":"abc","count":2}' });
  });

  it('answers malformed JSON, wrong types and unknown fields with 400 and German field errors', async () => {
    const bad = await echo(event({ body: '{"name":' }), context);
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body ?? '').error.fields).toEqual([
      { field: '(Eingabe)', message: 'Der Inhalt ist kein gültiges JSON.' },
    ]);
    const wrong = await echo(event({ body: '{"name":"toolong","count":"2","extra":1}' }), context);
    const fields = JSON.parse(wrong.body ?? '').error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'count', 'extra']));
    expect(JSON.parse(wrong.body ?? '').error.fields[0].message).toMatch(
      /[äöüÄÖÜß]|Zeichen|erwartet|Ungültig/,
    );
  });

  it('decodes base64 bodies and rejects oversized ones with 413', async () => {
    const body = Buffer.from('{"name":"ä","count":1}').toString('base64');
    expect((await echo(event({ body, isBase64Encoded: true }), context)).statusCode).toBe(200);
    const huge = await echo(event({ body: `{"name":"${'x'.repeat(1024 * 1024)}","count":1}` }), context);
    expect(huge.statusCode).toBe(413);
  });

  it('rejects a wrong content type with 415', async () => {
    const res = await echo(event({ headers: { 'content-type': 'text/plain' }, body: '{}' }), context);
    expect(res.statusCode).toBe(415);
  });

  it('never exposes internals of unexpected errors', async () => {
    const failing = accessHandler('public').handler(async () => {
      throw new Error('ECONNREFUSED 10.0.0.1:5432 password=hunter2');
    });
    const res = await failing(event(), context);
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/ECONNREFUSED|hunter2|stack/);
    expect(JSON.parse(res.body ?? '').error.code).toBe('internal');
  });

  it('shows typed errors below 500 with their message', async () => {
    const conflict = accessHandler('public').handler(async () => {
      throw new ConflictError('Schon geändert.');
    });
    expect(JSON.parse((await conflict(event(), context)).body ?? '')).toEqual({
      error: { code: 'conflict', message: 'Schon geändert.' },
    });
    const invalid = accessHandler('public').handler(async () => {
      throw new ValidationError([{ field: 'a', message: 'b', row: 3 }]);
    });
    expect(JSON.parse((await invalid(event(), context)).body ?? '').error.fields).toEqual([
      { field: 'a', message: 'b', row: 3 },
    ]);
  });

  it('checks roles from the authorizer claims: 401 without, 403 with the wrong role', async () => {
    const adminOnly = accessHandler('admin').handler(async (_e, ctx) => json(200, principalOf(ctx)));
    expect((await adminOnly(event(), context)).statusCode).toBe(401);
    expect((await adminOnly(event({}, { sub: 'v', 'cognito:groups': '[viewer]' }), context)).statusCode).toBe(
      403,
    );
    const ok = await adminOnly(event({}, { sub: 'a', 'cognito:groups': '[admin]' }), context);
    expect(JSON.parse(ok.body ?? '')).toEqual({ sub: 'a', roles: ['admin'] });
  });

  it('sets security headers on every answer', async () => {
    const res = await echo(event({ body: '{' }), context);
    expect(res.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  });

  it('refuses a body declared in a charset other than UTF-8 with 415 (no U+FFFD stored)', async () => {
    const latin1 = { 'content-type': 'application/json; charset=latin1' };
    const res = await echo(event({ headers: latin1, body: '{"name":"\uFFFD","count":1}' }), context);
    expect(res.statusCode).toBe(415);
    expect(JSON.parse(res.body ?? '').error.code).toBe('unsupported_media_type');
    for (const charset of ['utf-8', 'UTF-8', '"utf-8"', 'us-ascii']) {
      const headers = { 'content-type': `application/json; charset=${charset}` };
      expect((await echo(event({ headers, body: '{"name":"ä","count":1}' }), context)).statusCode).toBe(200);
    }
    expect(declaredCharset('text/csv; header=present; charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(declaredCharset('application/json')).toBeUndefined();
  });

  it('refuses a body on a route without one (empty, whitespace or {} count as none), naming its keys', async () => {
    let acted = 0;
    const action = withBodyRule(
      'launchCampaign',
      accessHandler('public').handler(async () => {
        acted += 1;
        return json(202, {});
      }),
    );
    for (const body of [undefined, '', ' ', '{}', ' { } '])
      expect((await action(event(body === undefined ? {} : { body }), context)).statusCode, body).toBe(202);
    const named = await action(event({ body: '{"dryRun":true,"to":"x"}' }), context);
    expect(named.statusCode).toBe(400);
    expect(JSON.parse(named.body ?? '').error.fields.map((f: { field: string }) => f.field)).toEqual([
      'dryRun',
      'to',
    ]);
    for (const body of ['[]', 'null', '"x"', '{', 'a=b'])
      expect((await action(event({ body }), context)).statusCode, body).toBe(400);
    const encoded = Buffer.from('{"x":1}').toString('base64');
    expect((await action(event({ body: encoded, isBase64Encoded: true }), context)).statusCode).toBe(400);
    expect(acted).toBe(5);
  });
});
