import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';
import { privacyStore as store } from '../../wiring/privacy';
import { makeListPrivacyRequests } from '../use-cases/privacy-requests';

const listRequests = makeListPrivacyRequests({ store });

export const handler = httpHandler('listPrivacyRequests').handler(async () =>
  json(200, await listRequests()),
);
