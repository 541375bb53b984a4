import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { principalFromClaims } from '../../functions/auth/principal';
import { LOCAL_USERS, openLocalAuth } from '../../local/local-auth';

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

  it('offers a user for every role, the co-signatories included, with the claims Cognito groups give', () => {
    // Prepare: a fresh login file.
    const path = file();
    const auth = openLocalAuth(path);

    // Act: log in as each created user.
    const claimsOf = auth.createdUsers.map((u) => ({
      user: u,
      claims: auth.verify(`Bearer ${auth.login(u.username, u.password)?.token}`),
    }));

    // Assess: one user per role, each token with exactly its group, as API Gateway passes it on.
    expect(auth.createdUsers.flatMap((u) => u.roles).sort()).toEqual([
      'admin',
      'lvr',
      'lwl',
      'regionaldirektion',
      'viewer',
    ]);
    for (const { user, claims } of claimsOf) {
      expect(claims?.['cognito:groups']).toBe(`[${user.roles.join(' ')}]`);
      expect(principalFromClaims(claims)).toMatchObject({ email: user.username, roles: user.roles });
    }
    expect(openLocalAuth(path).createdUsers).toEqual([]);
  });

  it('adds the users of new roles to an older login file and keeps the existing ones', () => {
    // Prepare: a file as written before the partner roles existed (only the admin).
    const path = file();
    const first = openLocalAuth(path);
    const admin = first.createdUser ?? { username: '', password: '' };
    const data = JSON.parse(readFileSync(path, 'utf8')) as { users: { username: string }[] };
    writeFileSync(
      path,
      JSON.stringify({ ...data, users: data.users.filter((u) => u.username === admin.username) }),
    );

    // Act
    const reopened = openLocalAuth(path);

    // Assess: the four other users are new, the admin's password still works.
    expect(reopened.createdUsers.map((u) => u.username).sort()).toEqual(
      LOCAL_USERS.filter((u) => u.username !== admin.username)
        .map((u) => u.username)
        .sort(),
    );
    expect(reopened.createdUser).toBeUndefined();
    expect(reopened.login(admin.username, admin.password)).toBeDefined();
  });
});
