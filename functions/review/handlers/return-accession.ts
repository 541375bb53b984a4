import { InvitationPath, ReturnBody } from '../../campaigns/api-schemas';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody, parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { campaignStore } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { outboxStore } from '../../wiring/outbox';
import { queue } from '../../wiring/queue';
import { makeReturnAccession } from '../use-cases/return-accession';

const returnAccession = makeReturnAccession({ store: { ...campaignStore, ...outboxStore }, queue, clock });

export const handler = httpHandler('returnAccession').handler(async (event, context) => {
  const { campaignId, jobcenterId } = parsePath(event, InvitationPath);
  const { comment } = parseJsonBody(event, ReturnBody);
  return json(200, await returnAccession(campaignId, jobcenterId, comment, principalOf(context)));
});
