import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';
import { campaignStore as store } from '../../wiring/campaigns';

export const handler = httpHandler('listCampaigns').handler(async () => {
  const items = await store.listCampaigns();
  return json(200, { items });
});
