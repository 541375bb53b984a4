import { httpHandler } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { privacyStore as store } from '../../wiring/privacy';
import { PrivacyRequestPath } from '../privacy-request';
import { makeExportPrivacyRequest } from '../use-cases/privacy-requests';

const exportRequest = makeExportPrivacyRequest({ store });

/** The answer to an access request as a JSON download. */
export const handler = httpHandler('exportPrivacyRequest').handler(async (event) => {
  const { requestId } = parsePath(event, PrivacyRequestPath);
  const response = json(200, await exportRequest(requestId));
  return {
    ...response,
    headers: {
      ...response.headers,
      'content-disposition': `attachment; filename="datenschutzanfrage-${requestId}.json"`,
    },
  };
});
