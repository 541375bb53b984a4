import { hashToken, TOKEN_PATTERN } from '../../campaigns/link-token';
import { LinkInvalidError } from '../../shared/errors';
import type { CampaignStore, Clock, LinkStore } from '../../shared/ports';
import type { Session } from '../records';

/**
 * Checks a session token on every form request: it must exist, not be expired, its link must
 * still work (a resend revokes it at once) and the campaign must be running.
 */
export const makeResolveSession =
  ({
    store,
    clock,
  }: {
    store: Pick<LinkStore, 'getSession' | 'getLink'> & Pick<CampaignStore, 'getCampaign'>;
    clock: Clock;
  }) =>
  async (sessionToken: string | undefined): Promise<Session> => {
    if (!sessionToken || !TOKEN_PATTERN.test(sessionToken)) throw new LinkInvalidError();
    const now = clock.now().toISOString();
    const session = await store.getSession(hashToken(sessionToken));
    if (!session || session.expiresAt <= now) throw new LinkInvalidError();
    const link = await store.getLink(session.linkHash);
    if (!link || link.revokedAt || link.expiresAt <= now) throw new LinkInvalidError();
    const campaign = await store.getCampaign(session.campaignId);
    if (campaign?.status !== 'gestartet') throw new LinkInvalidError();
    return session;
  };
