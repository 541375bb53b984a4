import { NotFoundError } from '../../shared/errors';
import type { CampaignStore, RegistryStore } from '../../shared/ports';

/** The campaign, Jobcenter and invitation one response belongs to; 404 if any is missing. */
export const loadResponse = async (
  store: Pick<CampaignStore, 'getCampaign' | 'getInvitation'> & Pick<RegistryStore, 'getJobcenter'>,
  campaignId: string,
  jobcenterId: string,
) => {
  const [campaign, jobcenter, invitation] = await Promise.all([
    store.getCampaign(campaignId),
    store.getJobcenter(jobcenterId),
    store.getInvitation(campaignId, jobcenterId),
  ]);
  if (!campaign || !jobcenter || !invitation) throw new NotFoundError('Diese Rückmeldung gibt es nicht.');
  return { campaign, jobcenter, invitation };
};
