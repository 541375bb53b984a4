import type { z } from 'zod';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors';
import { parseWith } from '../validation';
import type { ApiEvent } from './api-types';

/** API Gateway accepts up to 10 MB; our forms and files are far smaller. */
export const MAX_BODY_BYTES = 512 * 1024;

/** Raw body as text, decoded from base64 if API Gateway encoded it, size-checked. */
export const bodyText = (event: ApiEvent, maxBytes = MAX_BODY_BYTES): string => {
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.byteLength > maxBytes)
    throw new PayloadTooLargeError(`Die Anfrage ist größer als ${Math.round(maxBytes / 1024)} KB.`);
  return bytes.toString('utf8');
};

const contentType = (event: ApiEvent) =>
  (event.headers?.['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();

export const requireContentType = (event: ApiEvent, ...allowed: string[]): void => {
  const type = contentType(event);
  if (!type || !allowed.includes(type))
    throw new UnsupportedMediaTypeError(`Erwartet wird der Inhaltstyp ${allowed.join(' oder ')}.`);
};

export const parseJsonBody = <S extends z.ZodType>(event: ApiEvent, schema: S): z.infer<S> => {
  requireContentType(event, 'application/json');
  let data: unknown;
  try {
    data = JSON.parse(bodyText(event));
  } catch (e) {
    if (e instanceof PayloadTooLargeError) throw e;
    throw new ValidationError([{ field: '(Eingabe)', message: 'Der Inhalt ist kein gültiges JSON.' }]);
  }
  const prototypeKeys = prototypeKeyPaths(data);
  if (prototypeKeys.length)
    throw new ValidationError(
      prototypeKeys.map((field) => ({ field, message: 'Dieser Feldname ist nicht erlaubt.' })),
    );
  return parseWith(schema, data);
};

/** Keys that address an object's prototype rather than data (`{"__proto__": …}` from JSON.parse). */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Paths of every prototype key in parsed JSON (iterative: nesting depth is the client's choice). */
const prototypeKeyPaths = (root: unknown): string[] => {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    for (const [key, child] of Object.entries(next.value)) {
      const path = next.path ? `${next.path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) found.push(path);
      stack.push({ value: child, path });
    }
  }
  return found.sort();
};

export const parseQuery = <S extends z.ZodType>(event: ApiEvent, schema: S): z.infer<S> =>
  parseWith(schema, event.queryStringParameters ?? {});

export const parsePath = <S extends z.ZodType>(event: ApiEvent, schema: S): z.infer<S> =>
  parseWith(schema, event.pathParameters ?? {});
