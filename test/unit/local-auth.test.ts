import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { principalFromClaims } from '../../functions/auth/principal';
import { openLocalAuth } from '../../local/local-auth';

const file = () => join(mkdtempSync(join(tmpdir(), 'auth-')), 'auth.json');

describe('local login (stand-in for Cognito + JWT authorizer)', () => {
  it('creates a staff user once and logs in with it', () => {
    const path = file();
    const first = openLocalAuth(path);
    expect(first.createdUser?.password.length).toBeGreaterThanOrEqual(16);
    expect(openLocalAuth(path).createdUser).toBeUndefined();
    const { username = '', password = '' } = first.createdUser ?? {};
    const session = openLocalAuth(path).login(username, password);
    const claims = first.verify(`Bearer ${session?.token}`);
    expect(principalFromClaims(claims)).toMatchObject({ email: username, roles: ['admin'] });
    expect(claims?.['cognito:groups']).toBe('[admin]');
  });

  it('refuses a wrong password, a tampered token, a foreign key and an expired token', () => {
    let now = Date.parse('2026-03-01T08:00:00Z');
    const auth = openLocalAuth(file(), () => now);
    const { username = '', password = '' } = auth.createdUser ?? {};
    expect(auth.login(username, `${password}x`)).toBeUndefined();
    expect(auth.login('someone@else.example', password)).toBeUndefined();
    const token = auth.issue({ sub: 's', email: 'v@x.example', roles: ['viewer'] });
    const [h, p, s] = token.split('.');
    const elevated = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(p ?? '', 'base64url').toString()),
        'cognito:groups': ['admin'],
      }),
    ).toString('base64url');
    expect(auth.verify(`Bearer ${h}.${elevated}.${s}`)).toBeUndefined();
    expect(openLocalAuth(file()).verify(`Bearer ${token}`)).toBeUndefined();
    expect(auth.verify(`Bearer ${token}`)).toBeDefined();
    now += 9 * 3600 * 1000;
    expect(auth.verify(`Bearer ${token}`)).toBeUndefined();
    expect(auth.verify(undefined)).toBeUndefined();
    expect(auth.verify('Basic abc')).toBeUndefined();
  });
});
