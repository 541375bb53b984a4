import { createHash, randomBytes } from 'node:crypto';

/**
 * Personal links: 256 bits from the CSPRNG, base64url. Only the SHA-256 is stored, so a leaked
 * table gives no working link. The token travels in the URL fragment, which browsers never send
 * to a server, so it cannot end up in access logs.
 */
export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const formUrl = (baseUrl: string, token: string): string =>
  `${baseUrl.replace(/\/$/, '')}/formular#t=${token}`;
