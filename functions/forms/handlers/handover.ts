import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { formStore } from '../../wiring/forms';
import { outboxStore } from '../../wiring/outbox';
import { queue } from '../../wiring/queue';
import { HandoverBody } from '../api-schemas';
import { formOf, sessionHandler } from '../session-handler';
import { makeHandover } from '../use-cases/handover';

const handover = makeHandover({ store: { ...formStore, ...outboxStore }, queue, clock });

export const handler = sessionHandler('handoverForm').handler(async (event, context) => {
  const body = parseJsonBody(event, HandoverBody);
  return json(200, await handover(formOf(context).session, body));
});
