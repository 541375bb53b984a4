import { makeCampaignStore } from '../store/campaign-store';
import { makeDeliveryStore } from '../store/delivery-store';
import { makeLinkStore } from '../store/link-store';
import { store, table } from './core';

/** Delivery state of addresses, with the invitations and links it affects. */
export const deliveryStore = {
  ...store,
  ...makeDeliveryStore(table),
  ...makeCampaignStore(table),
  ...makeLinkStore(table),
};
