import { readerScope, type Scope } from '../../auth/reader-scope';
import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { evaluationStore as store } from '../../wiring/evaluation';
import { TextsQuery } from '../api-schemas';
import { scopedReads } from '../scoped-reads';
import { makeGetTexts } from '../use-cases/get-texts';

const getTexts = (scope: Scope) => makeGetTexts({ store: scopedReads(store, scope) });

export const handler = httpHandler('getTexts').handler(async (event, context) =>
  json(200, await getTexts(readerScope(context))(parseQuery(event, TextsQuery))),
);
