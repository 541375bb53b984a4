import { readerScope, type Scope } from '../../auth/reader-scope';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';
import { evaluationStore as store } from '../../wiring/evaluation';
import { scopedReads } from '../scoped-reads';
import { makeGetTrends } from '../use-cases/get-dashboard';

const getTrends = (scope: Scope) => makeGetTrends({ store: scopedReads(store, scope) });

export const handler = httpHandler('getTrends').handler(async (_event, context) =>
  json(200, await getTrends(readerScope(context))()),
);
