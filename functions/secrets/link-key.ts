import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { parseLinkKey } from '../campaigns/link-seal';
import type { Config } from '../config';

/**
 * Adapter for Secrets Manager. Resolves the link-sealing key once per cold start: from LINK_KEY locally, from Secrets Manager
 * in AWS. Without either, sealing is off (reminders then cannot repeat the invitation's link).
 */
export const resolveLinkKey = async (
  config: Pick<Config, 'LINK_KEY' | 'LINK_KEY_SECRET_ARN' | 'AWS_REGION'>,
): Promise<Buffer | undefined> => {
  if (config.LINK_KEY) return parseLinkKey(config.LINK_KEY);
  if (!config.LINK_KEY_SECRET_ARN) return undefined;
  const client = new SecretsManagerClient({ region: config.AWS_REGION });
  const { SecretString } = await client.send(
    new GetSecretValueCommand({ SecretId: config.LINK_KEY_SECRET_ARN }),
  );
  client.destroy();
  if (!SecretString) throw new Error('link key secret is empty');
  return parseLinkKey(SecretString);
};
