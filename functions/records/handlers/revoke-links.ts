import * as z from 'zod';
import { JobcenterId } from '../../registry/jobcenter';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { recordsStore as store } from '../../wiring/records';
import { makeRevokeRecordsLinks } from '../use-cases/revoke-records-links';

const revokeLinks = makeRevokeRecordsLinks({ store, clock });

/** MAGS revokes every records link of one Jobcenter (audited). */
export const handler = httpHandler('revokeRecordsLinks').handler(async (event, context) => {
  const { id } = parsePath(event, z.object({ id: JobcenterId }));
  return json(200, await revokeLinks(id, principalOf(context)));
});
