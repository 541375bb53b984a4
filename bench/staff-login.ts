import type { LocalSystem } from '../local/system';

/** Logs in as the staff user a fresh local system created; returns the bearer header. */
export const staffAuthorization = async (system: LocalSystem): Promise<{ authorization: string }> => {
  const res = await fetch(`${system.urls.app}/api/auth/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: system.staff?.username, password: system.staff?.password }),
  });
  const { token } = (await res.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
};
