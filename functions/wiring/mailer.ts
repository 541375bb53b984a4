import { guardMailer } from '../delivery/guarded-mailer';
import { makeSesClient, makeSesMailer } from '../mailer/ses-mailer';
import { config, store } from './core';

/** The SES mailer; never writes to addresses SES reported undeliverable. No templates here. */
export const mailer = guardMailer(makeSesMailer({ client: makeSesClient(config), config }), store);
