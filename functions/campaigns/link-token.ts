import { createHash, randomBytes } from 'node:crypto';
import type { Link } from '../forms/records';
import { WEB_PATHS, webUrl } from '../shared/web-paths';
import { type Campaign, linkExpiry } from './campaign';

/**
 * Personal links: 256 bits from the CSPRNG, base64url. Only the SHA-256 is stored, so a leaked
 * table gives no working link. The token travels in the URL fragment, which browsers never send
 * to a server, so it cannot end up in access logs.
 */
export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The personal link: the token in the fragment (never sent to a server), and for a self-assessment
 * `&art=selbstbewertung`, so the page can introduce the right form before the token is exchanged.
 */
export const formUrl = (
  baseUrl: string,
  token: string,
  kind: 'beitritt' | 'selbstbewertung' = 'beitritt',
): string =>
  webUrl(baseUrl, `${WEB_PATHS.form}#t=${token}${kind === 'selbstbewertung' ? '&art=selbstbewertung' : ''}`);

/**
 * A new personal link for a Jobcenter in a campaign, not yet stored: the token (to put into an
 * e-mail, never to store), its hash (to list among the invitation's links) and the link record.
 */
export const newLink = (
  campaign: Pick<Campaign, 'id' | 'deadline' | 'graceDays'>,
  jobcenterId: string,
  at: string,
  purpose: Link['purpose'] = 'main',
  issuedTo?: string,
): { token: string; hash: string; link: Link } => {
  const token = newToken();
  const hash = hashToken(token);
  const link: Link = {
    hash,
    campaignId: campaign.id,
    jobcenterId,
    purpose,
    ...(issuedTo ? { issuedTo } : {}),
    issuedAt: at,
    expiresAt: linkExpiry(campaign).toISOString(),
  };
  return { token, hash, link };
};

/** Makes a new personal link (`newLink`) and stores its record; returns the token and the hash. */
export const issueLink = async (
  store: { putLink(link: Link): Promise<void> },
  ...args: Parameters<typeof newLink>
): Promise<{ token: string; hash: string }> => {
  const { token, hash, link } = newLink(...args);
  await store.putLink(link);
  return { token, hash };
};
