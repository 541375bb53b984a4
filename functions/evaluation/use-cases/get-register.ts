import type { AccessionStore, CampaignStore, RegistryStore } from '../../shared/ports';
import { buildRegister, type Register } from '../register';

export type RegisterStore = Pick<RegistryStore, 'listJobcenters'> &
  Pick<AccessionStore, 'listAccessions'> &
  Pick<CampaignStore, 'listCampaigns' | 'listInvitations'>;

/**
 * The accession register: the registry, the accessions and the invitations of every launched
 * accession campaign (a Query each). Reads grow with the Jobcenters and the few accession
 * campaigns, never with the rest of the table.
 */
export const makeGetRegister =
  ({ store }: { store: RegisterStore }) =>
  async (): Promise<Register> => {
    const [jobcenters, accessions, campaigns] = await Promise.all([
      store.listJobcenters(),
      store.listAccessions(),
      store.listCampaigns(),
    ]);
    const accessionCampaigns = campaigns
      .filter((c) => c.kind === 'beitritt' && c.status !== 'draft')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const invitations = (
      await Promise.all(accessionCampaigns.map((c) => store.listInvitations(c.id)))
    ).flat();
    return buildRegister({ jobcenters, accessions, invitations });
  };
