import { readerScope, type Scope } from '../../auth/reader-scope';
import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { file } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { evaluationStore as store } from '../../wiring/evaluation';
import { MeasureExportQuery } from '../api-schemas';
import { scopedReads } from '../scoped-reads';
import { makeExportMeasures } from '../use-cases/export-evaluation';

const exportMeasures = (scope: Scope) => makeExportMeasures({ store: scopedReads(store, scope), clock });

export const handler = httpHandler('exportMeasures').handler(async (event, context) => {
  const { format, ...query } = parseQuery(event, MeasureExportQuery);
  return file(await exportMeasures(readerScope(context))(query, format));
});
