import { InvitationPath, ReturnBody } from '../../campaigns/api-schemas';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody, parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock, store } from '../../wiring/core';
import { queue } from '../../wiring/queue';
import { makeReturnAccession } from '../use-cases/return-accession';

const returnAccession = makeReturnAccession({ store, queue, clock });

export const handler = httpHandler('returnAccession').handler(async (event, context) => {
  const { campaignId, jobcenterId } = parsePath(event, InvitationPath);
  const { comment } = parseJsonBody(event, ReturnBody);
  return json(200, await returnAccession(campaignId, jobcenterId, comment, principalOf(context)));
});
