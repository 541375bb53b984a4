import { describe, expect, it } from 'vitest';
import { mayAccess, parseGroupsClaim, principalFromClaims } from '../../functions/auth/principal';
import { inScope, scopeOf } from '../../functions/auth/scope';

describe('principal from JWT claims', () => {
  it.each([
    ['[admin viewer]', ['admin', 'viewer']],
    ['[admin]', ['admin']],
    ['["admin","viewer"]', ['admin', 'viewer']],
    [['viewer'], ['viewer']],
    ['', []],
    [undefined, []],
    ['["broken', []],
  ])('parses groups claim %j', (claim, groups) => {
    expect(parseGroupsClaim(claim)).toEqual(groups);
  });

  it('keeps only known roles and requires a subject', () => {
    expect(
      principalFromClaims({ sub: 'u1', 'cognito:groups': '[admin root]', email: 'a@b.example' }),
    ).toEqual({
      sub: 'u1',
      email: 'a@b.example',
      roles: ['admin'],
    });
    expect(principalFromClaims({ 'cognito:groups': '[admin]' })).toBeUndefined();
    expect(principalFromClaims(undefined)).toBeUndefined();
  });

  it('lets admin do what a viewer may, not the other way round; partners read the evaluation only', () => {
    expect(mayAccess({ sub: 'a', roles: ['admin'] }, 'viewer')).toBe(true);
    expect(mayAccess({ sub: 'v', roles: ['viewer'] }, 'admin')).toBe(false);
    expect(mayAccess({ sub: 'n', roles: [] }, 'viewer')).toBe(false);
    for (const role of ['regionaldirektion', 'lvr', 'lwl'] as const) {
      expect(mayAccess({ sub: 'p', roles: [role] }, 'partner'), role).toBe(true);
      expect(mayAccess({ sub: 'p', roles: [role] }, 'viewer'), role).toBe(false);
    }
    expect(mayAccess({ sub: 'n', roles: [] }, 'partner')).toBe(false);
  });

  it('scopes the LVR and the LWL to their own area, everyone else to all Jobcenters', () => {
    expect(scopeOf({ sub: 'r', roles: ['regionaldirektion'] })).toEqual({ kind: 'all' });
    expect(scopeOf({ sub: 'v', roles: ['viewer'] })).toEqual({ kind: 'all' });
    const lvr = scopeOf({ sub: 'l', roles: ['lvr'] });
    expect(lvr).toEqual({ kind: 'landschaftsverband', landschaftsverband: 'LVR' });
    expect(inScope(lvr, { landschaftsverband: 'LVR' })).toBe(true);
    expect(inScope(lvr, { landschaftsverband: 'LWL' })).toBe(false);
    expect(inScope(scopeOf({ sub: 'n', roles: [] }), { landschaftsverband: 'LVR' })).toBe(false);
  });
});
