import { type LinkKeyRing, ringHasKey } from '../campaigns/link-seal';

/**
 * The link-key ring of a warm function. Given the key id a sealed link names (`sealedKeyId`), it
 * returns a ring holding that key if it can.
 */
export type LinkKeySource = (keyId?: string) => Promise<LinkKeyRing | undefined>;

/** A reload for an unknown key id happens at most this often, so forged ids cannot hammer Secrets Manager. */
export const LINK_KEY_RELOAD_INTERVAL_MS = 60_000;

/**
 * Loads the ring on first use and keeps it for the life of the function instance. After a
 * rotation another instance seals with the new key, which this instance has not seen: the first
 * sealed link naming a key id the ring lacks reloads the ring once (at most one such reload per
 * `minReloadMs`; calls meanwhile share the reload in flight or get the ring as it is). A failed
 * load is tried again by the next call instead of failing for the life of the instance.
 */
export const cachedLinkKey = (
  resolve: () => Promise<LinkKeyRing | undefined>,
  {
    minReloadMs = LINK_KEY_RELOAD_INTERVAL_MS,
    now = Date.now,
  }: { minReloadMs?: number; now?: () => number } = {},
): LinkKeySource => {
  let cached: Promise<LinkKeyRing | undefined> | undefined;
  let lastReloadAt: number | undefined;
  const load = () => {
    if (cached) return cached;
    const loading = resolve().catch((error: unknown) => {
      if (cached === loading) cached = undefined;
      throw error;
    });
    cached = loading;
    return loading;
  };
  return async (keyId) => {
    const ring = await load();
    if (!ring || keyId === undefined || ringHasKey(ring, keyId)) return ring;
    const at = now();
    if (lastReloadAt !== undefined && at - lastReloadAt < minReloadMs) return load();
    lastReloadAt = at;
    cached = undefined;
    return load();
  };
};
