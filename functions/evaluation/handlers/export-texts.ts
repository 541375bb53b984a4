import { readerScope, type Scope } from '../../auth/reader-scope';
import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { file } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { evaluationStore as store } from '../../wiring/evaluation';
import { TextsExportQuery } from '../api-schemas';
import { scopedReads } from '../scoped-reads';
import { makeExportTexts } from '../use-cases/export-texts';

const exportTexts = (scope: Scope) => makeExportTexts({ store: scopedReads(store, scope), clock });

export const handler = httpHandler('exportTexts').handler(async (event, context) => {
  const { format, ...query } = parseQuery(event, TextsExportQuery);
  return file(await exportTexts(readerScope(context))(query, format));
});
