import { type BrowserEnv, launchCampaign, startBrowserEnv } from './helpers';

/**
 * The setup of the accession form browser tests: the whole local system and an accession
 * campaign launched to Düsseldorf, Essen and Kreis Kleve.
 */
export const startAccessionFormEnv = async (): Promise<{
  env: BrowserEnv;
  campaignId: string;
  subject: string;
}> => {
  const env = await startBrowserEnv();
  const { id: campaignId, subject } = await launchCampaign(env, ['duesseldorf', 'essen', 'kreis-kleve']);
  return { env, campaignId, subject };
};
