import * as z from 'zod';

/** Roles of MAGS staff. In AWS they are Cognito groups, locally the dev login issues the same claim. */
export const Role = z.enum(['admin', 'viewer']).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

export const Principal = z
  .object({ sub: z.string().min(1), email: z.string().optional(), roles: z.array(Role) })
  .meta({ id: 'Principal' });
export type Principal = z.infer<typeof Principal>;

/** admin may do everything a viewer may. */
export const hasRole = (p: Principal, needed: Role): boolean =>
  p.roles.includes('admin') || p.roles.includes(needed);

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
