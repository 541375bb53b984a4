import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { recordReads as store } from '../../wiring/record-reads';
import { recordsSessionOf } from '../records-session';
import { makeReadRecords } from '../use-cases/read-records';

const records = makeReadRecords({ store, clock });

/** The documents of the records session's Jobcenter. */
export const handler = httpHandler('listRecords').handler(async (event) =>
  json(200, await records.list(await recordsSessionOf(event))),
);
