import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';
import { store } from '../../wiring/core';
import { makeGetTrends } from '../use-cases/get-dashboard';

const getTrends = makeGetTrends({ store });

export const handler = httpHandler('getTrends').handler(async () => json(200, await getTrends()));
