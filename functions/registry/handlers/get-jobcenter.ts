import * as z from 'zod';
import { httpHandler } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { store } from '../../wiring/core';
import { JobcenterId } from '../jobcenter';
import { makeGetJobcenter } from '../use-cases/get-jobcenter';

const getJobcenter = makeGetJobcenter({ store });

export const handler = httpHandler('getJobcenter').handler(async (event) => {
  const { id } = parsePath(event, z.object({ id: JobcenterId }));
  return json(200, await getJobcenter(id));
});
