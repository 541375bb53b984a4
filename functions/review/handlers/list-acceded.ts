import { httpHandler } from '../../shared/http/http-handler';
import { SECURITY_HEADERS } from '../../shared/http/responses';
import { accessionStore as store } from '../../wiring/accessions';
import { makeListAcceded } from '../use-cases/review-response';

const listAcceded = makeListAcceded({ store });

/** Public list of acceded Jobcenters that consented to be named (page and JSON). */
export const handler = httpHandler('listAcceded').handler(async () => {
  const items = await listAcceded();
  return {
    statusCode: 200,
    headers: {
      ...SECURITY_HEADERS,
      // No cache: a withdrawn consent must take the Jobcenter off the list at once.
      'cache-control': 'no-cache',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ items, count: items.length }),
  };
});
