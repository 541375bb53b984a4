import { gunzipSync, gzipSync } from 'node:zlib';
import * as z from 'zod';

/**
 * One e-mail waiting in the outbox (campaign partition, idempotency key in the sort key). The use
 * case writes it with its state change; the send worker claims it (pending → sending, with a
 * lease), renders, sends and marks it sent. It never holds a link token: a mail with a personal
 * link names where the link comes from (`link`) and the worker makes or opens it at send time.
 */
const Kind = z.enum(['beitritt', 'selbstbewertung']).optional();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Mails rendered when the use case runs (no link inside): subject, HTML and text, gzip + base64. */
const Rendered = z.object({
  template: z.literal('rendered'),
  subject: z.string().min(1).max(998),
  body: z.string().min(1).max(300_000),
});

/** Mails with a personal link: the template's props without `formUrl`, rendered at send time. */
const Handover = z.object({
  template: z.literal('handover'),
  props: z.object({
    kind: Kind,
    jobcenterName: z.string(),
    campaignTitle: z.string(),
    fromName: z.string(),
    toName: z.string(),
    deadline: IsoDate,
  }),
});
const Returned = z.object({
  template: z.literal('accessionReturned'),
  props: z.object({ jobcenterName: z.string(), comment: z.string() }),
});
const Reminder = z.object({
  template: z.literal('reminder'),
  props: z.object({
    kind: Kind,
    jobcenterName: z.string(),
    campaignTitle: z.string(),
    deadline: IsoDate,
    now: z.iso.datetime(),
    wording: z.enum(['not-started', 'draft']),
    toDeputy: z.boolean(),
    replyTo: z.string(),
    senderName: z.string(),
  }),
});
const Invitation = z.object({
  template: z.literal('invitation'),
  props: z.object({
    kind: Kind,
    fragebogen: z.string().optional(),
    jobcenterName: z.string(),
    campaignTitle: z.string(),
    subject: z.string(),
    letterBody: z.string(),
    deadline: IsoDate,
    senderName: z.string(),
    replyTo: z.string(),
  }),
});

/** A records link (functions/records), rendered at send time with the new link. */
const RecordsLinkMail = z.object({
  template: z.literal('recordsLink'),
  props: z.object({ jobcenterName: z.string(), days: z.number().int().positive() }),
});

/** The link to withdraw or give again the consent to publication (functions/consent/). */
const ConsentLink = z.object({
  template: z.literal('consentLink'),
  props: z.object({ jobcenterName: z.string() }),
});

export const MailContent = z.discriminatedUnion('template', [
  Rendered,
  Handover,
  Returned,
  Reminder,
  Invitation,
  RecordsLinkMail,
  ConsentLink,
]);
export type MailContent = z.infer<typeof MailContent>;

/**
 * Where the personal link of a mail comes from: `new` issues one at send time (added to the
 * invitation's working links), `sealed` opens the invitation's sealed link (reminders), `consent`
 * issues a consent link (no campaign, no invitation).
 */
export const MailLink = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('new'),
    purpose: z.enum(['main', 'handover']),
    issuedTo: z.string().optional(),
  }),
  z.object({ source: z.literal('sealed') }),
  /** A records link of the mail's Jobcenter (not a form link), issued at send time. */
  z.object({ source: z.literal('records') }),
  /** A consent link of the Jobcenter (`jobcenterId`), issued at send time, short-lived. */
  z.object({ source: z.literal('consent') }),
]);
export type MailLink = z.infer<typeof MailLink>;

/** What the worker records once SES accepted the mail (idempotent, also after a crash). */
export const MailEffect = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reminderSent'), rule: z.string() }),
  z.object({ type: z.literal('feedbackMailed'), version: z.number().int().positive() }),
  /** Contacts corrected: the invitation counts as delivered again, with the new link. */
  z.object({ type: z.literal('invitationResent') }),
]);
export type MailEffect = z.infer<typeof MailEffect>;

export const OutboxStatus = z.enum(['pending', 'sending', 'sent', 'failed']);

export const OutboxMail = z
  .object({
    /** Idempotency key, e.g. `receipt#0003` or `reminder#T-14`; unique within the campaign. */
    id: z.string().regex(/^[a-z]+#[A-Za-z0-9#:+.-]{1,140}$/),
    campaignId: z.string().min(1).max(64),
    /** The Jobcenter the mail is about (absent for MAGS summaries). */
    jobcenterId: z.string().max(60).optional(),
    /** SES message tag `kind`: receipt, notification, confirmed, returned, handover, reminder, … */
    kind: z.string().regex(/^[a-z-]{1,40}$/),
    status: OutboxStatus,
    createdAt: z.iso.datetime(),
    from: z.string().min(3).max(320),
    to: z.array(z.email()).min(1).max(10),
    cc: z.array(z.email()).max(10).optional(),
    replyTo: z.array(z.string()).max(5).optional(),
    tags: z.record(z.string(), z.string()),
    content: MailContent,
    link: MailLink.optional(),
    effect: MailEffect.optional(),
    attempts: z.number().int().nonnegative(),
    leaseUntil: z.iso.datetime().optional(),
    sentAt: z.iso.datetime().optional(),
    messageId: z.string().optional(),
    /** The new link the mail carried: its hash and the sealed token (never the token itself). */
    sentLink: z.object({ hash: z.string(), sealed: z.string().optional() }).optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'OutboxMail' });
export type OutboxMail = z.infer<typeof OutboxMail>;

/** A mail to put into the outbox: everything but the worker's bookkeeping. */
export type NewOutboxMail = Omit<
  OutboxMail,
  'status' | 'attempts' | 'leaseUntil' | 'sentAt' | 'messageId' | 'sentLink' | 'reason'
>;

export const newOutboxMail = (mail: NewOutboxMail): OutboxMail => ({
  ...mail,
  status: 'pending',
  attempts: 0,
});

/** A rendered mail packed for the outbox (gzip keeps a full declaration far below the 400 KB item limit). */
export const renderedContent = (mail: { subject: string; html: string; text: string }): MailContent => ({
  template: 'rendered',
  subject: mail.subject,
  body: gzipSync(JSON.stringify({ html: mail.html, text: mail.text })).toString('base64'),
});

export const unpackRendered = (content: z.infer<typeof Rendered>) => {
  const { html, text } = z
    .object({ html: z.string(), text: z.string() })
    .parse(JSON.parse(gunzipSync(Buffer.from(content.body, 'base64')).toString('utf8')));
  return { subject: content.subject, html, text };
};

/** The queue message that makes the worker send one outbox mail. */
export const mailJob = (mail: Pick<OutboxMail, 'campaignId' | 'id'>) => ({
  type: 'mail' as const,
  campaignId: mail.campaignId,
  outboxId: mail.id,
});
