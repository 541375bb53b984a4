import type { ApiEvent } from '../shared/http/api-types';
import { clock } from '../wiring/core';
import { recordsStore as store } from '../wiring/records';
import { makeCheckRecordsSession } from './use-cases/open-records';

const checkRecordsSession = makeCheckRecordsSession({ store, clock });

/**
 * The records session of a request (`Authorization: Bearer <token>` from the records link
 * exchange), checked; the Jobcenter it names is the only one the request can read.
 */
export const recordsSessionOf = (event: ApiEvent) =>
  checkRecordsSession(/^Bearer (\S+)$/.exec(event.headers?.authorization ?? '')?.[1]);
