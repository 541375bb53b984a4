import { UndeliverableError } from '../shared/errors';
import type { DeliveryStore, Mailer } from '../shared/ports';
import { normaliseAddress } from './ses-event';

/**
 * A mailer that never writes to an address SES reported as undeliverable (hard bounce or
 * complaint): such addresses are dropped; if no primary recipient is left, a copy recipient takes
 * its place, and with none left the send fails with UndeliverableError.
 */
export const guardMailer = (mailer: Mailer, store: Pick<DeliveryStore, 'getAddressState'>): Mailer => ({
  health: () => mailer.health(),
  async send(mail) {
    // One wave of reads for every recipient: the SES call waits for these.
    const listed = [...mail.to, ...(mail.cc ?? [])];
    const states = await Promise.all(listed.map((a) => store.getAddressState(normaliseAddress(a))));
    const deliverable = (list: readonly string[], offset: number) =>
      list.filter((_, i) => !states[offset + i]?.undeliverable);
    let to = deliverable(mail.to, 0);
    let cc = deliverable(mail.cc ?? [], mail.to.length);
    if (to.length === 0) [to, cc] = [cc.slice(0, 1), cc.slice(1)];
    if (to.length === 0) throw new UndeliverableError();
    return mailer.send({ ...mail, to, ...(cc.length ? { cc } : { cc: [] }) });
  },
});
