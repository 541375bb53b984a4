import { httpHandler } from '../../shared/http/http-handler';
import { parseJsonBody, parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { campaignStore as store } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { CampaignPath, UpdateCampaignBody } from '../api-schemas';
import { makeUpdateCampaign } from '../use-cases/create-campaign';

const updateCampaign = makeUpdateCampaign({ store, clock });

export const handler = httpHandler('updateCampaign').handler(async (event) => {
  const { campaignId } = parsePath(event, CampaignPath);
  const { version, campaign } = parseJsonBody(event, UpdateCampaignBody);
  return json(200, await updateCampaign(campaignId, campaign, version));
});
