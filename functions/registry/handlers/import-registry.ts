import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { bodyText, parseQuery, requireContentType } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { registryStore as store } from '../../wiring/registry';
import { ImportQuery } from '../api-schemas';
import { MAX_IMPORT_BYTES } from '../registry-csv';
import { makeImportRegistry } from '../use-cases/import-registry';

const importRegistry = makeImportRegistry({ store, clock });

export const handler = httpHandler('importRegistry').handler(async (event, context) => {
  const { dryRun } = parseQuery(event, ImportQuery);
  requireContentType(event, 'text/csv', 'text/plain');
  const result = await importRegistry(bodyText(event, MAX_IMPORT_BYTES), principalOf(context), { dryRun });
  return json(200, result);
});
