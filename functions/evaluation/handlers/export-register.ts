import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { file } from '../../shared/http/responses';
import { clock, store } from '../../wiring/core';
import { ExportQuery } from '../api-schemas';
import { makeExportRegister } from '../use-cases/export-evaluation';

const exportRegister = makeExportRegister({ store, clock });

export const handler = httpHandler('exportRegister').handler(async (event) => {
  const { format } = parseQuery(event, ExportQuery);
  return file(await exportRegister(format));
});
