import type { Jobcenter } from '../registry/jobcenter';
import { requiredText } from '../registry/jobcenter';
import { type DailyQuota, dailyQuota } from '../shared/daily-quota';
import { ValidationError } from '../shared/errors';

/**
 * What keeps the forms from becoming a mail relay: a Jobcenter link can make the ministry write
 * only to the Jobcenter's registered contacts or addresses at its registered mail domains (taken
 * from those contacts), a few times a day, with the main contact in copy, and names that go into a
 * mail carry no links or markup.
 */

/** Mails of one kind one invitation may cause per Berlin day. */
export const DAILY_MAIL_LIMIT = { handover: 5, receipt: 5 } as const;

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** The Jobcenter's registered mail domains: those of its main and deputy contact. */
export const registeredDomains = (jobcenter: Pick<Jobcenter, 'mainContact' | 'deputyContact'>): string[] => [
  ...new Set([jobcenter.mainContact.email, jobcenter.deputyContact.email].map(domainOf)),
];

/** A registered contact, or an address at a registered domain or one of its subdomains. */
export const isJobcenterAddress = (
  jobcenter: Pick<Jobcenter, 'mainContact' | 'deputyContact'>,
  address: string,
): boolean => {
  const domain = domainOf(address);
  return registeredDomains(jobcenter).some((d) => domain === d || domain.endsWith(`.${d}`));
};

/** Refuses (400, naming the field) an address outside the Jobcenter. */
export const requireJobcenterAddress = (
  jobcenter: Pick<Jobcenter, 'mainContact' | 'deputyContact'>,
  address: string,
  field: string,
) => {
  if (!isJobcenterAddress(jobcenter, address))
    throw new ValidationError([
      {
        field,
        message: `Nur Adressen des Jobcenters sind möglich (@${registeredDomains(jobcenter).join(', @')}).`,
      },
    ]);
};

/** Today's counter of one kind of mail for one invitation. */
export const mailQuota = (
  kind: keyof typeof DAILY_MAIL_LIMIT,
  campaignId: string,
  jobcenterId: string,
  now: Date,
): DailyQuota =>
  dailyQuota(
    `${kind}#${campaignId}#${jobcenterId}`,
    DAILY_MAIL_LIMIT[kind],
    now,
    kind === 'handover'
      ? `Heute sind bereits ${DAILY_MAIL_LIMIT.handover} Übergaben erfolgt (Feld „toEmail“). Bitte versuchen Sie es morgen erneut.`
      : `Heute wurden bereits ${DAILY_MAIL_LIMIT.receipt} Fassungen abgegeben, jede mit Eingangsbestätigung (Feld „draftVersion“). Bitte versuchen Sie es morgen erneut.`,
  );

/** Links, markup, entities and bare web addresses: none of them belongs in a person's name. */
const LINK_OR_MARKUP =
  /(?:https?|ftp|mailto|javascript|data|file):|:\/\/|www\.|[<>{}[\]\\]|&#?[a-z0-9]+;|\b[a-z0-9-]+\.(?:com|net|org|info|biz|io|ru|cn|xyz|top|online|site|link|click)\b/i;

export const hasLinkOrMarkup = (s: string) => LINK_OR_MARKUP.test(s);

/** A name that goes into an e-mail: required text without links or markup. */
export const mailSafeName = (max: number) =>
  requiredText(max).refine(
    (s) => !hasLinkOrMarkup(s),
    'Bitte nur einen Namen angeben, ohne Links oder Zeichen wie < >.',
  );
