import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { store } from '../../wiring/core';
import { JobcenterFilter } from '../jobcenter';
import { makeListJobcenters } from '../use-cases/list-jobcenters';

const listJobcenters = makeListJobcenters({ store });

export const handler = httpHandler('listJobcenters').handler(async (event) => {
  const filter = parseQuery(event, JobcenterFilter);
  const items = await listJobcenters(filter);
  return json(200, { items, count: items.length });
});
