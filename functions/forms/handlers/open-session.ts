import { clientAddressOf } from '../../shared/http/client-address';
import { httpHandler } from '../../shared/http/http-handler';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { formStore as store } from '../../wiring/forms';
import { OpenSessionBody } from '../api-schemas';
import { makeOpenSession } from '../use-cases/open-session';

const openSession = makeOpenSession({ store, clock });

/** The page posts the token from the URL fragment after the person clicks "Formular öffnen". */
export const handler = httpHandler('openFormSession').handler(async (event, context) => {
  const { token } = parseJsonBody(event, OpenSessionBody);
  return json(200, await openSession(token, clientAddressOf(event, context)));
});
