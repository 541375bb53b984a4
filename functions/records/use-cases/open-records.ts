import { hashToken, newToken, TOKEN_PATTERN } from '../../campaigns/link-token';
import { MIN_FAILURE_MS } from '../../forms/use-cases/open-session';
import { RateLimitedError } from '../../shared/errors';
import type { Clock, LinkStore, RecordsStore } from '../../shared/ports';
import { RECORDS_SESSION_MINUTES, type RecordsSession, recordsLinkInvalid } from '../records-link';

/** Records link checks per client address and minute (as for form links). */
export const RECORDS_CHECKS_PER_MINUTE = 20;

type Deps = {
  store: Pick<RecordsStore, 'getRecordsLink' | 'putRecordsSession' | 'getRecordsSession'> &
    Pick<LinkStore, 'countHit'>;
  clock: Clock;
  sleep?: (ms: number) => Promise<void>;
};

/**
 * Exchanges a records link token for a records session after a human action ("Unterlagen
 * öffnen"), as form links do: wrong, expired, revoked and never-issued links get one answer after
 * the same minimum time, and checks are rate-limited per client address.
 */
export const makeOpenRecordsSession =
  ({ store, clock, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }: Deps) =>
  async (token: string, clientKey: string) => {
    const started = Date.now();
    const fail = async (): Promise<never> => {
      await sleep(Math.max(0, MIN_FAILURE_MS - (Date.now() - started)));
      throw recordsLinkInvalid();
    };
    const now = clock.now();
    if ((await store.countHit(`records-link:${clientKey}`, 60, now)) > RECORDS_CHECKS_PER_MINUTE)
      throw new RateLimitedError();
    if (!TOKEN_PATTERN.test(token)) return fail();
    const link = await store.getRecordsLink(hashToken(token));
    if (!link || link.revokedAt || link.expiresAt <= now.toISOString()) return fail();
    const sessionToken = newToken();
    const until = new Date(now.getTime() + RECORDS_SESSION_MINUTES * 60_000).toISOString();
    // biome-ignore lint/complexity/useMathMinMax: ISO strings compare lexically; Math.min would give NaN
    const expiresAt = until < link.expiresAt ? until : link.expiresAt;
    await store.putRecordsSession({
      hash: hashToken(sessionToken),
      jobcenterId: link.jobcenterId,
      linkHash: link.hash,
      createdAt: now.toISOString(),
      expiresAt,
    });
    return { sessionToken, expiresAt };
  };

/**
 * Checks a records session on every records request: it must exist and not be expired, and its
 * link must still work (revoking the link ends its sessions at once). Its Jobcenter is the only
 * one the request can read.
 */
export const makeCheckRecordsSession =
  ({ store, clock }: Pick<Deps, 'store' | 'clock'>) =>
  async (sessionToken: string | undefined): Promise<RecordsSession> => {
    if (!sessionToken || !TOKEN_PATTERN.test(sessionToken)) throw recordsLinkInvalid();
    const now = clock.now().toISOString();
    const session = await store.getRecordsSession(hashToken(sessionToken));
    if (!session || session.expiresAt <= now) throw recordsLinkInvalid();
    const link = await store.getRecordsLink(session.linkHash);
    if (!link || link.revokedAt || link.expiresAt <= now) throw recordsLinkInvalid();
    return session;
  };
