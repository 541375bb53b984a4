import { httpHandler } from '../../shared/http/http-handler';
import { parsePath, parseQuery } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { campaignViewStore as store } from '../../wiring/campaign-view';
import { clock } from '../../wiring/core';
import { CampaignPath, CampaignViewQuery } from '../api-schemas';
import { makeGetCampaignOverview } from '../use-cases/campaign-overview';

const getOverview = makeGetCampaignOverview({ store, clock });

export const handler = httpHandler('getCampaign').handler(async (event) => {
  const { campaignId } = parsePath(event, CampaignPath);
  return json(200, await getOverview(campaignId, parseQuery(event, CampaignViewQuery)));
});
