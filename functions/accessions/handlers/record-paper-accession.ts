import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { accessionStore as store } from '../../wiring/accessions';
import { clock } from '../../wiring/core';
import { PaperAccessionBody } from '../paper-accession';
import { makeRecordPaperAccession } from '../use-cases/record-paper-accession';

const recordPaperAccession = makeRecordPaperAccession({ store, clock });

export const handler = httpHandler('recordPaperAccession').handler(async (event, context) => {
  const body = parseJsonBody(event, PaperAccessionBody);
  return json(201, await recordPaperAccession(body, principalOf(context)));
});
