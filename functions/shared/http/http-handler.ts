import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import { ROUTES } from '../../api/routes';
import type { Role } from '../../auth/principal';
import { UnauthorizedError } from '../errors';
import type { ApiContext, ApiEvent, ApiResult } from './api-types';
import { accessLog, authorize, errorResponder } from './middlewares';

type Route = (typeof ROUTES)[number];
/** Ids of the routes with this access in the route table. */
export type RouteIdWith<A extends Route['access']> = Extract<Route, { access: A }>['id'];

/** The access the route table (functions/api/routes.ts) declares for a route: its one declaration. */
export const accessOf = (routeId: Route['id']): Route['access'] => {
  const route = ROUTES.find((r) => r.id === routeId);
  if (!route) throw new Error(`Route "${routeId}" is not in the route table.`);
  return route.access;
};

/**
 * The middleware chain for an access: header normalisation, access log, error mapping and,
 * unless public, the role check. Handlers use `httpHandler(routeId)`, which takes the access from
 * the route table; test/unit/route-access.test.ts checks every deployed handler against it.
 */
export const accessHandler = (access: 'public' | Role) => {
  const base = middy<ApiEvent, ApiResult, Error, ApiContext>()
    .use(httpHeaderNormalizer())
    .use(accessLog())
    .use(errorResponder());
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
