import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { type LinkKeyRing, parseLinkKeyRing } from '../campaigns/link-seal';
import type { Config } from '../config';

/**
 * Adapter for Secrets Manager. Resolves the link-sealing key ring: from LINK_KEY locally, from
 * Secrets Manager in AWS. Either holds one key or a ring with the current and the previous keys
 * (functions/campaigns/link-seal.ts#parseLinkKeyRing). The function instance keeps it
 * (cached-link-key.ts): one started before a rotation keeps sealing with the then-current key,
 * which stays in the ring as a previous key, so its links still open; a link sealed elsewhere with
 * the new key makes it load the ring again. Without either, sealing is off (reminders then cannot
 * repeat the invitation's link).
 */
export const resolveLinkKey = async (
  config: Pick<Config, 'LINK_KEY' | 'LINK_KEY_SECRET_ARN' | 'AWS_REGION'>,
): Promise<LinkKeyRing | undefined> => {
  if (config.LINK_KEY) return parseLinkKeyRing(config.LINK_KEY);
  if (!config.LINK_KEY_SECRET_ARN) return undefined;
  const client = new SecretsManagerClient({ region: config.AWS_REGION });
  const { SecretString } = await client.send(
    new GetSecretValueCommand({ SecretId: config.LINK_KEY_SECRET_ARN }),
  );
  client.destroy();
  if (!SecretString) throw new Error('link key secret is empty');
  return parseLinkKeyRing(SecretString);
};
