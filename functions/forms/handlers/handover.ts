import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock, config, mailer, mailTemplates, store } from '../../wiring/mail';
import { HandoverBody } from '../api-schemas';
import { formOf, sessionHandler } from '../session-handler';
import { makeHandover } from '../use-cases/handover';

const handover = makeHandover({
  store,
  mailer,
  templates: mailTemplates,
  clock,
  appBaseUrl: config.APP_BASE_URL,
});

export const handler = sessionHandler('handoverForm').handler(async (event, context) => {
  const body = parseJsonBody(event, HandoverBody);
  return json(200, await handover(formOf(context).session, body));
});
