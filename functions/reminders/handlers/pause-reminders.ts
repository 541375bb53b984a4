import { InvitationPath } from '../../campaigns/api-schemas';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody, parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { campaignStore as store } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { PauseBody } from '../api-schemas';
import { makeSetRemindersPaused } from '../use-cases/manage-reminders';

const setPaused = makeSetRemindersPaused({ store, clock });

export const handler = httpHandler('pauseReminders').handler(async (event, context) => {
  const { campaignId, jobcenterId } = parsePath(event, InvitationPath);
  const { paused } = parseJsonBody(event, PauseBody);
  return json(200, await setPaused(campaignId, jobcenterId, paused, principalOf(context)));
});
