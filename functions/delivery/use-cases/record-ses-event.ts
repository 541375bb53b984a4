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
 *
 * The de-duplication marker and the address flags are one transaction, so a delivery that failed
 * half-way is retried in full. The invitation flag after it is idempotent (a transition from
 * `sent`) and runs on a repeated hard bounce too, so a crash between the two is healed by SNS's retry.
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
    const hard =
      parsed.kind === 'complaint'
        ? 'complaint'
        : parsed.kind === 'bounce' && parsed.bounce.bounceType === 'Permanent'
          ? 'hard-bounce'
          : undefined;
    const fresh = await store.recordEmailEvent(
      {
        messageId: parsed.event.mail.messageId,
        eventId,
        type: parsed.kind === 'bounce' ? `bounce-${parsed.bounce.bounceType.toLowerCase()}` : parsed.kind,
        at,
        addresses,
      },
      parsed.kind === 'delivery' ? undefined : hard ? { hard } : { soft: true },
    );
    if (parsed.kind === 'delivery' || (!fresh && !hard)) return { recorded: fresh, flagged: [] as string[] };

    // Hard: every address is undeliverable now. Soft: those that already were.
    const states = hard ? [] : await Promise.all(addresses.map((a) => store.getAddressState(a)));
    const flagged = hard ? addresses : addresses.filter((_, i) => states[i]?.undeliverable);

    const campaignId = parsed.event.mail.tags?.campaign?.[0];
    const jobcenterId = parsed.event.mail.tags?.jobcenter?.[0];
    if (!hard && campaignId && jobcenterId) await store.countSoftBounce(campaignId, jobcenterId);
    if (hard && campaignId && jobcenterId) {
      const jobcenter = await store.getJobcenter(jobcenterId);
      if (jobcenter && flagged.includes(normaliseAddress(jobcenter.mainContact.email)))
        await store.updateInvitation(campaignId, jobcenterId, transitions.markBounced(at));
    }
    return { recorded: fresh, flagged: fresh ? flagged : [] };
  };
