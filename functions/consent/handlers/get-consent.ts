import * as z from 'zod';
import { JobcenterId } from '../../registry/jobcenter';
import { httpHandler } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { consentStore as store } from '../../wiring/consent';
import { makeGetConsent } from '../use-cases/record-letter-withdrawal';

const getConsent = makeGetConsent({ store });

export const handler = httpHandler('getConsent').handler(async (event) => {
  const { id } = parsePath(event, z.object({ id: JobcenterId }));
  return json(200, { einwilligung: await getConsent(id) });
});
