import { clientAddressOf } from '../../shared/http/client-address';
import { httpHandler } from '../../shared/http/http-handler';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { queue } from '../../wiring/queue';
import { recordsStore as store } from '../../wiring/records';
import { RecordsRequestBody } from '../records-request';
import { makeRequestRecordsLink } from '../use-cases/request-records-link';

const requestLink = makeRequestRecordsLink({ store, queue, clock });

/** "Unterlagen anfordern": the same 202 for every valid address; the worker looks it up. */
export const handler = httpHandler('requestRecordsLink').handler(async (event, context) => {
  const { email } = parseJsonBody(event, RecordsRequestBody);
  return json(202, await requestLink(email, clientAddressOf(event, context)));
});
