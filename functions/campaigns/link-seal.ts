import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Reminders must carry the same personal link as the invitation, but the table keeps only the
 * link's hash. So the sender also stores the token sealed with AES-256-GCM under a key that lives
 * outside the table (Secrets Manager in AWS, .local/ on one machine): a table dump alone still
 * yields no working link.
 *
 * Format `v2.<key id>.<iv>.<ciphertext>.<tag>`: the key id names the key of the ring that sealed
 * it, so the key can be rotated (new values are sealed with the current key, older ones still open
 * with a previous key until their links have expired). The associated data binds a sealed value to
 * its invitation (campaign and Jobcenter) and to its key id: copied to another invitation, or with
 * the id changed, it does not open. The tag is always 16 bytes; a shorter one is refused.
 * `v1.<iv>.<ciphertext>.<tag>` (no key id, no associated data) from before the rotation still
 * opens with any key of the ring.
 */
export type LinkKey = { id: string; key: Buffer };
export type LinkKeyRing = { current: LinkKey; previous: LinkKey[] };
/** The invitation a sealed link belongs to: the associated data. */
export type SealContext = { campaignId: string; jobcenterId: string };

const ALGORITHM = 'aes-256-gcm';
const TAG_BYTES = 16;
const IV_BYTES = 12;

/** A key's id: derived from the key itself, so a ring can never name a key wrongly. Not secret. */
export const linkKeyId = (key: Buffer): string =>
  createHash('sha256')
    .update('inklusion-link-key-id')
    .update(key)
    .digest()
    .subarray(0, 6)
    .toString('base64url');

const withId = (key: Buffer): LinkKey => ({ id: linkKeyId(key), key });

const associatedData = (keyId: string, context: SealContext): Buffer =>
  Buffer.from(JSON.stringify(['v2', keyId, context.campaignId, context.jobcenterId]), 'utf8');

export const sealToken = (token: string, ring: LinkKeyRing, context: SealContext): string => {
  const { id, key } = ring.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(id, context));
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [
    'v2',
    id,
    iv.toString('base64url'),
    sealed.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
};

const decrypt = (key: Buffer, iv: string, data: string, tag: string, aad?: Buffer): string => {
  const tagBytes = Buffer.from(tag, 'base64url');
  if (tagBytes.length !== TAG_BYTES) throw new Error('sealed link has no 16-byte tag');
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'), {
    authTagLength: TAG_BYTES,
  });
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(tagBytes);
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
};

/** The id of the key that sealed a link (`v2` format), or undefined for a `v1` or unknown value. */
export const sealedKeyId = (sealed: string): string | undefined => {
  const parts = sealed.split('.');
  return parts[0] === 'v2' && parts.length === 5 ? parts[1] : undefined;
};

/** Whether the ring holds the key with this id. */
export const ringHasKey = (ring: LinkKeyRing, id: string): boolean =>
  [ring.current, ...ring.previous].some((k) => k.id === id);

/** Opens a sealed link of this invitation; throws if no key of the ring opens it or it was altered. */
export const openToken = (sealed: string, ring: LinkKeyRing, context: SealContext): string => {
  const parts = sealed.split('.');
  if (parts[0] === 'v2' && parts.length === 5) {
    const [, id, iv, data, tag] = parts as [string, string, string, string, string];
    const key = [ring.current, ...ring.previous].find((k) => k.id === id);
    if (!key) throw new Error('sealed link key is no longer in the key ring');
    return decrypt(key.key, iv, data, tag, associatedData(id, context));
  }
  if (parts[0] === 'v1' && parts.length === 4) {
    const [, iv, data, tag] = parts as [string, string, string, string];
    for (const { key } of [ring.current, ...ring.previous]) {
      try {
        return decrypt(key, iv, data, tag);
      } catch {
        // Not this key: try the next one.
      }
    }
    throw new Error('no key of the ring opens this sealed link');
  }
  throw new Error('unknown sealed link format');
};

/** Accepts a 32-byte key as base64url/base64 text. */
export const parseLinkKey = (text: string): Buffer => {
  const key = Buffer.from(text.trim(), 'base64url');
  if (key.length !== 32) throw new Error('The link key must be 32 bytes (base64url).');
  return key;
};

/**
 * The key ring as stored (Secrets Manager secret or LINK_KEY): either one key (base64url, the
 * format before rotation) or `{"current":"<key>","previous":["<key>",...]}`.
 */
export const parseLinkKeyRing = (text: string): LinkKeyRing => {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return { current: withId(parseLinkKey(trimmed)), previous: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    throw new Error('The link key ring is not valid JSON.');
  }
  const { current, previous = [] } = (parsed ?? {}) as { current?: unknown; previous?: unknown };
  if (
    typeof current !== 'string' ||
    !Array.isArray(previous) ||
    !previous.every((p) => typeof p === 'string')
  ) {
    throw new Error('The link key ring must be {"current": "<key>", "previous": ["<key>", ...]}.');
  }
  return {
    current: withId(parseLinkKey(current)),
    previous: previous.map((p: string) => withId(parseLinkKey(p))),
  };
};

/**
 * Rotation: `next` becomes the current key, the old current key moves to the front of the previous
 * keys. Previous keys stay until every link they sealed has expired; `retire` drops those ids then.
 */
export const rotateLinkKeyRing = (ring: LinkKeyRing, next: Buffer, retire: string[] = []): LinkKeyRing => ({
  current: withId(next),
  previous: [ring.current, ...ring.previous].filter(
    (k) => !retire.includes(k.id) && k.id !== linkKeyId(next),
  ),
});

/** The stored form of a ring (what goes into the secret). */
export const serialiseLinkKeyRing = (ring: LinkKeyRing): string =>
  JSON.stringify({
    current: ring.current.key.toString('base64url'),
    previous: ring.previous.map((k) => k.key.toString('base64url')),
  });
