import { hashToken, newToken } from '../campaigns/link-token';
import { issueConsentLink } from '../consent/consent-link';
import { recordsLinkExpiry, recordsUrl } from '../records/records-link';
import type { ConsentStore, RecordsStore } from '../shared/ports';
import type { MailLink, OutboxMail } from './outbox-mail';

/**
 * Links of their own kind that the outbox worker makes when it sends the mail (not form links):
 * the records link and the consent link. One mechanism for both: the issuer stores only the hash
 * and says how to revoke it if the send fails; the mail keeps only the hash once sent (such a link
 * is never repeated by a later mail, so it is never sealed). A new kind is one entry in ISSUERS.
 */
export type SendTimeLink = {
  href: string;
  hash: string;
  /** When the link stops working (the consent mail prints it). */
  validUntil: string;
  revoke(at: string): Promise<void>;
};

export type SendTimeLinkStore = Pick<RecordsStore, 'putRecordsLink' | 'revokeRecordsLink'> &
  Pick<ConsentStore, 'putConsentLink' | 'revokeConsentLink'>;

type SendTimeSource = Extract<MailLink['source'], 'records' | 'consent'>;

type Issuer = (
  store: SendTimeLinkStore,
  jobcenterId: string,
  now: Date,
  appBaseUrl: string,
) => Promise<SendTimeLink>;

const ISSUERS: Record<SendTimeSource, Issuer> = {
  records: async (store, jobcenterId, now, appBaseUrl) => {
    const token = newToken();
    const hash = hashToken(token);
    const expiresAt = recordsLinkExpiry(now);
    await store.putRecordsLink({ hash, jobcenterId, issuedAt: now.toISOString(), expiresAt });
    return {
      href: recordsUrl(appBaseUrl, token),
      hash,
      validUntil: expiresAt,
      revoke: (at) => store.revokeRecordsLink(hash, at),
    };
  },
  consent: async (store, jobcenterId, now, appBaseUrl) => {
    const issued = await issueConsentLink(store, jobcenterId, now, appBaseUrl);
    return {
      href: issued.url,
      hash: issued.hash,
      validUntil: issued.expiresAt,
      revoke: (at) => store.revokeConsentLink(issued.hash, at),
    };
  },
};

export const isSendTimeLink = (
  link: MailLink | undefined,
): link is Extract<MailLink, { source: SendTimeSource }> => link !== undefined && link.source in ISSUERS;

/** Makes the mail's send-time link for its Jobcenter. */
export const issueSendTimeLink = async (
  store: SendTimeLinkStore,
  mail: Pick<OutboxMail, 'id' | 'jobcenterId'> & { link: Extract<MailLink, { source: SendTimeSource }> },
  now: Date,
  appBaseUrl: string,
): Promise<SendTimeLink> => {
  if (!mail.jobcenterId) throw new Error(`${mail.link.source} mail ${mail.id} names no Jobcenter`);
  return ISSUERS[mail.link.source](store, mail.jobcenterId, now, appBaseUrl);
};
