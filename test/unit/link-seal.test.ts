import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  linkKeyId,
  openToken,
  parseLinkKeyRing,
  rotateLinkKeyRing,
  sealToken,
  serialiseLinkKeyRing,
} from '../../functions/campaigns/link-seal';

const TOKEN = 'Qm9yZWRvbT8gVGhpcyBpcyBhIDI1Ni1iaXQgbGluayB0b2tlbg';
const INVITATION = { campaignId: 'c-2027', jobcenterId: 'duesseldorf' };
const keyText = () => randomBytes(32).toString('base64url');

/** What the sender wrote before rotation: `v1.<iv>.<data>.<tag>`, no key id, no associated data. */
const sealV1 = (token: string, key: Buffer) => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return ['v1', iv, data, cipher.getAuthTag()]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
};

describe('link sealing with a rotatable key ring', () => {
  it('seals with the current key, naming it, and opens again for the same invitation', () => {
    const ring = parseLinkKeyRing(keyText());
    const sealed = sealToken(TOKEN, ring, INVITATION);
    const [version, id, , , tag] = sealed.split('.');
    expect(version).toBe('v2');
    expect(id).toBe(ring.current.id);
    expect(Buffer.from(tag ?? '', 'base64url')).toHaveLength(16);
    expect(openToken(sealed, ring, INVITATION)).toBe(TOKEN);
  });

  it('after a rotation, new links use the new key and a link sealed before still opens with the previous key', () => {
    const before = parseLinkKeyRing(keyText());
    const old = sealToken(TOKEN, before, INVITATION);
    const next = randomBytes(32);
    const after = parseLinkKeyRing(serialiseLinkKeyRing(rotateLinkKeyRing(before, next)));

    expect(after.current.id).toBe(linkKeyId(next));
    expect(after.previous.map((k) => k.id)).toEqual([before.current.id]);
    expect(sealToken(TOKEN, after, INVITATION).split('.')[1]).toBe(after.current.id);
    expect(openToken(old, after, INVITATION)).toBe(TOKEN);
    // A function still running with the ring from before opens links sealed before too.
    expect(openToken(old, before, INVITATION)).toBe(TOKEN);
    // Once the previous key is retired (its links expired), its links no longer open.
    const retired = rotateLinkKeyRing(after, randomBytes(32), [before.current.id]);
    expect(retired.previous.map((k) => k.id)).toEqual([after.current.id]);
    expect(() => openToken(old, retired, INVITATION)).toThrow(/no longer in the key ring/);
  });

  it('refuses a sealed link moved to another invitation (associated data) or with its key id changed', () => {
    const ring = rotateLinkKeyRing(parseLinkKeyRing(keyText()), randomBytes(32));
    const sealed = sealToken(TOKEN, ring, INVITATION);
    expect(() => openToken(sealed, ring, { ...INVITATION, jobcenterId: 'bonn' })).toThrow();
    expect(() => openToken(sealed, ring, { ...INVITATION, campaignId: 'c-2028' })).toThrow();
    const parts = sealed.split('.');
    const otherId = ring.previous[0]?.id ?? '';
    expect(() => openToken([parts[0], otherId, ...parts.slice(2)].join('.'), ring, INVITATION)).toThrow();
  });

  it('refuses a tampered ciphertext and a truncated tag', () => {
    const ring = parseLinkKeyRing(keyText());
    const [v, id, iv, data, tag] = sealToken(TOKEN, ring, INVITATION).split('.') as string[];
    const flipped = Buffer.from(data ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() =>
      openToken([v, id, iv, flipped.toString('base64url'), tag].join('.'), ring, INVITATION),
    ).toThrow();
    const short = Buffer.from(tag ?? '', 'base64url')
      .subarray(0, 4)
      .toString('base64url');
    expect(() => openToken([v, id, iv, data, short].join('.'), ring, INVITATION)).toThrow(/16-byte tag/);
  });

  it('still opens links sealed in the old v1 format, with the current or a previous key', () => {
    const first = parseLinkKeyRing(keyText());
    const v1 = sealV1(TOKEN, first.current.key);
    expect(openToken(v1, first, INVITATION)).toBe(TOKEN);
    const rotated = rotateLinkKeyRing(first, randomBytes(32));
    expect(openToken(v1, rotated, INVITATION)).toBe(TOKEN);
    expect(() => openToken(v1, parseLinkKeyRing(keyText()), INVITATION)).toThrow(/no key of the ring/);
  });

  it('reads a single key (the format before rotation) and a JSON ring, and rejects malformed ones', () => {
    const single = keyText();
    expect(parseLinkKeyRing(single).previous).toEqual([]);
    const ring = parseLinkKeyRing(JSON.stringify({ current: keyText(), previous: [single] }));
    expect(ring.previous[0]?.id).toBe(parseLinkKeyRing(single).current.id);
    expect(() => parseLinkKeyRing('{"current":1}')).toThrow(/must be/);
    expect(() => parseLinkKeyRing('{"current":')).toThrow(/not valid JSON/);
    expect(() => parseLinkKeyRing(JSON.stringify({ current: 'short' }))).toThrow(/32 bytes/);
    expect(() => openToken('v3.x', ring, INVITATION)).toThrow(/unknown sealed link format/);
  });
});
