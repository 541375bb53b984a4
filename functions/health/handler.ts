import { httpHandler } from '../shared/http/http-handler';
import { json } from '../shared/http/responses';
import type { Liveness } from './get-health';

const ALIVE: Liveness = { status: 'ok' };

/**
 * Public liveness for monitoring and the start page: the API answers. It touches neither the table
 * nor SES and tells nothing about them; the detail is GET /api/health (staff, detail-handler.ts).
 */
export const handler = httpHandler('health').handler(async () => json(200, ALIVE));
