import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type LinkKeyRing,
  openToken,
  parseLinkKeyRing,
  rotateLinkKeyRing,
  sealedKeyId,
  sealToken,
} from '../../functions/campaigns/link-seal';
import { cachedLinkKey, LINK_KEY_RELOAD_INTERVAL_MS } from '../../functions/secrets/cached-link-key';

const TOKEN = 'Qm9yZWRvbT8gVGhpcyBpcyBhIDI1Ni1iaXQgbGluayB0b2tlbg';
const INVITATION = { campaignId: 'c-2027', jobcenterId: 'duesseldorf' };

/** Secrets Manager as a fake: returns whatever the secret holds now and counts the reads. */
const fakeSecret = (initial: LinkKeyRing) => {
  let value = initial;
  const secret = {
    reads: 0,
    put: (ring: LinkKeyRing) => {
      value = ring;
    },
    resolve: async () => {
      secret.reads += 1;
      return value;
    },
  };
  return secret;
};

describe('the link-key ring of a warm function instance', () => {
  const before = parseLinkKeyRing(randomBytes(32).toString('base64url'));
  const after = rotateLinkKeyRing(before, randomBytes(32));

  it('reads the secret once and keeps it while sealed links name keys it holds', async () => {
    const secret = fakeSecret(before);
    const linkKey = cachedLinkKey(secret.resolve);
    const sealed = sealToken(TOKEN, before, INVITATION);
    expect(await Promise.all([linkKey(), linkKey(sealedKeyId(sealed))])).toEqual([before, before]);
    expect(secret.reads).toBe(1);
  });

  it('after a rotation opens a link sealed elsewhere with the new key: one reload, not a failure', async () => {
    let time = 0;
    const secret = fakeSecret(before);
    const linkKey = cachedLinkKey(secret.resolve, { now: () => time });
    expect(await linkKey()).toBe(before); // warm since before the rotation
    time += 5_000;
    secret.put(after);
    const sealed = sealToken(TOKEN, after, INVITATION); // by a cold instance
    expect(() => openToken(sealed, before, INVITATION)).toThrow(/no longer in the key ring/);

    const ring = await linkKey(sealedKeyId(sealed));
    expect(ring && openToken(sealed, ring, INVITATION)).toBe(TOKEN);
    expect(secret.reads).toBe(2);
    // Links sealed before the rotation still open with the reloaded ring, without another read.
    const old = sealToken(TOKEN, before, INVITATION);
    const same = await linkKey(sealedKeyId(old));
    expect(same && openToken(old, same, INVITATION)).toBe(TOKEN);
    expect(secret.reads).toBe(2);
  });

  it('reloads for unknown key ids at most once a minute, so forged ids cannot hammer Secrets Manager', async () => {
    let time = 0;
    const secret = fakeSecret(before);
    const linkKey = cachedLinkKey(secret.resolve, { now: () => time });
    await Promise.all([linkKey('forged-1'), linkKey('forged-2')]);
    expect(secret.reads).toBe(2); // the first load and one reload
    for (let i = 0; i < 50; i++) {
      time += 1_000;
      expect(await linkKey(`forged-${i}`)).toBe(before);
    }
    expect(secret.reads).toBe(2);
    time += LINK_KEY_RELOAD_INTERVAL_MS;
    await linkKey('forged-x');
    expect(secret.reads).toBe(3);
  });

  it('tries a failed read again on the next call instead of failing for the life of the instance', async () => {
    let reads = 0;
    const linkKey = cachedLinkKey(async () => {
      reads += 1;
      if (reads === 1) throw new Error('Secrets Manager unavailable');
      return before;
    });
    await expect(linkKey()).rejects.toThrow('Secrets Manager unavailable');
    expect(await linkKey()).toBe(before);
    expect(reads).toBe(2);
  });
});
