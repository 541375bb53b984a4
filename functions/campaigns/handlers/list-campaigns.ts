import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';
import { store } from '../../wiring/core';

export const handler = httpHandler('listCampaigns').handler(async () => {
  const items = await store.listCampaigns();
  return json(200, { items });
});
