import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import { type Access, ROUTE_ACCESS, type RouteId } from '../../api/route-access';
import type { Role } from '../../auth/principal';
import { getEdgeConfig } from '../../config';
import { UnauthorizedError } from '../errors';
import type { ApiContext, ApiEvent, ApiResult } from './api-types';
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
 * CloudFront origin check and, unless public, the role check. Handlers use `httpHandler(routeId)`, which takes the access from
 * the route table; test/unit/route-access.test.ts checks every deployed handler against it.
 */
export const accessHandler = (access: 'public' | Role) => {
  const base = middy<ApiEvent, ApiResult, Error, ApiContext>()
    .use(httpHeaderNormalizer())
    .use(accessLog())
    .use(errorResponder())
    .use(originGuard(getEdgeConfig));
  return access === 'public' ? base : base.use(authorize(access));
};

/**
 * Every HTTP handler of a public or staff route starts here, named by its route id; the role it
 * checks is the one the route table declares. Form routes (access `session`) use `sessionHandler`.
 */
export const httpHandler = (routeId: RouteIdWith<'public' | Role>) => {
  const access = accessOf(routeId);
  if (access === 'session') throw new Error(`Route "${routeId}" is a session route: use sessionHandler.`);
  return accessHandler(access);
};

/** The principal set by `authorize`; a handler of a protected route always has one. */
export const principalOf = (context: ApiContext) => {
  if (!context.principal) throw new UnauthorizedError();
  return context.principal;
};
