import * as z from 'zod';
import { JobcenterId, Landschaftsverband, requiredText, text } from '../registry/jobcenter';
import { CampaignInput } from './campaign';
import { DisplayStatus } from './invitation';

export const CampaignPath = z.object({ campaignId: z.uuid('Ungültige Kampagnen-Kennung.') }).strict();
export const InvitationPath = CampaignPath.extend({ jobcenterId: JobcenterId }).strict();
export const UpdateCampaignBody = z
  .object({ version: z.number().int().positive(), campaign: CampaignInput })
  .strict()
  .meta({ id: 'UpdateCampaign' });
export const AddJobcenterBody = z.object({ jobcenterId: JobcenterId }).strict();
export const ReturnBody = z
  .object({ comment: requiredText(2000) })
  .strict()
  .meta({ id: 'ReturnAccession' });

/** Filters and page of the campaign page (GET /api/campaigns/{campaignId}). */
export const CampaignViewQuery = z
  .object({
    status: DisplayStatus.optional(),
    landschaftsverband: Landschaftsverband.optional(),
    name: text(120).optional(),
    cursor: z.string().max(2000).optional(),
  })
  .strict()
  .meta({ id: 'CampaignViewQuery' });
export type CampaignViewQuery = z.infer<typeof CampaignViewQuery>;
