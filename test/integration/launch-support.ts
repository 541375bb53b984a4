import { makeMailTemplates } from '../../emails/index';
import type { Principal } from '../../functions/auth/principal';
import { makeCreateCampaign } from '../../functions/campaigns/use-cases/create-campaign';
import { makeLaunchCampaign } from '../../functions/campaigns/use-cases/launch-campaign';
import type { Clock, Store } from '../../functions/shared/ports';
import { campaignInput, collectingQueue } from './helpers';

/**
 * Set-up shared by the tests of launching and sending invitations (campaign-launch.test.ts,
 * send-sweeper.test.ts): one admin, the invitation templates, and a campaign created and
 * launched into a queue that only collects, so each test decides when the sender runs.
 */
export const ADMIN: Principal = { sub: 'admin-1', email: 'admin@mags.example.org', roles: ['admin'] };
export const APP_BASE_URL = 'http://127.0.0.1:3000';
export const templates = makeMailTemplates({ appBaseUrl: APP_BASE_URL });

/**
 * A new campaign with `subject` for every Jobcenter (or only `jobcenterIds`), not yet launched:
 * `launch()` launches it (again) into `queue`.
 */
export const createCampaign = async (
  deps: { store: Store; clock: Clock },
  subject: string,
  jobcenterIds?: string[],
) => {
  const input = campaignInput(subject);
  const campaign = await makeCreateCampaign(deps)(
    jobcenterIds ? { ...input, recipients: { mode: 'auswahl', jobcenterIds } } : input,
    ADMIN,
  );
  const queue = collectingQueue();
  const launcher = makeLaunchCampaign({ ...deps, queue });
  return { campaign, queue, launch: () => launcher(campaign.id, ADMIN) };
};
