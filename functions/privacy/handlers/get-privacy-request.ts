import { httpHandler } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { privacyStore as store } from '../../wiring/privacy';
import { PrivacyRequestPath } from '../privacy-request';
import { makeGetPrivacyRequest } from '../use-cases/privacy-requests';

const getRequest = makeGetPrivacyRequest({ store });

export const handler = httpHandler('getPrivacyRequest').handler(async (event) =>
  json(200, await getRequest(parsePath(event, PrivacyRequestPath).requestId)),
);
