import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { isAnswered, transitions } from '../../campaigns/invitation';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type { AuditStore, CampaignStore, Clock, QuotaStore } from '../../shared/ports';
import { makeRemindNowLimit } from '../remind-now-limit';
import type { ReminderDeps } from './run-reminders';
import { makeSendReminder } from './run-reminders';

/** "Send now": a reminder outside the schedule, queued, recorded like the scheduled ones (rule `manual#n`). */
export const makeRemindNow = (
  deps: Pick<ReminderDeps, 'queue' | 'clock'> & {
    store: ReminderDeps['store'] & Pick<AuditStore, 'putAudit'> & Pick<QuotaStore, 'takeQuota'>;
  },
) => {
  const sendReminder = makeSendReminder(deps);
  const takeDailyLimit = makeRemindNowLimit(deps);
  return async (campaignId: string, jobcenterId: string, actor: Principal) => {
    const campaign = await deps.store.getCampaign(campaignId);
    if (campaign?.status !== 'launched') throw new ConflictError('Nur in einer laufenden Kampagne möglich.');
    const invitation = await deps.store.getInvitation(campaignId, jobcenterId);
    if (!invitation) throw new NotFoundError('Dieses Jobcenter ist nicht Teil der Kampagne.');
    if (isAnswered(invitation)) throw new ConflictError('Dieses Jobcenter hat bereits abgegeben.');
    await takeDailyLimit(jobcenterId);
    const manual = (await deps.store.listReminders(campaignId)).filter(
      (r) => r.jobcenterId === jobcenterId && r.trigger === 'manual',
    ).length;
    const record = await sendReminder(
      campaign,
      jobcenterId,
      {
        rule: `manual#${manual + 1}`,
        wording: invitation.progress === 'draft' ? 'draft' : 'not-started',
        toDeputy: invitation.delivery === 'bounced',
      },
      'manual',
    );
    if (!record) throw new ConflictError('Diese Erinnerung wurde gerade schon versendet.');
    await deps.store.putAudit({
      id: randomUUID(),
      at: deps.clock.now().toISOString(),
      actor: auditActor(actor),
      action: 'reminder.sent-manually',
      subject: `JOBCENTER#${jobcenterId}`,
      detail: { campaignId, status: record.status },
    });
    // `claimed`: the reminder is in the send queue; the sender marks it `sent` once SES accepted it.
    if (record.status !== 'claimed')
      throw new ConflictError(`Die Erinnerung wurde nicht versendet (${record.reason ?? record.status}).`);
    return record;
  };
};

/** Pause or resume the scheduled reminders for one Jobcenter. */
export const makeSetRemindersPaused =
  ({
    store,
    clock,
  }: {
    store: Pick<CampaignStore, 'updateInvitation'> & Pick<AuditStore, 'putAudit'>;
    clock: Clock;
  }) =>
  async (campaignId: string, jobcenterId: string, paused: boolean, actor: Principal) => {
    const updated = await store.updateInvitation(
      campaignId,
      jobcenterId,
      transitions.setRemindersPaused(paused),
    );
    if (!updated) throw new NotFoundError('Dieses Jobcenter ist nicht Teil der Kampagne.');
    await store.putAudit({
      id: randomUUID(),
      at: clock.now().toISOString(),
      actor: auditActor(actor),
      action: paused ? 'reminders.paused' : 'reminders.resumed',
      subject: `JOBCENTER#${jobcenterId}`,
      detail: { campaignId },
    });
    return { paused };
  };
