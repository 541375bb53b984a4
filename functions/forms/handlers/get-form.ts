import { json } from '../../shared/http/responses';
import { formOf, sessionHandler } from '../session-handler';
import { formView } from '../use-cases/form-context';

export const handler = sessionHandler('getForm', {
  submissions: true,
  history: true,
  feedback: true,
  draft: true,
}).handler(async (_event, context) => json(200, formView(formOf(context))));
