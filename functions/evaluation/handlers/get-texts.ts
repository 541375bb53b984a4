import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { store } from '../../wiring/core';
import { TextsQuery } from '../api-schemas';
import { makeGetTexts } from '../use-cases/get-texts';

const getTexts = makeGetTexts({ store });

export const handler = httpHandler('getTexts').handler(async (event) =>
  json(200, await getTexts(parseQuery(event, TextsQuery))),
);
