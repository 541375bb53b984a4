import * as z from 'zod';
import { JobcenterId } from '../../registry/jobcenter';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody, parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { deliveryStore } from '../../wiring/delivery';
import { queue } from '../../wiring/queue';
import { registryStore } from '../../wiring/registry';
import { CorrectContactsBody } from '../api-schemas';
import { makeCorrectContacts } from '../use-cases/correct-contacts';

const correctContacts = makeCorrectContacts({
  store: { ...deliveryStore, ...registryStore },
  queue,
  clock,
});

export const handler = httpHandler('correctContacts').handler(async (event, context) => {
  const { id } = parsePath(event, z.object({ id: JobcenterId }));
  const body = parseJsonBody(event, CorrectContactsBody);
  return json(200, await correctContacts(id, body, principalOf(context)));
});
