import { readerScope, type Scope } from '../../auth/reader-scope';
import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { file } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { evaluationStore as store } from '../../wiring/evaluation';
import { ExportQuery } from '../api-schemas';
import { scopedReads } from '../scoped-reads';
import { makeExportRegister } from '../use-cases/export-evaluation';

const exportRegister = (scope: Scope) => makeExportRegister({ store: scopedReads(store, scope), clock });

export const handler = httpHandler('exportRegister').handler(async (event, context) => {
  const { format } = parseQuery(event, ExportQuery);
  return file(await exportRegister(readerScope(context))(format));
});
