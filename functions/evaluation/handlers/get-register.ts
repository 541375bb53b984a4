import { readerScope, type Scope } from '../../auth/reader-scope';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';
import { evaluationStore as store } from '../../wiring/evaluation';
import { scopedReads } from '../scoped-reads';
import { makeGetRegister } from '../use-cases/get-register';

const getRegister = (scope: Scope) => makeGetRegister({ store: scopedReads(store, scope) });

export const handler = httpHandler('getRegister').handler(async (_event, context) =>
  json(200, await getRegister(readerScope(context))()),
);
