import { transitions } from '../../campaigns/invitation';
import type { CampaignStore, Clock, DeliveryStore, RegistryStore } from '../../shared/ports';
import { normaliseAddress, type SesEvent } from '../ses-event';

type Deps = {
  store: DeliveryStore &
    Pick<CampaignStore, 'updateInvitation' | 'countSoftBounce'> &
    Pick<RegistryStore, 'getJobcenter'>;
  clock: Clock;
};

/**
 * Records one SES event (once, even if SNS delivers it twice). A hard bounce or a complaint marks
 * the address undeliverable, so nothing more is sent to it; if it was the main contact of the
 * Jobcenter the mail was for, that invitation is flagged `bounced` (the campaign page shows it,
 * reminders go to the deputy). Soft bounces are counted.
 */
export const makeRecordSesEvent =
  ({ store, clock }: Deps) =>
  async (parsed: SesEvent, eventId: string) => {
    const at = clock.now().toISOString();
    const addresses =
      parsed.kind === 'bounce'
        ? parsed.bounce.bouncedRecipients.map((r) => normaliseAddress(r.emailAddress))
        : parsed.kind === 'complaint'
          ? parsed.complaint.complainedRecipients.map((r) => normaliseAddress(r.emailAddress))
          : parsed.delivery.recipients.map(normaliseAddress);
    const fresh = await store.recordEmailEvent({
      messageId: parsed.event.mail.messageId,
      eventId,
      type: parsed.kind === 'bounce' ? `bounce-${parsed.bounce.bounceType.toLowerCase()}` : parsed.kind,
      at,
      addresses,
    });
    if (!fresh || parsed.kind === 'delivery') return { recorded: fresh, flagged: [] as string[] };

    const hard =
      parsed.kind === 'complaint'
        ? 'complaint'
        : parsed.bounce.bounceType === 'Permanent'
          ? 'hard-bounce'
          : undefined;
    const flagged: string[] = [];
    for (const address of addresses) {
      const state = await store.flagAddress(address, hard ? { hard } : { soft: true }, at);
      if (state.undeliverable) flagged.push(address);
    }

    const campaignId = parsed.event.mail.tags?.campaign?.[0];
    const jobcenterId = parsed.event.mail.tags?.jobcenter?.[0];
    if (!hard && campaignId && jobcenterId) await store.countSoftBounce(campaignId, jobcenterId);
    if (hard && campaignId && jobcenterId) {
      const jobcenter = await store.getJobcenter(jobcenterId);
      if (jobcenter && flagged.includes(normaliseAddress(jobcenter.mainContact.email)))
        await store.updateInvitation(campaignId, jobcenterId, transitions.markBounced(at));
    }
    return { recorded: true, flagged };
  };
