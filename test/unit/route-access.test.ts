import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_ACCESS, ROUTES_WITH_BODY } from '../../functions/api/route-access';
import { ROUTES, type RouteDef } from '../../functions/api/routes';
import type { ApiEvent, ApiResult } from '../../functions/shared/http/api-types';
import { lambdaContext } from '../../local/api-gateway-event';
import { loadHandler } from '../../local/handlers';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Every deployed HTTP handler (the `entry` of its route) enforces exactly the access the route
 * table declares. A probe added after the handler's own middlewares answers 299 when a request
 * got through them, so no handler body runs and nothing touches the network.
 */
type Caller = 'anonymous' | 'noRole' | 'lvr' | 'viewer' | 'admin';
type Outcome = 'reached' | 401 | 403;

const CLAIMS: Record<Caller, Record<string, string> | undefined> = {
  anonymous: undefined,
  noRole: { sub: 'staff-0' },
  lvr: { sub: 'partner-1', 'cognito:groups': '[lvr]' },
  viewer: { sub: 'staff-1', 'cognito:groups': '[viewer]' },
  admin: { sub: 'staff-2', 'cognito:groups': '[admin]' },
};

const EXPECTED: Record<RouteDef['access'], Record<Caller, Outcome>> = {
  public: { anonymous: 'reached', noRole: 'reached', lvr: 'reached', viewer: 'reached', admin: 'reached' },
  // The evaluation: MAGS and the co-signatories (the scope then cuts what each reads).
  partner: { anonymous: 401, noRole: 403, lvr: 'reached', viewer: 'reached', admin: 'reached' },
  viewer: { anonymous: 401, noRole: 403, lvr: 403, viewer: 'reached', admin: 'reached' },
  admin: { anonymous: 401, noRole: 403, lvr: 403, viewer: 403, admin: 'reached' },
  // Only a form session opens a form route; staff tokens do not.
  session: { anonymous: 401, noRole: 401, lvr: 401, viewer: 401, admin: 401 },
};

const event = (route: RouteDef, claims: Record<string, string> | undefined): ApiEvent =>
  ({
    version: '2.0',
    routeKey: `${route.method} ${route.path}`,
    rawPath: route.path,
    rawQueryString: '',
    headers: {},
    requestContext: {
      http: { method: route.method, path: route.path },
      ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
    },
    isBase64Encoded: false,
  }) as unknown as ApiEvent;

type ProbedHandler = ((event: ApiEvent, context: unknown) => Promise<ApiResult>) & {
  before: (fn: () => ApiResult) => unknown;
};

describe('route access: each handler enforces the role of its route', () => {
  it('declares access once: exactly one entry per route, the route table reads it', () => {
    expect(Object.keys(ROUTE_ACCESS).sort()).toEqual(ROUTES.map((r) => r.id).sort());
    for (const r of ROUTES) expect(r.access, r.id).toBe(ROUTE_ACCESS[r.id as keyof typeof ROUTE_ACCESS]);
  });

  it('declares which routes take a body as the route table does (all others refuse one)', () => {
    const withBody = ROUTES.filter((r: RouteDef) => r.request?.body).map((r) => r.id);
    expect([...ROUTES_WITH_BODY].sort()).toEqual(withBody.sort());
  });

  const handlers = new Map<string, ProbedHandler>();

  beforeAll(async () => {
    // What CDK sets in AWS; the endpoints lead nowhere (nothing may be called).
    Object.assign(process.env, {
      STAGE: 'local',
      TABLE_NAME: 'route-access',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
      SES_ENDPOINT: 'http://127.0.0.1:9',
      MAIL_FROM: 'inklusion@mags.example.org',
      APP_BASE_URL: 'http://127.0.0.1:9',
      LOG_LEVEL: 'ERROR',
      LINK_KEY: randomBytes(32).toString('base64url'),
    });
    for (const route of ROUTES) {
      const handler = (await loadHandler(ROOT, route.entry)) as ProbedHandler;
      handler.before(() => ({ statusCode: 299, body: 'reached' }));
      handlers.set(route.id, handler);
    }
  }, 60_000);

  it('covers public, session, partner, viewer and admin routes', () => {
    expect(new Set(ROUTES.map((r) => r.access))).toEqual(
      new Set(['public', 'session', 'partner', 'viewer', 'admin']),
    );
  });

  it.each(ROUTES.map((r) => [r.id, r.access, r] as const))('%s (%s)', async (id, access, route) => {
    const handler = handlers.get(id);
    if (!handler) throw new Error(`no handler for ${id}`);
    const outcomes: Record<string, Outcome | number | undefined> = {};
    for (const caller of Object.keys(CLAIMS) as Caller[]) {
      const res = await handler(event(route, CLAIMS[caller]), lambdaContext(id));
      outcomes[caller] = res.statusCode === 299 ? 'reached' : res.statusCode;
    }
    expect(outcomes).toEqual(EXPECTED[access]);
  });

  it.each(ROUTES.filter((r) => r.access !== 'session').map((r) => [r.id, r] as const))(
    '%s refuses a body exactly when its route declares none',
    async (id, route: RouteDef) => {
      const handler = handlers.get(id);
      if (!handler) throw new Error(`no handler for ${id}`);
      const withBody = {
        ...event(route, CLAIMS.admin),
        headers: { 'content-type': 'application/json' },
        body: '{"unexpected":1}',
      } as ApiEvent;
      const res = await handler(withBody, lambdaContext(id));
      expect(res.statusCode === 299 ? 'reached' : res.statusCode).toBe(route.request?.body ? 'reached' : 400);
    },
  );
});
