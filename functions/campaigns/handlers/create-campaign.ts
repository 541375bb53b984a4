import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { campaignStore as store } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { CampaignInput } from '../campaign';
import { makeCreateCampaign } from '../use-cases/create-campaign';

const createCampaign = makeCreateCampaign({ store, clock });

export const handler = httpHandler('createCampaign').handler(async (event, context) => {
  const input = parseJsonBody(event, CampaignInput);
  return json(201, await createCampaign(input, principalOf(context)));
});
