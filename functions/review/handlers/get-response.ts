import { InvitationPath } from '../../campaigns/api-schemas';
import { httpHandler } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { reviewStore as store } from '../../wiring/review';
import { makeGetResponse } from '../use-cases/review-response';

const getResponse = makeGetResponse({ store });

export const handler = httpHandler('getResponse').handler(async (event) => {
  const { campaignId, jobcenterId } = parsePath(event, InvitationPath);
  return json(200, await getResponse(campaignId, jobcenterId));
});
