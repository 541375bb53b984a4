import { randomUUID } from 'node:crypto';
import { mailJob, newOutboxMail } from '../../outbox/outbox-mail';
import { addressKey } from '../../records/records-request';
import { normaliseAddress } from '../../shared/address';
import { dailyQuota } from '../../shared/daily-quota';
import { QuotaExceededError, RateLimitedError } from '../../shared/errors';
import type {
  AccessionStore,
  Clock,
  LinkStore,
  OutboxStore,
  Queue,
  RecordsStore,
  RegistryStore,
} from '../../shared/ports';
import {
  CONSENT_MAILS_PER_DAY,
  CONSENT_OUTBOX,
  CONSENT_REQUEST_ANSWER,
  CONSENT_REQUESTS_PER_MINUTE,
} from '../consent';

/** Every answer takes at least this long, so timing does not tell whether an address is known. */
export const MIN_ANSWER_MS = 400;

type Deps = {
  store: Pick<RegistryStore, 'getJobcenter'> &
    Pick<RecordsStore, 'jobcentersWithAddress'> &
    Pick<AccessionStore, 'getAccession'> &
    Pick<LinkStore, 'countHit'> &
    Pick<OutboxStore, 'commitMail'>;
  queue: Queue;
  clock: Clock;
  mailFrom: string;
  sleep?: (ms: number) => Promise<void>;
};

/**
 * Someone enters an e-mail address on the public consent page. For each acceded Jobcenter it is
 * the main or deputy contact of (the records' address lookup, one Query, checked against the profile), a mail with a consent link goes to both registered contacts
 * (never to the address as typed): through the outbox, with the link made at send time, at most
 * CONSENT_MAILS_PER_DAY per Jobcenter and Berlin day. The answer is the same in every case, known
 * address or not, limit reached or not, after the same minimum time; only the rate limit per
 * client address (429) answers differently.
 */
export const makeRequestConsentLink =
  ({ store, queue, clock, mailFrom, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }: Deps) =>
  async (email: string, clientKey: string) => {
    const started = Date.now();
    const now = clock.now();
    if ((await store.countHit(`consent-request:${clientKey}`, 60, now)) > CONSENT_REQUESTS_PER_MINUTE)
      throw new RateLimitedError();
    const address = normaliseAddress(email);
    // The address names the Jobcenter (no picker needed); one that is a contact of several
    // Jobcenters gets a link for each of them, each mail to that Jobcenter's registered contacts.
    // A lookup entry of an address the profile no longer holds counts for nothing.
    const profiles = await Promise.all(
      (await store.jobcentersWithAddress(addressKey(address))).map((id) => store.getJobcenter(id)),
    );
    const jobcenters = profiles.filter(
      (j) => j && [j.mainContact.email, j.deputyContact.email].some((a) => normaliseAddress(a) === address),
    );
    for (const jobcenter of jobcenters) {
      if (!jobcenter) continue;
      if (!(await store.getAccession(jobcenter.id))) continue;
      const at = now.toISOString();
      const main = jobcenter.mainContact.email;
      const deputy = jobcenter.deputyContact.email;
      const mail = newOutboxMail({
        id: `consent#${jobcenter.id}#${randomUUID()}`,
        campaignId: CONSENT_OUTBOX,
        jobcenterId: jobcenter.id,
        kind: 'consent-link',
        createdAt: at,
        from: mailFrom,
        to: [main],
        ...(normaliseAddress(deputy) !== normaliseAddress(main) ? { cc: [deputy] } : {}),
        tags: { jobcenter: jobcenter.id, kind: 'consent-link' },
        content: { template: 'consentLink', props: { jobcenterName: jobcenter.name } },
        link: { source: 'consent' },
      });
      try {
        await store.commitMail({
          outbox: [mail],
          quota: dailyQuota(
            `consent-link#${jobcenter.id}`,
            CONSENT_MAILS_PER_DAY,
            now,
            'Für dieses Jobcenter wurden heute bereits genug Links versandt.',
          ),
        });
        await queue.enqueue([mailJob(mail)]);
      } catch (e) {
        // The daily limit is reached: nothing is sent, and the answer says nothing about it.
        if (!(e instanceof QuotaExceededError)) throw e;
      }
    }
    await sleep(Math.max(0, MIN_ANSWER_MS - (Date.now() - started)));
    return { message: CONSENT_REQUEST_ANSWER };
  };
