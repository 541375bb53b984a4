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
    const deliverable = async (list: readonly string[] = []) => {
      const states = await Promise.all(list.map((a) => store.getAddressState(normaliseAddress(a))));
      return list.filter((_, i) => !states[i]?.undeliverable);
    };
    let to = await deliverable(mail.to);
    let cc = await deliverable(mail.cc);
    if (to.length === 0) [to, cc] = [cc.slice(0, 1), cc.slice(1)];
    if (to.length === 0) throw new UndeliverableError();
    return mailer.send({ ...mail, to, ...(cc.length ? { cc } : { cc: [] }) });
  },
});
