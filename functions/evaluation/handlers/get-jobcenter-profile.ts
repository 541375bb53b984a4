import * as z from 'zod';
import { readerScope, type Scope } from '../../auth/reader-scope';
import { JobcenterId } from '../../registry/jobcenter';
import { httpHandler } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { evaluationStore as store } from '../../wiring/evaluation';
import { scopedReads } from '../scoped-reads';
import { makeGetJobcenterProfile } from '../use-cases/get-jobcenter-profile';

const getProfile = (scope: Scope) => makeGetJobcenterProfile({ store: scopedReads(store, scope) });

export const handler = httpHandler('getJobcenterProfile').handler(async (event, context) => {
  const { id } = parsePath(event, z.object({ id: JobcenterId }));
  return json(200, await getProfile(readerScope(context))(id));
});
