import { describe, expect, it } from 'vitest';
import { hasRole, parseGroupsClaim, principalFromClaims } from '../../functions/auth/principal';

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

  it('lets admin do what a viewer may, not the other way round', () => {
    expect(hasRole({ sub: 'a', roles: ['admin'] }, 'viewer')).toBe(true);
    expect(hasRole({ sub: 'v', roles: ['viewer'] }, 'admin')).toBe(false);
    expect(hasRole({ sub: 'n', roles: [] }, 'viewer')).toBe(false);
  });
});
