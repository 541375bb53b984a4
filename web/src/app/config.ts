/** `/config.json`: written by the local server, or deployed next to the app in AWS. */
export type AppConfig =
  | { auth: 'local'; mailViewerUrl?: string }
  | { auth: 'cognito'; cognitoDomain: string; clientId: string; region: string };
export type CognitoConfig = Extract<AppConfig, { auth: 'cognito' }>;

const isUrl = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * Checks the config the app starts with. Hand-written rather than zod: it runs before the first
 * page, and zod would put about 25 kB (gzip) on the Jobcenter's first load (budget in
 * test/browser/first-load.test.ts). test/unit/web-config.test.ts covers what it accepts.
 */
export const parseAppConfig = (value: unknown): AppConfig => {
  const v = (value ?? {}) as Record<string, unknown>;
  if (v.auth === 'local') {
    if (v.mailViewerUrl !== undefined && !isUrl(v.mailViewerUrl))
      throw new Error('config.json: mailViewerUrl');
    return { auth: 'local', ...(v.mailViewerUrl ? { mailViewerUrl: v.mailViewerUrl } : {}) };
  }
  if (v.auth === 'cognito') {
    if (!isUrl(v.cognitoDomain) || !isText(v.clientId) || !isText(v.region))
      throw new Error('config.json: cognitoDomain, clientId and region are required');
    return { auth: 'cognito', cognitoDomain: v.cognitoDomain, clientId: v.clientId, region: v.region };
  }
  throw new Error('config.json: auth must be "local" or "cognito"');
};

export const loadConfig = async (): Promise<AppConfig> => {
  const response = await fetch('/config.json', {
    cache: 'no-store',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return parseAppConfig(await response.json());
};
