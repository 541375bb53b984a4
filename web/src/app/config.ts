import * as z from 'zod';

/** `/config.json`: written by the local server, or deployed next to the app in AWS. */
export const AppConfig = z.discriminatedUnion('auth', [
  z.object({ auth: z.literal('local'), mailViewerUrl: z.url().optional() }),
  z.object({
    auth: z.literal('cognito'),
    cognitoDomain: z.url(),
    clientId: z.string().min(1),
    region: z.string().min(1),
  }),
]);
export type AppConfig = z.infer<typeof AppConfig>;
export type CognitoConfig = Extract<AppConfig, { auth: 'cognito' }>;

export const loadConfig = async (): Promise<AppConfig> => {
  const response = await fetch('/config.json', {
    cache: 'no-store',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return AppConfig.parse(await response.json());
};
