import type { MiddlewareObj } from '@middy/core';
import { mayAccess, principalFromClaims, type StaffAccess } from '../../auth/principal';
import { AppError, ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from '../errors';
import { logger } from '../logger';
import type { ApiContext, ApiEvent, ApiResult } from './api-types';
import { json } from './responses';

type Mw = MiddlewareObj<ApiEvent, ApiResult, Error, ApiContext>;

/**
 * The one place that turns errors into HTTP. Typed errors below 500 are shown with their German
 * message (and field errors); anything else is logged and answered with a generic 500 body.
 */
export const errorResponder = (): Mw => ({
  onError: (request) => {
    const error = request.error;
    if (error instanceof AppError && error.statusCode < 500) {
      logger.info('request rejected', { statusCode: error.statusCode, code: error.code });
      request.response = json(error.statusCode, {
        error: {
          code: error.code,
          message: error.message,
          ...(error instanceof ValidationError ? { fields: error.fields } : {}),
          ...(error instanceof ConflictError && error.current !== undefined
            ? { current: error.current }
            : {}),
        },
      });
      return;
    }
    logger.error('request failed', { error: error as Error });
    request.response = json(500, {
      error: {
        code: 'internal',
        message: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
      },
    });
  },
});

/** Reads the principal the JWT authorizer verified and checks the route's role. */
export const authorize = (access: StaffAccess): Mw => ({
  before: (request) => {
    const principal = principalFromClaims(request.event.requestContext.authorizer?.jwt?.claims);
    if (!principal) throw new UnauthorizedError();
    if (!mayAccess(principal, access)) throw new ForbiddenError();
    request.context.principal = principal;
  },
});

/** One access line per request, without personal data. */
export const accessLog = (): Mw => {
  const started = new WeakMap<object, number>();
  const line = (request: { event: ApiEvent; response?: ApiResult | null | undefined }) => {
    const start = started.get(request.event);
    logger.info('request', {
      route: request.event.routeKey,
      statusCode: request.response?.statusCode,
      durationMs: start === undefined ? undefined : Math.round(performance.now() - start),
    });
  };
  return {
    before: (request) => {
      started.set(request.event, performance.now());
    },
    after: line,
    onError: line,
  };
};
