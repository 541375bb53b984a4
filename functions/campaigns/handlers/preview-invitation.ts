import { httpHandler } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { config, mailTemplates, store } from '../../wiring/mail';
import { CampaignPath } from '../api-schemas';
import { makePreviewInvitation } from '../use-cases/preview-invitation';

const preview = makePreviewInvitation({ store, templates: mailTemplates, appBaseUrl: config.APP_BASE_URL });

export const handler = httpHandler('previewInvitation').handler(async (event) => {
  const { campaignId } = parsePath(event, CampaignPath);
  return json(200, await preview(campaignId));
});
