import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { file } from '../../shared/http/responses';
import { clock, store } from '../../wiring/core';
import { TextsExportQuery } from '../api-schemas';
import { makeExportTexts } from '../use-cases/export-texts';

const exportTexts = makeExportTexts({ store, clock });

export const handler = httpHandler('exportTexts').handler(async (event) => {
  const { format, ...query } = parseQuery(event, TextsExportQuery);
  return file(await exportTexts(query, format));
});
