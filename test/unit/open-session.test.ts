import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../functions/campaigns/campaign';
import { hashToken, newToken } from '../../functions/campaigns/link-token';
import type { Link } from '../../functions/forms/records';
import {
  LINK_CHECKS_PER_MINUTE,
  MIN_FAILURE_MS,
  makeOpenSession,
} from '../../functions/forms/use-cases/open-session';
import { fixedClock } from '../../functions/shared/clock';
import { LinkInvalidError, RateLimitedError } from '../../functions/shared/errors';

const token = newToken();
const link: Link = {
  hash: hashToken(token),
  campaignId: 'c1',
  jobcenterId: 'essen',
  purpose: 'main',
  issuedAt: '2026-12-01T00:00:00.000Z',
  expiresAt: '2027-04-14T22:59:59.000Z',
};

const fakes = (over: { link?: Partial<Link>; status?: Campaign['status'] } = {}) => {
  let hits = 0;
  const slept: number[] = [];
  const updates: unknown[] = [];
  const store = {
    countHit: async () => ++hits,
    getLink: async (hash: string) => (hash === link.hash ? { ...link, ...over.link } : undefined),
    getCampaign: async () => ({ status: over.status ?? 'launched' }) as Campaign,
    putSession: async () => {},
    updateInvitation: async (...args: unknown[]) => {
      updates.push(args);
      return undefined;
    },
  };
  const open = makeOpenSession({
    store,
    clock: fixedClock('2026-12-10T10:00:00.000Z'),
    sleep: async (ms) => void slept.push(ms),
  });
  return { open, slept, updates };
};

describe('opening a personal link', () => {
  it('gives a session and marks the invitation opened only on this call', async () => {
    const { open, updates } = fakes();
    const session = await open(token, '10.0.0.1');
    expect(session.sessionToken).not.toBe(token);
    expect(updates).toHaveLength(1);
  });

  it.each([
    ['unknown', {}, 'x'.repeat(43)],
    ['revoked', { link: { revokedAt: '2026-12-05T00:00:00.000Z' } }, token],
    ['expired', { link: { expiresAt: '2026-12-09T00:00:00.000Z' } }, token],
    ['closed campaign', { status: 'closed' as const }, token],
    ['malformed', {}, '../etc/passwd'],
  ])('refuses a %s link the same way, after the minimum time', async (_name, over, given) => {
    const { open, slept, updates } = fakes(over);
    await expect(open(given, '10.0.0.1')).rejects.toBeInstanceOf(LinkInvalidError);
    expect(slept[0]).toBeGreaterThan(MIN_FAILURE_MS - 50);
    expect(updates).toHaveLength(0);
  });

  it('rate-limits after the allowed number of checks per minute', async () => {
    const { open } = fakes();
    for (let i = 0; i < LINK_CHECKS_PER_MINUTE; i++) await open(token, '10.0.0.1');
    await expect(open(token, '10.0.0.1')).rejects.toBeInstanceOf(RateLimitedError);
  });
});
