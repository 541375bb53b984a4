import { InvitationPath } from '../../campaigns/api-schemas';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { outboxStore } from '../../wiring/outbox';
import { queue } from '../../wiring/queue';
import { reminderStore } from '../../wiring/reminders';
import { makeRemindNow } from '../use-cases/manage-reminders';

const remindNow = makeRemindNow({ store: { ...reminderStore, ...outboxStore }, queue, clock });

export const handler = httpHandler('remindNow').handler(async (event, context) => {
  const { campaignId, jobcenterId } = parsePath(event, InvitationPath);
  return json(200, await remindNow(campaignId, jobcenterId, principalOf(context)));
});
