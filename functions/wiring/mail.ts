import { makeMailTemplates } from '../../emails/index';
import type { LinkKeyRing } from '../campaigns/link-seal';
import { resolveLinkKey } from '../secrets/link-key';
import { clock, config, store } from './core';
import { mailer } from './mailer';

/** Composition root, mail part: only handlers that render e-mail import this (React inside). */
export { clock, config, mailer, store };
/** Every renderer adds the footer link to the privacy notice at APP_BASE_URL. */
export const mailTemplates = makeMailTemplates({ appBaseUrl: config.APP_BASE_URL });

/** The link-sealing key, fetched on first use only (Secrets Manager in AWS). */
let linkKeyPromise: Promise<LinkKeyRing | undefined> | undefined;
export const linkKey = () => {
  linkKeyPromise ??= resolveLinkKey(config);
  return linkKeyPromise;
};

/** What every use case that sends campaign e-mail needs. */
export const mailing = {
  store,
  mailer,
  templates: mailTemplates,
  clock,
  appBaseUrl: config.APP_BASE_URL,
  linkKey,
};
