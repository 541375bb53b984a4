import * as z from 'zod';
import {
  JobcenterId,
  JobcenterType,
  Landschaftsverband,
  Regierungsbezirk,
  requiredText,
  text,
} from '../registry/jobcenter';
import { ReminderPolicy } from '../reminders/policy';
import { QuestionnaireVersion } from '../self-assessment/questionnaire/versions';
import { addCalendarDays, endOfBerlinDay } from '../shared/berlin-day';

export const CampaignKind = z.enum(['beitritt', 'selbstbewertung']).meta({ id: 'CampaignKind' });
export type CampaignKind = z.infer<typeof CampaignKind>;
export const CampaignStatus = z.enum(['draft', 'launched', 'closed']).meta({ id: 'CampaignStatus' });

/**
 * Who gets the campaign: everyone still to accede, every acceded Jobcenter (self-assessment), a
 * filter, or chosen Jobcenters. A self-assessment only ever goes to acceded Jobcenters.
 */
export const RecipientSelection = z
  .discriminatedUnion('mode', [
    z.object({ mode: z.literal('alle-offenen') }).strict(),
    z.object({ mode: z.literal('alle-beigetretenen') }).strict(),
    z
      .object({
        mode: z.literal('filter'),
        type: JobcenterType.optional(),
        landschaftsverband: Landschaftsverband.optional(),
        regierungsbezirk: Regierungsbezirk.optional(),
      })
      .strict(),
    z.object({ mode: z.literal('auswahl'), jobcenterIds: z.array(JobcenterId).min(1).max(100) }).strict(),
  ])
  .meta({ id: 'RecipientSelection' });
export type RecipientSelection = z.infer<typeof RecipientSelection>;

const IsoDate = z.iso.date('Bitte ein gültiges Datum angeben.');

/** What makes a sender name look like an address (`referat@mags.nrw.de`, `X <a@b>`). */
const ADDRESS_LIKE = /[@<>]/;

/**
 * The campaign's sender as a display name only: never an address, which SES would take as the
 * From address that IAM refuses for every mail of the campaign.
 */
export const SenderName = requiredText(120).refine(
  (s) => !ADDRESS_LIKE.test(s),
  'Bitte nur Name und Stelle als Absender angeben, ohne E-Mail-Adresse und ohne die Zeichen @, < und >.',
);

export const CampaignInput = z
  .object({
    kind: CampaignKind,
    title: requiredText(140),
    deadline: IsoDate,
    /** Display name of every mail of the campaign; the address is always the configured MAIL_FROM. */
    senderName: SenderName,
    /**
     * Deprecated and ignored: mails go out from the configured address only (the IAM policy allows
     * no other). Still accepted so campaigns stored before, and older clients, stay valid.
     */
    senderEmail: z.email('Bitte eine gültige Absenderadresse angeben.').optional(),
    /** Where answers go: Reply-To of every mail of the campaign. */
    replyTo: z.email('Bitte eine gültige Antwortadresse angeben.'),
    letter: z
      .object({
        subject: requiredText(160),
        /** Paragraphs separated by blank lines; rendered as text, never as HTML. */
        body: requiredText(8000),
      })
      .strict(),
    recipients: RecipientSelection,
    /** The questionnaire a self-assessment asks (e.g. `sb-2027`); required for `selbstbewertung`. */
    fragebogen: QuestionnaireVersion.optional(),
    /** Days after the deadline during which the personal links still work. */
    graceDays: z.number().int().min(0).max(90).default(14),
    note: text(500).optional(),
    reminders: ReminderPolicy.default(ReminderPolicy.parse({})),
  })
  .strict()
  .meta({ id: 'CampaignInput' });
export type CampaignInput = z.infer<typeof CampaignInput>;

export const Campaign = CampaignInput.extend({
  /** Read as stored: campaigns saved before the rule above may hold an address-like name. */
  senderName: requiredText(120),
  id: z.string(),
  status: CampaignStatus,
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  launchedAt: z.iso.datetime().optional(),
  closedAt: z.iso.datetime().optional(),
  /** When MAGS got the "who is still missing" summary after the deadline. */
  summarySentAt: z.iso.datetime().optional(),
  version: z.number().int().positive(),
}).meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof Campaign>;

/** End of the last day on which the links work: deadline + grace, 23:59:59 Europe/Berlin (CET or CEST). */
export const linkExpiry = (c: Pick<Campaign, 'deadline' | 'graceDays'>): Date =>
  endOfBerlinDay(addCalendarDays(c.deadline, c.graceDays));

/**
 * The sender of every e-mail sent in a campaign's name (invitation, reminders, receipts, feedback):
 * the campaign's sender name as display name. The mailer sends it from the one configured address
 * (MAIL_FROM; IAM allows no other) and encodes the name (functions/mailer/mailbox.ts); answers go to
 * the campaign's `replyTo`, which every use case sets as Reply-To.
 */
export const campaignSender = (campaign: Pick<Campaign, 'senderName'>): string =>
  // A name stored before SenderName refused `@ < >` must not reach the mailer as an address.
  campaign.senderName.replace(/[@<>]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The outbox fields every e-mail to a Jobcenter in a campaign's name shares: the campaign's sender
 * and Reply-To, and the SES message tags `campaign`, `jobcenter` and `kind`.
 */
export const campaignMail = (
  campaign: Pick<Campaign, 'id' | 'senderName' | 'replyTo'>,
  jobcenterId: string,
  kind: string,
  createdAt: string,
) => ({
  campaignId: campaign.id,
  jobcenterId,
  kind,
  createdAt,
  from: campaignSender(campaign),
  replyTo: [campaign.replyTo],
  tags: { campaign: campaign.id, jobcenter: jobcenterId, kind },
});
