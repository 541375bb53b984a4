import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import { type Access, ROUTE_ACCESS, ROUTES_WITH_BODY, type RouteId } from '../../api/route-access';
import type { StaffAccess } from '../../auth/principal';
import { getEdgeConfig } from '../../config';
import { UnauthorizedError } from '../errors';
import type { ApiContext, ApiEvent, ApiResult } from './api-types';
import { refuseBody, requireUtf8 } from './body-guards';
import { accessLog, authorize, errorResponder } from './middlewares';
import { originGuard } from './origin-guard';

/** Ids of the routes with this access (functions/api/route-access.ts). */
export type RouteIdWith<A extends Access> = {
  [K in RouteId]: (typeof ROUTE_ACCESS)[K] extends A ? K : never;
}[RouteId];

/** The access declared for a route: its one declaration, which the route table reads too. */
export const accessOf = (routeId: RouteId): Access => {
  const access: Access | undefined = ROUTE_ACCESS[routeId];
  if (!access) throw new Error(`Route "${routeId}" is not in the route table.`);
  return access;
};

/**
 * The middleware chain for an access: header normalisation, access log, error mapping, the
 * CloudFront origin check, unless public the role check, then the charset check (UTF-8 bodies
 * only). Handlers use `httpHandler(routeId)`, which takes the access from the route table;
 * test/unit/route-access.test.ts checks every deployed handler against it.
 */
export const accessHandler = (access: 'public' | StaffAccess) => {
  const base = middy<ApiEvent, ApiResult, Error, ApiContext>()
    .use(httpHeaderNormalizer())
    .use(accessLog())
    .use(errorResponder())
    .use(originGuard(getEdgeConfig));
  return (access === 'public' ? base : base.use(authorize(access))).use(requireUtf8());
};

/** Routes without a body in the route table refuse one (after the access check). */
export const withBodyRule = <H extends ReturnType<typeof accessHandler>>(routeId: RouteId, chain: H): H =>
  ROUTES_WITH_BODY.has(routeId) ? chain : (chain.use(refuseBody()) as H);

/**
 * Every HTTP handler of a public or staff route starts here, named by its route id; the role it
 * checks is the one the route table declares. Form routes (access `session`) use `sessionHandler`.
 */
export const httpHandler = (routeId: RouteIdWith<'public' | StaffAccess>) => {
  const access = accessOf(routeId);
  if (access === 'session') throw new Error(`Route "${routeId}" is a session route: use sessionHandler.`);
  return withBodyRule(routeId, accessHandler(access));
};

/** The principal set by `authorize`; a handler of a protected route always has one. */
export const principalOf = (context: ApiContext) => {
  if (!context.principal) throw new UnauthorizedError();
  return context.principal;
};
