import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { EdgeConfig } from '../../config';
import { ForbiddenError } from '../errors';
import { logger } from '../logger';
import type { ApiContext, ApiEvent, ApiResult } from './api-types';

/**
 * The header CloudFront adds to every request it forwards to the HTTP API (infra/constructs/
 * web-hosting.ts); its value is a generated secret (ORIGIN_VERIFY_SECRET). Lower case: the
 * header normaliser runs first.
 */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Whether a request provably came through CloudFront: it carries the configured secret header. */
export const cameThroughCloudFront = (
  headers: ApiEvent['headers'],
  config: Pick<EdgeConfig, 'ORIGIN_VERIFY_SECRET'>,
): boolean => {
  const given = headers?.[ORIGIN_VERIFY_HEADER];
  return Boolean(config.ORIGIN_VERIFY_SECRET && given && sameSecret(given, config.ORIGIN_VERIFY_SECRET));
};

/**
 * Whether the guard applies: never locally (STAGE local: no CloudFront, the local server sets no
 * header); always inside Lambda, where a missing secret then refuses every request instead of
 * letting direct execute-api calls through; elsewhere (handlers under test) when a secret is set.
 */
export const originGuardActive = (config: EdgeConfig): boolean =>
  config.STAGE !== 'local' && Boolean(config.AWS_LAMBDA_FUNCTION_NAME || config.ORIGIN_VERIFY_SECRET);

/**
 * Refuses (403) any request that did not come through CloudFront, before the access check; marks
 * the ones that did (`context.viaCloudFront`), so that only those have their viewer address read
 * from CloudFront's header (client-address.ts).
 */
export const originGuard = (
  config: () => EdgeConfig,
): MiddlewareObj<ApiEvent, ApiResult, Error, ApiContext> => ({
  before: (request) => {
    const current = config();
    if (!originGuardActive(current)) return;
    if (!cameThroughCloudFront(request.event.headers, current)) {
      logger.warn('request not through CloudFront refused', { route: request.event.routeKey });
      throw new ForbiddenError('Zugriff nur über die Anwendung.');
    }
    request.context.viaCloudFront = true;
  },
});
