import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { Role } from '../../auth/principal';
import { UnauthorizedError } from '../errors';
import type { ApiContext, ApiEvent, ApiResult } from './api-types';
import { accessLog, authorize, errorResponder } from './middlewares';

/**
 * Every HTTP handler starts here: header normalisation, access log, error mapping and, unless
 * the route is public, the role check. The route table (functions/api/routes.ts) says which.
 */
export const httpHandler = (access: 'public' | Role) => {
  const base = middy<ApiEvent, ApiResult, Error, ApiContext>()
    .use(httpHeaderNormalizer())
    .use(accessLog())
    .use(errorResponder());
  return access === 'public' ? base : base.use(authorize(access));
};

/** The principal set by `authorize`; a handler of a protected route always has one. */
export const principalOf = (context: ApiContext) => {
  if (!context.principal) throw new UnauthorizedError();
  return context.principal;
};
