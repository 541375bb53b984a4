import { createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';
import { Role } from '../functions/auth/principal';

/**
 * Local stand-in for Cognito + the API Gateway JWT authorizer. It issues HS256 tokens with the
 * claims Cognito puts in its tokens (`sub`, `email`, `cognito:groups`, `token_use`) and verifies
 * them the way the authorizer does, so handlers cannot tell the two apart. Never used in AWS.
 */
const AuthFile = z.object({
  signingKey: z.string().min(43),
  users: z.array(
    z.object({
      username: z.string(),
      sub: z.string(),
      salt: z.string(),
      hash: z.string(),
      roles: z.array(Role),
    }),
  ),
});
type AuthFile = z.infer<typeof AuthFile>;

/**
 * The users the local login offers, one per role a person can have in AWS (a Cognito group each):
 * MAGS admin and viewer, and the co-signatories Regionaldirektion NRW, LVR and LWL. Their tokens
 * carry the same `cognito:groups` claim as Cognito's, so the handlers scope them the same way.
 */
export const LOCAL_USERS: readonly { username: string; roles: Role[] }[] = [
  { username: 'mags.admin@example.org', roles: ['admin'] },
  { username: 'mags.lesen@example.org', roles: ['viewer'] },
  { username: 'regionaldirektion@example.org', roles: ['regionaldirektion'] },
  { username: 'lvr@example.org', roles: ['lvr'] },
  { username: 'lwl@example.org', roles: ['lwl'] },
];

export const ISSUER = 'urn:local:inklusion';
export const AUDIENCE = 'inklusion-web';
const TOKEN_TTL_SECONDS = 8 * 3600;

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const hashPassword = (password: string, salt: string) => scryptSync(password, salt, 32).toString('base64url');

export type LocalAuth = {
  /** Set when the admin user was created just now; printed once by `npm start`. */
  createdUser?: { username: string; password: string };
  /** Every user created just now (first start, or a role added since), printed once by `npm start`. */
  createdUsers: { username: string; password: string; roles: Role[] }[];
  login(username: string, password: string): { token: string; expiresAt: string } | undefined;
  /** Verifies signature, issuer, audience and expiry; returns claims as API Gateway passes them. */
  verify(authorization: string | undefined): Record<string, string> | undefined;
  issue(user: { sub: string; email: string; roles: Role[] }): string;
};

export const openLocalAuth = (file: string, now: () => number = Date.now): LocalAuth => {
  const createdUsers: LocalAuth['createdUsers'] = [];
  const data: AuthFile = existsSync(file)
    ? AuthFile.parse(JSON.parse(readFileSync(file, 'utf8')))
    : { signingKey: randomBytes(32).toString('base64url'), users: [] };
  // Users of a role the file does not have yet are added (an older .local/auth.json keeps its own).
  for (const { username, roles } of LOCAL_USERS) {
    if (data.users.some((u) => u.username === username)) continue;
    const password = randomBytes(12).toString('base64url');
    const salt = randomBytes(16).toString('base64url');
    data.users.push({
      username,
      sub: randomBytes(8).toString('hex'),
      salt,
      hash: hashPassword(password, salt),
      roles,
    });
    createdUsers.push({ username, password, roles });
  }
  if (createdUsers.length > 0) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data, null, 2), { mode: 0o600 });
  }
  const admin = createdUsers.find((u) => u.roles.includes('admin'));
  const createdUser = admin ? { username: admin.username, password: admin.password } : undefined;
  const key = Buffer.from(data.signingKey, 'base64url');
  const sign = (input: string) => createHmac('sha256', key).update(input).digest();

  const issue: LocalAuth['issue'] = ({ sub, email, roles }) => {
    const iat = Math.floor(now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = b64url(
      JSON.stringify({
        sub,
        email,
        'cognito:groups': roles,
        token_use: 'id',
        iss: ISSUER,
        aud: AUDIENCE,
        iat,
        exp: iat + TOKEN_TTL_SECONDS,
      }),
    );
    return `${header}.${payload}.${b64url(sign(`${header}.${payload}`))}`;
  };

  return {
    ...(createdUser ? { createdUser } : {}),
    createdUsers,
    issue,
    login(username, password) {
      const user = data.users.find((u) => u.username === username.trim().toLowerCase());
      // Compare against a dummy hash for unknown users so timing does not reveal who exists.
      const expected = Buffer.from(user?.hash ?? hashPassword('x', 'dummy-salt'), 'base64url');
      const actual = Buffer.from(hashPassword(password, user?.salt ?? 'dummy-salt'), 'base64url');
      if (!user || !timingSafeEqual(expected, actual)) return undefined;
      const token = issue({ sub: user.sub, email: user.username, roles: user.roles });
      return { token, expiresAt: new Date(now() + TOKEN_TTL_SECONDS * 1000).toISOString() };
    },
    verify(authorization) {
      const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '');
      if (!match) return undefined;
      const [, header, payload, signature] = match as unknown as [string, string, string, string];
      const expected = sign(`${header}.${payload}`);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      let claims: Record<string, unknown>;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return undefined;
      }
      if (claims.iss !== ISSUER || claims.aud !== AUDIENCE) return undefined;
      if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now()) return undefined;
      // API Gateway hands claims to Lambda as strings; arrays become "[a b]".
      return Object.fromEntries(
        Object.entries(claims).map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(' ')}]` : String(v)]),
      );
    },
  };
};
