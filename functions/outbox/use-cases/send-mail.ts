import { transitions } from '../../campaigns/invitation';
import { type LinkKeyRing, openToken, sealedKeyId, sealToken } from '../../campaigns/link-seal';
import { formUrl, issueLink } from '../../campaigns/link-token';
import type { MailTemplates, RenderedMail } from '../../campaigns/mail-templates';
import { SEND_LEASE_MS } from '../../campaigns/pacer';
import { isPermanentSendFailure } from '../../mailer/sending-identity';
import { UndeliverableError } from '../../shared/errors';
import { logger } from '../../shared/logger';
import type {
  CampaignStore,
  Clock,
  ConsentStore,
  EvaluationStore,
  LinkStore,
  Mailer,
  MailJob,
  OutboxStore,
  RecordsStore,
  ReminderStore,
} from '../../shared/ports';
import { type MailContent, type OutboxMail, unpackRendered } from '../outbox-mail';
import { isSendTimeLink, issueSendTimeLink, type SendTimeLink } from '../send-time-links';

export type SendMailDeps = {
  store: Pick<
    OutboxStore,
    'claimOutbox' | 'getOutbox' | 'releaseOutbox' | 'markOutboxSent' | 'markOutboxFailed'
  > &
    Pick<CampaignStore, 'getCampaign' | 'getInvitation' | 'updateInvitation'> &
    Pick<LinkStore, 'putLink' | 'revokeLinks'> &
    Pick<RecordsStore, 'putRecordsLink' | 'revokeRecordsLink'> &
    Pick<ReminderStore, 'listReminders' | 'updateReminder'> &
    Pick<EvaluationStore, 'markFeedbackMailed'> &
    Pick<ConsentStore, 'putConsentLink' | 'revokeConsentLink'>;
  mailer: Mailer;
  templates: Pick<
    MailTemplates,
    | 'renderHandover'
    | 'renderAccessionReturned'
    | 'renderReminder'
    | 'renderInvitation'
    | 'renderRecordsLink'
    | 'renderConsentLink'
  >;
  clock: Clock;
  appBaseUrl: string;
  /** The key ring; given a sealed link's key id, one that holds it if it can (functions/secrets/cached-link-key.ts). */
  linkKey: (keyId?: string) => Promise<LinkKeyRing | undefined>;
  /** How long a claim protects a send in progress before another worker may take over. */
  leaseMs?: number;
};

/** Thrown when a mail cannot be sent now but a later attempt may succeed (the queue retries). */
class NotSendableYet extends Error {}

/**
 * Sends one outbox mail once per idempotency key: claims it (pending → sending with a lease),
 * makes or opens its personal link, renders, sends, marks it sent, then records what the send
 * completes (reminder sent, feedback mailed, invitation delivered again). A duplicate or retried
 * message finds it claimed or sent and skips; a sent one's completion is applied again
 * (idempotent) in case a crash interrupted it. If SES refuses, a new link is revoked and the
 * claim released, and the error goes back to the queue, which retries and finally moves the
 * message to the dead-letter queue. Addresses known to bounce end the mail as `failed`, and so
 * does a refusal no retry fixes (`isPermanentSendFailure`: IAM, rejected message), logged at error
 * level, without a retry or the dead-letter queue.
 */
