import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { campaignStore as store } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { CampaignPath } from '../api-schemas';
import { makeCloseCampaign } from '../use-cases/manage-invitations';

const close = makeCloseCampaign({ store, clock });

export const handler = httpHandler('closeCampaign').handler(async (event, context) => {
  const { campaignId } = parsePath(event, CampaignPath);
  return json(200, await close(campaignId, principalOf(context)));
});
