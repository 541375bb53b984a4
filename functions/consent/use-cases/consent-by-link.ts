import { randomUUID } from 'node:crypto';
import { hashToken, TOKEN_PATTERN } from '../../campaigns/link-token';
import { RateLimitedError } from '../../shared/errors';
import type { AccessionStore, Clock, ConsentStore, LinkStore, RegistryStore } from '../../shared/ports';
import { CONSENT_CHECKS_PER_MINUTE, type ConsentState } from '../consent';
import { consentLinkInvalid } from '../errors';

/** Every failed check takes at least this long, so timing does not tell whether a link existed. */
export const MIN_FAILURE_MS = 250;

type Deps = {
  store: Pick<ConsentStore, 'getConsentLink' | 'setPublicListing'> &
    Pick<AccessionStore, 'getAccession'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<LinkStore, 'countHit'>;
  clock: Clock;
  sleep?: (ms: number) => Promise<void>;
};

/**
 * The page a consent link opens: it shows the Jobcenter's consent to publication and changes it.
 * Wrong, expired and revoked tokens get the same 401 after the same minimum time; checks are
 * rate-limited per client address. A change is the accession's `publicListing` and its audit
 * event in one transaction; the public list reads the accession, so it changes at once.
 */
export const makeConsentByLink = ({
  store,
  clock,
  sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
}: Deps) => {
  const open = async (token: string, clientKey: string) => {
    const started = Date.now();
    const fail = async (): Promise<never> => {
      await sleep(Math.max(0, MIN_FAILURE_MS - (Date.now() - started)));
      throw consentLinkInvalid();
    };
    const now = clock.now();
    if ((await store.countHit(`consent-link:${clientKey}`, 60, now)) > CONSENT_CHECKS_PER_MINUTE)
      throw new RateLimitedError();
    if (!TOKEN_PATTERN.test(token)) return fail();
    const link = await store.getConsentLink(hashToken(token));
    if (!link || link.revokedAt || link.expiresAt <= now.toISOString()) return fail();
    const [jobcenter, accession] = await Promise.all([
      store.getJobcenter(link.jobcenterId),
      store.getAccession(link.jobcenterId),
    ]);
    if (!jobcenter || !accession) return fail();
    const state: ConsentState = {
      jobcenterId: jobcenter.id,
      jobcenterName: jobcenter.name,
      accededOn: accession.accededOn,
      veroeffentlichung: accession.publicListing,
    };
    return { link, state };
  };

  return {
    state: async (token: string, clientKey: string): Promise<ConsentState> =>
      (await open(token, clientKey)).state,

    change: async (token: string, veroeffentlichung: boolean, clientKey: string): Promise<ConsentState> => {
      const { link, state } = await open(token, clientKey);
      // Asking for the state it has already changes nothing and records nothing.
      if (state.veroeffentlichung === veroeffentlichung) return state;
      await store.setPublicListing(state.jobcenterId, veroeffentlichung, {
        id: randomUUID(),
        at: clock.now().toISOString(),
        // Like the form's links: `link:` marks a Jobcenter acting by link (retention keeps that role).
        actor: { sub: `link:consent:${link.hash.slice(0, 12)}` },
        action: veroeffentlichung ? 'consent.granted' : 'consent.withdrawn',
        subject: `JOBCENTER#${state.jobcenterId}`,
        detail: { via: 'link', linkIssuedAt: link.issuedAt },
      });
      return { ...state, veroeffentlichung };
    },
  };
};
