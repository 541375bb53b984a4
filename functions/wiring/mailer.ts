import { guardMailer } from '../delivery/guarded-mailer';
import { makeSesClient, makeSesMailer } from '../mailer/ses-mailer';
import { makeDeliveryStore } from '../store/delivery-store';
import { config, table } from './core';

/** The SES mailer; never writes to addresses SES reported undeliverable. No templates here. */
export const mailer = guardMailer(
  makeSesMailer({ client: makeSesClient(config), config }),
  makeDeliveryStore(table),
);