export const makeSendMail =
  ({ store, mailer, templates, clock, appBaseUrl, linkKey, leaseMs = SEND_LEASE_MS }: SendMailDeps) =>
  async (job: MailJob): Promise<'sent' | 'skipped'> => {
    const now = clock.now();
    const mail = await store.claimOutbox(
      job.campaignId,
      job.outboxId,
      now.toISOString(),
      new Date(now.getTime() + leaseMs).toISOString(),
    );
    if (!mail) {
      // Sent before, but what the send completes may not be recorded (a crash right after): again.
      const done = await store.getOutbox(job.campaignId, job.outboxId);
      if (done?.status === 'sent') await completed(done);
      return 'skipped';
    }

    /** A new form link of the invitation (sealed for repeats once sent). */
    let newLink: { token: string; hash: string } | undefined;
    /** A records or consent link made for this mail (send-time-links.ts); revoked if the send fails. */
    let sendTimeLink: SendTimeLink | undefined;
    /** SES took the mail: from here on nothing is undone (a retry completes, never re-sends early). */
    let accepted = false;
    try {
      const url = await linkOf(mail);
      newLink = url.issued;
      const rendered = await render(mail.content, url.href, sendTimeLink?.validUntil);
      const { messageId } = await mailer.send({
        from: mail.from,
        to: mail.to,
        ...(mail.cc?.length ? { cc: mail.cc } : {}),
        ...(mail.replyTo?.length ? { replyTo: mail.replyTo } : {}),
        ...rendered,
        tags: mail.tags,
      });
      accepted = true;
      // A send-time link is never repeated by a later mail: only its hash is kept, never sealed.
      const key = newLink && (await linkKey());
      const sent = {
        sentAt: clock.now().toISOString(),
        messageId,
        ...(newLink
          ? {
              sentLink: {
                hash: newLink.hash,
                ...(key
                  ? {
                      sealed: sealToken(newLink.token, key, {
                        campaignId: mail.campaignId,
                        jobcenterId: mail.jobcenterId ?? '',
                      }),
                    }
                  : {}),
              },
            }
          : sendTimeLink
            ? { sentLink: { hash: sendTimeLink.hash } }
            : {}),
      };
      await store.markOutboxSent(mail.campaignId, mail.id, sent);
      await completed({ ...mail, ...sent });
      return 'sent';
    } catch (e) {
      // The lease stays: a retry after it ended finds the mail sent (and completes it) or, if the
      // `sent` write itself failed, sends once more — the one window without an idempotent SES call.
      if (accepted) throw e;
      // Not sent: the new link was never seen, revoke it.
      if (newLink) await store.revokeLinks([newLink.hash], clock.now().toISOString());
      if (sendTimeLink) await sendTimeLink.revoke(clock.now().toISOString());
      if (e instanceof UndeliverableError) {
        await failed(mail, 'undeliverable');
        return 'skipped';
      }
      if (isPermanentSendFailure(e)) {
        await failed(mail, (e as Error).name, e as Error);
        return 'skipped';
      }
      await store.releaseOutbox(mail.campaignId, mail.id);
      throw e;
    }

    async function linkOf(
      m: OutboxMail,
    ): Promise<{ href?: string; issued?: { token: string; hash: string } }> {
      if (!m.link) return {};
      if (isSendTimeLink(m.link)) {
        sendTimeLink = await issueSendTimeLink(store, { ...m, link: m.link }, clock.now(), appBaseUrl);
        return { href: sendTimeLink.href };
      }
      const [campaign, invitation] = await Promise.all([
        store.getCampaign(m.campaignId),
        m.jobcenterId ? store.getInvitation(m.campaignId, m.jobcenterId) : undefined,
      ]);
      if (!campaign || !invitation) throw new NotSendableYet(`no invitation for outbox mail ${m.id}`);
      if (m.link.source === 'sealed') {
        const sealed = invitation.sealedLink;
        // Naming the key id lets a warm instance reload a ring rotated since its cold start.
        const key = sealed && (await linkKey(sealedKeyId(sealed)));
        if (!sealed || !key) throw new NotSendableYet('no link to repeat');
        return { href: formUrl(appBaseUrl, openToken(sealed, key, invitation), campaign.kind) };
      }
      const issued = await issueLink(
        store,
        campaign,
        invitation.jobcenterId,
        clock.now().toISOString(),
        m.link.purpose,
        m.link.issuedTo,
      );
      // A hand-over or returned declaration adds a working link; a re-sent invitation replaces them.
      if (m.effect?.type !== 'invitationResent')
        await store.updateInvitation(
          campaign.id,
          invitation.jobcenterId,
          transitions.addLinks([...invitation.activeLinks, issued.hash]),
        );
      return { href: formUrl(appBaseUrl, issued.token, campaign.kind), issued };
    }

    async function render(
      content: MailContent,
      href: string | undefined,
      validUntil: string | undefined,
    ): Promise<RenderedMail> {
      if (content.template === 'rendered') return unpackRendered(content);
      if (!href) throw new Error(`outbox mail ${content.template} has no link`);
      switch (content.template) {
        case 'handover':
          return templates.renderHandover({ ...content.props, formUrl: href });
        case 'accessionReturned':
          return templates.renderAccessionReturned({ ...content.props, formUrl: href });
        case 'reminder':
          return templates.renderReminder({ ...content.props, formUrl: href });
        case 'invitation':
          return templates.renderInvitation({ ...content.props, formUrl: href });
        case 'recordsLink':
          return templates.renderRecordsLink({ ...content.props, recordsUrl: href });
        case 'consentLink':
          if (!validUntil) throw new Error('consent mail without its link');
          return templates.renderConsentLink({ ...content.props, consentUrl: href, validUntil });
      }
    }

    /** Records what the send completes; idempotent, so it may run again after a crash. */
    async function completed(m: OutboxMail) {
      const effect = m.effect;
      if (!effect || !m.jobcenterId || !m.messageId || !m.sentAt) return;
      if (effect.type === 'reminderSent') {
        await updateReminder(m, effect.rule, {
          status: 'sent',
          messageId: m.messageId,
          recipients: [...m.to, ...(m.cc ?? [])],
        });
      } else if (effect.type === 'feedbackMailed') {
        await store.markFeedbackMailed(
          { jobcenterId: m.jobcenterId, campaignId: m.campaignId, version: effect.version },
          m.sentAt,
        );
      } else if (effect.type === 'invitationResent' && m.sentLink) {
        // Applies once: the invitation is `sent` afterwards, so a second run changes nothing.
        await store.updateInvitation(
          m.campaignId,
          m.jobcenterId,
          transitions.markResent({
            sentAt: m.sentAt,
            messageId: m.messageId,
            recipients: [...m.to, ...(m.cc ?? [])],
            activeLinks: [m.sentLink.hash],
            ...(m.sentLink.sealed ? { sealedLink: m.sentLink.sealed } : {}),
          }),
        );
      }
    }

    /** Ends the mail as `failed`; a refusal by SES (`error`) is logged at error level (alarm). */
    async function failed(m: OutboxMail, reason: string, error?: Error) {
      await store.markOutboxFailed(m.campaignId, m.id, reason);
      if (m.effect?.type === 'reminderSent')
        await updateReminder(m, m.effect.rule, { status: 'failed', reason });
      const subject = { campaignId: m.campaignId, outboxId: m.id, kind: m.kind };
      if (error) logger.error('outbox mail refused by SES for good', { ...subject, code: reason, error });
      else logger.warn('outbox mail not deliverable', subject);
    }

    async function updateReminder(m: OutboxMail, rule: string, change: Record<string, unknown>) {
      const record = (await store.listReminders(m.campaignId)).find(
        (r) => r.jobcenterId === m.jobcenterId && r.rule === rule,
      );
      if (record && record.status !== 'sent') await store.updateReminder({ ...record, ...change });
    }
  };
