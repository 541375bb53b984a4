import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';

/** Who is signed in, with which roles: the web app uses it to show or hide admin actions. */
export const handler = httpHandler('me').handler(async (_event, context) => json(200, principalOf(context)));
