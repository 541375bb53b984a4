import { ROUTES, type RouteDef } from '../functions/api/routes';

/**
 * Throttle groups of the HTTP API, derived from each route's declared access and `linkExchange`
 * (functions/api/route-access.ts, functions/api/route-def.ts), never from a list of route ids:
 * - `linkCheck`: a route that exchanges a personal link token (form, records, consent) without a
 *   session: the way in without a session, so the one to slow down guessing;
 * - `form`: the session routes of the Jobcenter form;
 * - `staff`: routes behind the Cognito JWT (a role);
 * - `public`: the rest of the public routes (health, OpenAPI document, list of acceded Jobcenters,
 *   link requests by e-mail address).
 */
export type ThrottleGroup = 'linkCheck' | 'form' | 'staff' | 'public';

export const throttleGroupOf = (def: Pick<RouteDef, 'access'> & { linkExchange?: true }): ThrottleGroup => {
  if (def.access === 'session') return 'form';
  if (def.access !== 'public') return 'staff';
  return def.linkExchange ? 'linkCheck' : 'public';
};

/** The paths of the link exchanges: the WAF's per-IP link rule matches them (decoded, normalised, as a prefix). */
export const LINK_EXCHANGE_PATHS: readonly string[] = [
  ...new Set(ROUTES.filter((r) => throttleGroupOf(r) === 'linkCheck').map((r) => r.path)),
];

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
