import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock, store } from '../../wiring/core';
import { queue } from '../../wiring/queue';
import { HandoverBody } from '../api-schemas';
import { formOf, sessionHandler } from '../session-handler';
import { makeHandover } from '../use-cases/handover';

const handover = makeHandover({ store, queue, clock });

export const handler = sessionHandler('handoverForm').handler(async (event, context) => {
  const body = parseJsonBody(event, HandoverBody);
  return json(200, await handover(formOf(context).session, body));
});
