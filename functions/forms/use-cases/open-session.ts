import { transitions } from '../../campaigns/invitation';
import { hashToken, newToken, TOKEN_PATTERN } from '../../campaigns/link-token';
import { LinkInvalidError, RateLimitedError } from '../../shared/errors';
import type { CampaignStore, Clock, LinkStore } from '../../shared/ports';

export const SESSION_MINUTES = 120;
/** Link checks per client address and minute. */
export const LINK_CHECKS_PER_MINUTE = 20;
/** Every failed check takes at least this long, so timing does not tell whether a link existed. */
export const MIN_FAILURE_MS = 250;

type Deps = {
  store: Pick<LinkStore, 'getLink' | 'putSession' | 'countHit'> &
    Pick<CampaignStore, 'getCampaign' | 'updateInvitation'>;
  clock: Clock;
  sleep?: (ms: number) => Promise<void>;
};

/**
 * Exchanges a personal link token for a short-lived session. The page calls this only after a
 * human action ("Formular öffnen"), so mail scanners that fetch the link change nothing; this is
 * also the moment the invitation counts as opened. Wrong, expired, revoked and never-existing
 * links all get the same error after the same minimum time.
 */
export const makeOpenSession =
  ({ store, clock, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }: Deps) =>
  async (token: string, clientKey: string) => {
    const started = Date.now();
    const fail = async (): Promise<never> => {
      await sleep(Math.max(0, MIN_FAILURE_MS - (Date.now() - started)));
      throw new LinkInvalidError();
    };
    const now = clock.now();
    if ((await store.countHit(`link:${clientKey}`, 60, now)) > LINK_CHECKS_PER_MINUTE)
      throw new RateLimitedError();
    if (!TOKEN_PATTERN.test(token)) return fail();
    const link = await store.getLink(hashToken(token));
    if (!link || link.revokedAt || link.expiresAt <= now.toISOString()) return fail();
    const campaign = await store.getCampaign(link.campaignId);
    if (campaign?.status !== 'launched') return fail();

    const sessionToken = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_MINUTES * 60_000).toISOString();
    await store.putSession({
      hash: hashToken(sessionToken),
      campaignId: link.campaignId,
      jobcenterId: link.jobcenterId,
      linkHash: link.hash,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      // biome-ignore lint/complexity/useMathMinMax: ISO strings compare lexically; Math.min would give NaN
      expiresAt: expiresAt < link.expiresAt ? expiresAt : link.expiresAt,
    });
    await store.updateInvitation(
      link.campaignId,
      link.jobcenterId,
      transitions.markOpened(now.toISOString()),
    );
    return { sessionToken, expiresAt };
  };
