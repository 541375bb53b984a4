import { readerScope, type Scope } from '../../auth/reader-scope';
import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { evaluationStore as store } from '../../wiring/evaluation';
import { DashboardQuery } from '../api-schemas';
import { scopedReads } from '../scoped-reads';
import { makeGetDashboard } from '../use-cases/get-dashboard';

const getDashboard = (scope: Scope) =>
  makeGetDashboard({ store: scopedReads(store, scope), currentYear: () => clock.now().getUTCFullYear() });

export const handler = httpHandler('getDashboard').handler(async (event, context) =>
  json(200, await getDashboard(readerScope(context))(parseQuery(event, DashboardQuery))),
);
