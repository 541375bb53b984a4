import * as templates from '../emails/index';
import { getConfig } from './config';
import { guardMailer } from './delivery/guarded-mailer';
import { makeSesClient, makeSesMailer } from './mailer/ses-mailer';
import { makeQueue } from './queue/make-queue';
import { resolveLinkKey } from './secrets/link-key';
import { localClock, systemClock } from './shared/clock';
import { logger } from './shared/logger';
import { makeDynamoClient } from './store/dynamo-client';
import { makeDynamoStore } from './store/dynamo-store';

/**
 * Composition root: config, SDK clients and adapters are built once per cold start (module
 * scope) and shared by the handlers of this bundle. Use cases receive them as ports.
 */
export const config = getConfig();
logger.setLogLevel(config.LOG_LEVEL);
export const store = makeDynamoStore({ client: makeDynamoClient(config), tableName: config.TABLE_NAME });
/** Never writes to addresses SES reported undeliverable. */
export const mailer = guardMailer(makeSesMailer({ client: makeSesClient(config), config }), store);
/** Locally a clock staff can move forward for demos (functions/shared/clock.ts). */
export const clock = config.STAGE === 'local' ? localClock : systemClock;
export const queue = makeQueue(config);
export const mailTemplates = templates;
/** Domain of the verified SES identity: campaign senders must use it. */
export const senderDomain = config.MAIL_FROM.split('@')[1] ?? '';
/** The link-sealing key, fetched on first use only (Secrets Manager in AWS). */
let linkKeyPromise: Promise<Buffer | undefined> | undefined;
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
