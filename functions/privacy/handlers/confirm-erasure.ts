import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { privacyStore as store } from '../../wiring/privacy';
import { PrivacyRequestPath } from '../privacy-request';
import { makeConfirmErasure } from '../use-cases/privacy-requests';

const confirmErasure = makeConfirmErasure({ store, clock });

/** Staff confirm the erasure; the job carries it out (202: not done yet). */
export const handler = httpHandler('confirmPrivacyErasure').handler(async (event, context) =>
  json(202, await confirmErasure(parsePath(event, PrivacyRequestPath).requestId, principalOf(context))),
);
