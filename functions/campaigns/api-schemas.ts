import * as z from 'zod';
import { JobcenterId, requiredText } from '../registry/jobcenter';
import { CampaignInput } from './campaign';

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
