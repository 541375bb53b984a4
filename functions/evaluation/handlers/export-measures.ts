import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { file } from '../../shared/http/responses';
import { clock, store } from '../../wiring/core';
import { MeasureExportQuery } from '../api-schemas';
import { makeExportMeasures } from '../use-cases/export-evaluation';

const exportMeasures = makeExportMeasures({ store, clock });

export const handler = httpHandler('exportMeasures').handler(async (event) => {
  const { format, ...query } = parseQuery(event, MeasureExportQuery);
  return file(await exportMeasures(query, format));
});
