import { json } from '../../shared/http/responses';
import { store } from '../../wiring';
import { sessionHandler, sessionOf } from '../session-handler';
import { makeGetForm } from '../use-cases/form-context';

const getForm = makeGetForm({ store });

export const handler = sessionHandler('getForm').handler(async (_event, context) =>
  json(200, await getForm(sessionOf(context))),
);
