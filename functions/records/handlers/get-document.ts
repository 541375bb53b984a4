import { httpHandler } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { file } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { recordReads as store } from '../../wiring/record-reads';
import { DocumentPath } from '../records-link';
import { recordsSessionOf } from '../records-session';
import { makeReadRecords } from '../use-cases/read-records';

const records = makeReadRecords({ store, clock });

/** One submitted version of the session's Jobcenter as a PDF document. */
export const handler = httpHandler('getRecordsDocument').handler(async (event) => {
  const session = await recordsSessionOf(event);
  const { campaignId, version } = parsePath(event, DocumentPath);
  return file({ ...(await records.document(session, campaignId, version)), contentType: 'application/pdf' });
});
