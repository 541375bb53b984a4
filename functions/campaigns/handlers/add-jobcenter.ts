import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody, parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { campaignStore as store } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { queue } from '../../wiring/queue';
import { AddJobcenterBody, CampaignPath } from '../api-schemas';
import { makeAddJobcenter } from '../use-cases/manage-invitations';

const addJobcenter = makeAddJobcenter({ store, queue, clock });

export const handler = httpHandler('addJobcenter').handler(async (event, context) => {
  const { campaignId } = parsePath(event, CampaignPath);
  const { jobcenterId } = parseJsonBody(event, AddJobcenterBody);
  await addJobcenter(campaignId, jobcenterId, principalOf(context));
  return json(202, { jobcenterId });
});
