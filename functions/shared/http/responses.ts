import type { ApiResult } from './api-types';

/** Headers on every API answer: no caching of personal data, no sniffing, no framing. */
export const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

export const json = (statusCode: number, body: unknown): ApiResult => ({
  statusCode,
  headers: { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

export const csv = (body: string, filename: string): ApiResult => ({
  statusCode: 200,
  headers: {
    ...SECURITY_HEADERS,
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
  },
  body,
});

/** A file download; binary bodies travel base64-encoded, as API Gateway expects. */
export const file = (f: { body: Buffer; contentType: string; filename: string }): ApiResult => {
  const text = f.contentType.startsWith('text/');
  return {
    statusCode: 200,
    headers: {
      ...SECURITY_HEADERS,
      'content-type': f.contentType,
      'content-disposition': `attachment; filename="${f.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    },
    body: text ? f.body.toString('utf8') : f.body.toString('base64'),
    ...(text ? {} : { isBase64Encoded: true }),
  };
};
