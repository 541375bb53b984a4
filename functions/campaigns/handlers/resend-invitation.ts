import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { campaignStore as store } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { queue } from '../../wiring/queue';
import { InvitationPath } from '../api-schemas';
import { makeResendInvitation } from '../use-cases/manage-invitations';

const resend = makeResendInvitation({ store, queue, clock });

export const handler = httpHandler('resendInvitation').handler(async (event, context) => {
  const { campaignId, jobcenterId } = parsePath(event, InvitationPath);
  return json(202, await resend(campaignId, jobcenterId, principalOf(context)));
});
