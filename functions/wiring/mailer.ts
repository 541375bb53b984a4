import { guardMailer } from '../delivery/guarded-mailer';
import { makeSesClient, makeSesMailer } from '../mailer/ses-mailer';
import type { Mailer } from '../shared/ports';
import { makeDeliveryStore } from '../store/delivery-store';
import { config, table } from './core';

const sesMailer = makeSesMailer({ client: makeSesClient(config), config });
const deliveryStore = makeDeliveryStore(table);

/** The SES mailer; never writes to addresses SES reported undeliverable. No templates here. */
export const mailer = guardMailer(sesMailer, deliveryStore);

/**
 * The same mailer with the SES call itself wrapped (by the queue consumer, in its pacing): what
 * runs before the call (the address checks) never shifts a paced send.
 */
export const mailerAroundSes = (wrap: (ses: Mailer) => Mailer) => guardMailer(wrap(sesMailer), deliveryStore);
