import { httpHandler } from '../shared/http/http-handler';
import { SECURITY_HEADERS } from '../shared/http/responses';
import { buildOpenApi } from './openapi';

const document = JSON.stringify(buildOpenApi());

export const handler = httpHandler('openapi').handler(async () => ({
  statusCode: 200,
  headers: {
    ...SECURITY_HEADERS,
    'cache-control': 'public, max-age=300',
    'content-type': 'application/json',
  },
  body: document,
}));
