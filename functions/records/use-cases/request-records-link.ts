import { randomUUID } from 'node:crypto';
import { RateLimitedError } from '../../shared/errors';
import type { Clock, LinkStore, Queue } from '../../shared/ports';
import {
  addressKey,
  RECORDS_REQUEST_ANSWER,
  RECORDS_REQUESTS_PER_ADDRESS_HOUR,
  RECORDS_REQUESTS_PER_CLIENT_HOUR,
} from '../records-request';

type Deps = { store: Pick<LinkStore, 'countHit'>; queue: Queue; clock: Clock };

/**
 * A Jobcenter asks for a records link by entering its registered address. This half does the same
 * for every address, known or not: count the request per client address and per address (fixed
 * windows of the rate-limit store; 429 beyond either), queue it, answer with the one sentence. The
 * lookup and the mail happen in the send worker (issue-records-mail.ts), so neither the answer nor
 * its timing depends on whether the address is known.
 */
export const makeRequestRecordsLink =
  ({ store, queue, clock }: Deps) =>
  async (email: string, clientKey: string): Promise<{ message: string }> => {
    const now = clock.now();
    const [byClient, byAddress] = await Promise.all([
      store.countHit(`records-client:${clientKey}`, 3600, now),
      store.countHit(`records-address:${addressKey(email)}`, 3600, now),
    ]);
    if (byClient > RECORDS_REQUESTS_PER_CLIENT_HOUR || byAddress > RECORDS_REQUESTS_PER_ADDRESS_HOUR)
      throw new RateLimitedError();
    await queue.enqueue([{ type: 'records', requestId: randomUUID(), address: email }]);
    return { message: RECORDS_REQUEST_ANSWER };
  };
