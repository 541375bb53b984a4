import { NotFoundError } from '../../shared/errors';
import type { AccessionStore, CampaignStore, RegistryStore } from '../../shared/ports';
import { formUrl } from '../link-token';
import { invitationProps, type MailTemplates } from '../mail-templates';
import { recipientsOf } from '../recipients';

/**
 * The invitation exactly as the first recipient would get it (HTML and plain text), with a
 * placeholder instead of a personal link, and the list of recipients the launch would address.
 */
export const makePreviewInvitation =
  ({
    store,
    templates,
    appBaseUrl,
  }: {
    store: Pick<CampaignStore, 'getCampaign'> &
      Pick<RegistryStore, 'listJobcenters'> &
      Pick<AccessionStore, 'listAccessions'>;
    templates: Pick<MailTemplates, 'renderInvitation'>;
    appBaseUrl: string;
  }) =>
  async (campaignId: string) => {
    const campaign = await store.getCampaign(campaignId);
    if (!campaign) throw new NotFoundError('Diese Kampagne gibt es nicht.');
    const acceded = new Set((await store.listAccessions()).map((a) => a.jobcenterId));
    const recipients = recipientsOf(campaign, await store.listJobcenters(), acceded);
    const sample = recipients[0];
    const mail = await templates.renderInvitation(
      invitationProps(
        campaign,
        sample?.name ?? 'Jobcenter Beispielstadt',
        formUrl(appBaseUrl, 'PERSOENLICHER-LINK', campaign.kind),
      ),
    );
    return {
      ...mail,
      recipients: recipients.map((j) => ({ id: j.id, name: j.name })),
    };
  };
