import { InvitationPath } from '../../campaigns/api-schemas';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock, config, mailTemplates, store } from '../../wiring/mail';
import { queue } from '../../wiring/queue';
import { makeConfirmAccession } from '../use-cases/review-response';

const confirm = makeConfirmAccession({
  store,
  queue,
  templates: mailTemplates,
  clock,
  appBaseUrl: config.APP_BASE_URL,
});

export const handler = httpHandler('confirmAccession').handler(async (event, context) => {
  const { campaignId, jobcenterId } = parsePath(event, InvitationPath);
  return json(200, await confirm(campaignId, jobcenterId, principalOf(context)));
});
