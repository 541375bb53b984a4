import { makeMailTemplates } from '../../emails/index';
import { cachedLinkKey } from '../secrets/cached-link-key';
import { resolveLinkKey } from '../secrets/link-key';
import { makeDynamoStore } from '../store/dynamo-store';
import { clock, config, dynamoClient } from './core';
import { mailer } from './mailer';

/**
 * Composition root, mail part: only handlers that render e-mail import this (React inside). Their
 * use cases span most areas, so they get the whole store (their budget allows it).
 */
export const store = makeDynamoStore({ client: dynamoClient, tableName: config.TABLE_NAME });
export { clock, config, mailer };
/** Every renderer adds the footer link to the privacy notice at APP_BASE_URL. */
export const mailTemplates = makeMailTemplates({ appBaseUrl: config.APP_BASE_URL });

/**
 * The link-sealing key ring, fetched on first use (Secrets Manager in AWS) and again when a sealed
 * link names a key this instance has not seen (rotated since its cold start).
 */
export const linkKey = cachedLinkKey(() => resolveLinkKey(config));

/** What every use case that sends campaign e-mail needs. */
export const mailing = {
  store,
  mailer,
  templates: mailTemplates,
  clock,
  appBaseUrl: config.APP_BASE_URL,
  linkKey,
};
