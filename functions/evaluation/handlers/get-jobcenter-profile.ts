import * as z from 'zod';
import { JobcenterId } from '../../registry/jobcenter';
import { httpHandler } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { store } from '../../wiring/core';
import { makeGetJobcenterProfile } from '../use-cases/get-jobcenter-profile';

const getProfile = makeGetJobcenterProfile({ store });

export const handler = httpHandler('getJobcenterProfile').handler(async (event) => {
  const { id } = parsePath(event, z.object({ id: JobcenterId }));
  return json(200, await getProfile(id));
});
