import { httpHandler } from '../shared/http/http-handler';
import { json } from '../shared/http/responses';
import { clock, store } from '../wiring/core';
import { mailer } from '../wiring/mailer';
import { makeGetHealth } from './get-health';

const getHealth = makeGetHealth({ store, mailer, clock });

/** Staff only: table, mailer (SES quota) and scheduler. 503 when a component is down. */
export const handler = httpHandler('healthDetail').handler(async () => {
  const report = await getHealth();
  return json(report.status === 'down' ? 503 : 200, report);
});
