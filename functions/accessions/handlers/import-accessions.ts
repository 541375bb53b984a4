import { ImportQuery } from '../../registry/api-schemas';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { bodyText, parseQuery, requireContentType } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { accessionStore as store } from '../../wiring/accessions';
import { clock } from '../../wiring/core';
import { MAX_ACCESSION_IMPORT_BYTES } from '../accession-csv';
import { makeImportAccessions } from '../use-cases/import-accessions';

const importAccessions = makeImportAccessions({ store, clock });

export const handler = httpHandler('importAccessions').handler(async (event, context) => {
  const { dryRun } = parseQuery(event, ImportQuery);
  requireContentType(event, 'text/csv', 'text/plain');
  const csv = bodyText(event, MAX_ACCESSION_IMPORT_BYTES);
  return json(200, await importAccessions(csv, principalOf(context), { dryRun }));
});
