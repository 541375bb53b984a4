import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { campaignStore as store } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { queue } from '../../wiring/queue';
import { CampaignPath } from '../api-schemas';
import { makeLaunchCampaign } from '../use-cases/launch-campaign';

const launch = makeLaunchCampaign({ store, queue, clock });

export const handler = httpHandler('launchCampaign').handler(async (event, context) => {
  const { campaignId } = parsePath(event, CampaignPath);
  return json(202, await launch(campaignId, principalOf(context)));
});
