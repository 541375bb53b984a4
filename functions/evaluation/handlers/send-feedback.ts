import { InvitationPath } from '../../campaigns/api-schemas';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody, parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock, mailTemplates, store } from '../../wiring/mail';
import { queue } from '../../wiring/queue';
import { FeedbackBody } from '../feedback';
import { makeSendFeedback } from '../use-cases/send-feedback';

const sendFeedback = makeSendFeedback({ store, queue, templates: mailTemplates, clock });

export const handler = httpHandler('sendFeedback').handler(async (event, context) => {
  const { campaignId, jobcenterId } = parsePath(event, InvitationPath);
  const body = parseJsonBody(event, FeedbackBody);
  return json(201, await sendFeedback(campaignId, jobcenterId, body, principalOf(context)));
});
