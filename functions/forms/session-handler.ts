import type { MiddlewareObj } from '@middy/core';
import { LinkInvalidError } from '../shared/errors';
import type { ApiContext, ApiEvent, ApiResult } from '../shared/http/api-types';
import { accessHandler, accessOf, type RouteIdWith } from '../shared/http/http-handler';
import { clock, store } from '../wiring';
import { makeResolveSession } from './use-cases/resolve-session';

const resolveSession = makeResolveSession({ store, clock });

/** Form routes: the session token from the link exchange, as `Authorization: Bearer <token>`. */
const requireSession = (): MiddlewareObj<ApiEvent, ApiResult, Error, ApiContext> => ({
  before: async (request) => {
    const header = request.event.headers?.authorization ?? '';
    request.context.session = await resolveSession(/^Bearer (\S+)$/.exec(header)?.[1]);
  },
});

/** Handlers of the Jobcenter's form start here, named by their route id (access `session` in the route table). */
export const sessionHandler = (routeId: RouteIdWith<'session'>) => {
  if (accessOf(routeId) !== 'session') throw new Error(`Route "${routeId}" is not a session route.`);
  return accessHandler('public').use(requireSession());
};

export const sessionOf = (context: ApiContext) => {
  if (!context.session) throw new LinkInvalidError();
  return context.session;
};
