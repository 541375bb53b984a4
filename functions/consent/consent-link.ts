import { hashToken, newToken } from '../campaigns/link-token';
import type { ConsentStore } from '../shared/ports';
import { CONSENT_LINK_MINUTES, consentUrl } from './consent';

/**
 * Makes a consent link for a Jobcenter at send time and stores only its hash: 256 random bits in
 * the URL fragment, valid for CONSENT_LINK_MINUTES, good for nothing but the consent page (it is
 * kept apart from the form links, so it opens no form session).
 */
export const issueConsentLink = async (
  store: Pick<ConsentStore, 'putConsentLink'>,
  jobcenterId: string,
  now: Date,
  appBaseUrl: string,
): Promise<{ url: string; hash: string; expiresAt: string }> => {
  const token = newToken();
  const hash = hashToken(token);
  const expiresAt = new Date(now.getTime() + CONSENT_LINK_MINUTES * 60_000).toISOString();
  await store.putConsentLink({ hash, jobcenterId, issuedAt: now.toISOString(), expiresAt });
  return { url: consentUrl(appBaseUrl, token), hash, expiresAt };
};
