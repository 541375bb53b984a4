import { clientAddressOf } from '../../shared/http/client-address';
import { httpHandler } from '../../shared/http/http-handler';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { consentStore as store } from '../../wiring/consent';
import { clock } from '../../wiring/core';
import { ConsentTokenBody } from '../consent';
import { makeConsentByLink } from '../use-cases/consent-by-link';

const consent = makeConsentByLink({ store, clock });

/** The page posts the token from the URL fragment (never in a URL a server sees). */
export const handler = httpHandler('getConsentByLink').handler(async (event, context) => {
  const { token } = parseJsonBody(event, ConsentTokenBody);
  return json(200, await consent.state(token, clientAddressOf(event, context)));
});
