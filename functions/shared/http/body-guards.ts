import type { MiddlewareObj } from '@middy/core';
import { UnsupportedMediaTypeError, ValidationError } from '../errors';
import type { ApiContext, ApiEvent, ApiResult } from './api-types';

type Mw = MiddlewareObj<ApiEvent, ApiResult, Error, ApiContext>;

/** Charsets whose bytes are UTF-8 (ASCII is a subset); JSON is UTF-8 by definition (RFC 8259). */
const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/** The `charset` parameter of a Content-Type header, lower-cased and unquoted, if there is one. */
export const declaredCharset = (contentType: string | undefined): string | undefined => {
  const match = /;\s*charset\s*=\s*("?)([^";\s]*)\1/i.exec(contentType ?? '');
  return match ? (match[2] ?? '').toLowerCase() : undefined;
};

/**
 * Bodies are read as UTF-8. One declared in another charset is refused with 415 rather than
 * decoded into U+FFFD replacement characters and stored. No charset means UTF-8.
 */
export const requireUtf8 = (): Mw => ({
  before: (request) => {
    if (!request.event.body) return;
    const charset = declaredCharset(request.event.headers?.['content-type']);
    if (charset !== undefined && !UTF8_CHARSETS.has(charset))
      throw new UnsupportedMediaTypeError('Der Inhalt der Anfrage muss UTF-8-codiert sein (charset=utf-8).');
  },
});

const bodyOf = (event: ApiEvent): string =>
  event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');

const parsedOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Routes whose schema in the route table has no body (actions such as launch or confirm) refuse
 * one with 400 instead of ignoring it. An empty JSON object counts as no body, because JSON
 * clients send `{}`; the keys of any other object are named as the fields at fault.
 */
export const refuseBody = (): Mw => ({
  before: (request) => {
    const text = bodyOf(request.event);
    if (text.trim() === '') return;
    const data = parsedOrUndefined(text);
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    if (isObject && Object.keys(data).length === 0) return;
    const message = 'Diese Aktion erwartet keine Angaben im Inhalt der Anfrage.';
    throw new ValidationError(
      isObject ? Object.keys(data).map((field) => ({ field, message })) : [{ field: '(Eingabe)', message }],
    );
  },
});
