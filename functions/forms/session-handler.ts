import type { MiddlewareObj } from '@middy/core';
import { LinkInvalidError } from '../shared/errors';
import type { ApiContext, ApiEvent, ApiResult } from '../shared/http/api-types';
import { accessHandler, accessOf, type RouteIdWith, withBodyRule } from '../shared/http/http-handler';
import { clock } from '../wiring/core';
import { formStore as store } from '../wiring/forms';
import { type FormNeeds, makeLoadFormRecords } from './form-records';

const loadFormRecords = makeLoadFormRecords({ store, clock });

/**
 * Form routes: the session token from the link exchange, as `Authorization: Bearer <token>`.
 * Checks it and reads the response's records in two waves (session, then everything else at once).
 */
const requireSession = (needs: FormNeeds): MiddlewareObj<ApiEvent, ApiResult, Error, ApiContext> => ({
  before: async (request) => {
    const header = request.event.headers?.authorization ?? '';
    request.context.form = await loadFormRecords(/^Bearer (\S+)$/.exec(header)?.[1], needs);
  },
});

/**
 * Handlers of the Jobcenter's form start here, named by their route id (access `session` in the
 * route table). `needs` names the queries the route uses besides the response's items, so they
 * run in the same wave.
 */
export const sessionHandler = (routeId: RouteIdWith<'session'>, needs: FormNeeds = {}) => {
  if (accessOf(routeId) !== 'session') throw new Error(`Route "${routeId}" is not a session route.`);
  return withBodyRule(routeId, accessHandler('public').use(requireSession(needs)));
};

/** The checked session and the records of its response. */
export const formOf = (context: ApiContext) => {
  if (!context.form) throw new LinkInvalidError();
  return context.form;
};
