import type * as z from 'zod';
import type { Landschaftsverband } from '../registry/jobcenter';
import type { Principal } from './principal';

/**
 * Which Jobcenters a signed-in person may read. MAGS (admin, viewer) and the Regionaldirektion NRW
 * read all 53; the LVR and the LWL read the Jobcenters in their own area only. Derived from the
 * roles alone, so Cognito groups and the local login give the same scope.
 */
type Lv = z.infer<typeof Landschaftsverband>;

export type Scope =
  | { kind: 'all' }
  | { kind: 'landschaftsverband'; landschaftsverband: Lv }
  /** No role that reads Jobcenters (the route check refuses such a person before any read). */
  | { kind: 'none' };

export const ALL: Scope = { kind: 'all' };

export const scopeOf = (p: Principal): Scope => {
  if (p.roles.some((r) => r === 'admin' || r === 'viewer' || r === 'regionaldirektion')) return ALL;
  if (p.roles.includes('lvr')) return { kind: 'landschaftsverband', landschaftsverband: 'LVR' };
  if (p.roles.includes('lwl')) return { kind: 'landschaftsverband', landschaftsverband: 'LWL' };
  return { kind: 'none' };
};

export const inScope = (scope: Scope, jobcenter: { landschaftsverband: string }): boolean =>
  scope.kind === 'all' ||
  (scope.kind === 'landschaftsverband' && jobcenter.landschaftsverband === scope.landschaftsverband);

/** How the scope is named on pages ("alle Jobcenter", "Jobcenter im Gebiet des LVR"). */
export const scopeLabel = (scope: Scope): string =>
  scope.kind === 'all'
    ? 'alle Jobcenter'
    : scope.kind === 'landschaftsverband'
      ? `Jobcenter im Gebiet des ${scope.landschaftsverband}`
      : 'keine Jobcenter';
