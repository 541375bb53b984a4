import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured JSON logs. Never log request bodies, headers, tokens or e-mail addresses: only ids,
 * routes, status codes and durations.
 */
export const logger = new Logger({ serviceName: 'inklusion' });
