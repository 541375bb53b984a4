import * as z from 'zod';

/**
 * Roles of MAGS staff and of the co-signatories. In AWS they are Cognito groups, locally the dev
 * login issues the same claim. What each may read is `scopeOf` (functions/auth/scope.ts).
 */
export const Role = z.enum(['admin', 'viewer', 'regionaldirektion', 'lvr', 'lwl']).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

/** Each role as a Cognito group: its description and precedence (lower wins). */
export const ROLES: Record<Role, { description: string; precedence: number }> = {
  admin: { description: 'MAGS staff who may change data', precedence: 0 },
  viewer: { description: 'MAGS staff with read access', precedence: 10 },
  regionaldirektion: {
    description: 'Regionaldirektion NRW: reads the evaluation of all Jobcenters',
    precedence: 20,
  },
  lvr: { description: 'LVR: reads the evaluation of the Jobcenters in its area', precedence: 30 },
  lwl: { description: 'LWL: reads the evaluation of the Jobcenters in its area', precedence: 30 },
};

/**
 * Who may call a staff route: `admin` changes data, `viewer` reads everything of MAGS, `partner`
 * reads the evaluation (MAGS and the co-signatories, each within its scope).
 */
export type StaffAccess = 'admin' | 'viewer' | 'partner';

export const Principal = z
  .object({ sub: z.string().min(1), email: z.string().optional(), roles: z.array(Role) })
  .meta({ id: 'Principal' });
export type Principal = z.infer<typeof Principal>;

/** admin may do everything a viewer may; every role may read the evaluation (`partner`). */
export const mayAccess = (p: Principal, access: StaffAccess): boolean =>
  access === 'admin'
    ? p.roles.includes('admin')
    : access === 'viewer'
      ? p.roles.includes('admin') || p.roles.includes('viewer')
      : p.roles.length > 0;

/**
 * API Gateway's JWT authorizer passes claims as strings; an array claim such as `cognito:groups`
 * arrives as `[admin viewer]` (or `["admin","viewer"]` from other issuers). Accept all forms.
 */
export const parseGroupsClaim = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const trimmed = value.trim();
  if (trimmed.startsWith('["')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) ? parsed.map(String) : [];
    } catch {
      return [];
    }
  }
  return trimmed
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
};

export const principalFromClaims = (claims: Record<string, unknown> | undefined): Principal | undefined => {
  if (!claims || typeof claims.sub !== 'string' || !claims.sub) return undefined;
  const roles = parseGroupsClaim(claims['cognito:groups']).flatMap((g) => {
    const r = Role.safeParse(g);
    return r.success ? [r.data] : [];
  });
  return {
    sub: claims.sub,
    ...(typeof claims.email === 'string' ? { email: claims.email } : {}),
    roles,
  };
};

/** Who an audit event names: the subject and, when known, the e-mail address. */
export const auditActor = (p: Principal): { sub: string; email?: string } => ({
  sub: p.sub,
  ...(p.email ? { email: p.email } : {}),
});
