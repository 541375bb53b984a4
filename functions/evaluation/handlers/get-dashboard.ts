import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock, store } from '../../wiring/core';
import { DashboardQuery } from '../api-schemas';
import { makeGetDashboard } from '../use-cases/get-dashboard';

const getDashboard = makeGetDashboard({ store, currentYear: () => clock.now().getUTCFullYear() });

export const handler = httpHandler('getDashboard').handler(async (event) =>
  json(200, await getDashboard(parseQuery(event, DashboardQuery))),
);
