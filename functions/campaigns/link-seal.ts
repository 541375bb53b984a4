import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Reminders must carry the same personal link as the invitation, but the table keeps only the
 * link's hash. So the sender also stores the token sealed with AES-256-GCM under a key that lives
 * outside the table (Secrets Manager in AWS, .local/ on one machine): a table dump alone still
 * yields no working link.
 */
export const sealToken = (token: string, key: Buffer): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    sealed.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
};

export const openToken = (sealed: string, key: Buffer): string => {
  const [version, iv, data, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !data || !tag) throw new Error('unknown sealed link format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
};

/** Accepts a 32-byte key as base64url/base64 text. */
export const parseLinkKey = (text: string): Buffer => {
  const key = Buffer.from(text.trim(), 'base64url');
  if (key.length !== 32) throw new Error('The link key must be 32 bytes (base64url).');
  return key;
};
