import { OpenSessionBody } from '../../forms/api-schemas';
import { clientAddressOf } from '../../shared/http/client-address';
import { httpHandler } from '../../shared/http/http-handler';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { recordsStore as store } from '../../wiring/records';
import { makeOpenRecordsSession } from '../use-cases/open-records';

const openSession = makeOpenRecordsSession({ store, clock });

/** The records page posts the token from the URL fragment after the click on "Unterlagen öffnen". */
export const handler = httpHandler('openRecordsSession').handler(async (event, context) => {
  const { token } = parseJsonBody(event, OpenSessionBody);
  return json(200, await openSession(token, clientAddressOf(event, context)));
});
