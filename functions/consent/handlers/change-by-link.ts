import { clientAddressOf } from '../../shared/http/client-address';
import { httpHandler } from '../../shared/http/http-handler';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { consentStore as store } from '../../wiring/consent';
import { clock } from '../../wiring/core';
import { ConsentChangeBody } from '../consent';
import { makeConsentByLink } from '../use-cases/consent-by-link';

const consent = makeConsentByLink({ store, clock });

/** Withdraws or gives again the consent to publication; the public list follows at once. */
export const handler = httpHandler('changeConsentByLink').handler(async (event, context) => {
  const { token, veroeffentlichung } = parseJsonBody(event, ConsentChangeBody);
  return json(200, await consent.change(token, veroeffentlichung, clientAddressOf(event, context)));
});
