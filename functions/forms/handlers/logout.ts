import { SECURITY_HEADERS } from '../../shared/http/responses';
import { formStore as store } from '../../wiring/forms';
import { formOf, sessionHandler } from '../session-handler';

/** Ends the form session at once; the personal link still works for a new one. */
export const handler = sessionHandler('logoutForm').handler(async (_event, context) => {
  await store.deleteSession(formOf(context).session.hash);
  return { statusCode: 204, headers: SECURITY_HEADERS };
});
