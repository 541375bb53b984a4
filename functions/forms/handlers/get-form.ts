import { json } from '../../shared/http/responses';
import { store } from '../../wiring/core';
import { sessionHandler, sessionOf } from '../session-handler';
import { makeGetForm } from '../use-cases/form-context';

const getForm = makeGetForm({ store });

export const handler = sessionHandler().handler(async (_event, context) =>
  json(200, await getForm(sessionOf(context))),
);
