import { clientAddressOf } from '../../shared/http/client-address';
import { httpHandler } from '../../shared/http/http-handler';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { consentStore } from '../../wiring/consent';
import { clock, config } from '../../wiring/core';
import { outboxStore } from '../../wiring/outbox';
import { queue } from '../../wiring/queue';
import { recordsStore } from '../../wiring/records';
import { ConsentLinkRequestBody } from '../consent';
import { makeRequestConsentLink } from '../use-cases/request-consent-link';

const requestLink = makeRequestConsentLink({
  // The records' address lookup finds the Jobcenters of an address (no list of all Jobcenters).
  store: { ...consentStore, ...recordsStore, ...outboxStore },
  queue,
  clock,
  mailFrom: config.MAIL_FROM,
});

/** Public: a consent link to the registered contacts; the answer never tells whether the address is known. */
export const handler = httpHandler('requestConsentLink').handler(async (event, context) => {
  const { email } = parseJsonBody(event, ConsentLinkRequestBody);
  return json(202, await requestLink(email, clientAddressOf(event, context)));
});
