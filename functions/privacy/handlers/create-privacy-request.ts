import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { privacyStore as store } from '../../wiring/privacy';
import { PrivacyRequestBody } from '../privacy-request';
import { makeCreatePrivacyRequest } from '../use-cases/privacy-requests';

const createRequest = makeCreatePrivacyRequest({ store, clock });

/** Records an access or erasure request; the search runs as a job (202: not done yet). */
export const handler = httpHandler('createPrivacyRequest').handler(async (event, context) =>
  json(202, await createRequest(parseJsonBody(event, PrivacyRequestBody), principalOf(context))),
);
