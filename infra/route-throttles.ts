import type { RouteDef } from '../functions/api/routes';

/** The Jobcenter form's routes all live under this prefix (functions/api/routes.ts). */
export const FORM_PATH_PREFIX = '/api/form/';

/**
 * Throttle groups of the HTTP API, derived from each route's declared access and path
 * (functions/api/route-access.ts, functions/api/routes.ts), never from a list of route ids:
 * - `linkCheck`: a public route under the form prefix, i.e. the exchange of a link token for a
 *   session: the only way in without a session, so the one to slow down guessing;
 * - `form`: the session routes of the Jobcenter form;
 * - `staff`: routes behind the Cognito JWT (a role);
 * - `public`: the rest of the public routes (health, OpenAPI document, list of acceded Jobcenters).
 */
export type ThrottleGroup = 'linkCheck' | 'form' | 'staff' | 'public';

export const throttleGroupOf = (def: Pick<RouteDef, 'access' | 'path'>): ThrottleGroup => {
  if (def.access === 'session') return 'form';
  if (def.access !== 'public') return 'staff';
  return def.path.startsWith(FORM_PATH_PREFIX) ? 'linkCheck' : 'public';
};

/**
 * Steady-state requests per second and burst for all callers together (API Gateway throttles per
 * route, not per client; WAF limits per client address). 53 Jobcenters fill in forms with autosave;
 * a handful of MAGS staff load dashboards of several requests each. A flood on one group cannot use
 * up the capacity of another.
 */
export const THROTTLES: Record<ThrottleGroup, { rateLimit: number; burstLimit: number }> = {
  linkCheck: { rateLimit: 5, burstLimit: 10 },
  form: { rateLimit: 20, burstLimit: 40 },
  staff: { rateLimit: 25, burstLimit: 50 },
  public: { rateLimit: 10, burstLimit: 20 },
};
