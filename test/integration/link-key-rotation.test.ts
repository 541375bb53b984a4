import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { makeMailTemplates } from '../../emails/index';
import type { Principal } from '../../functions/auth/principal';
import { type LinkKeyRing, parseLinkKeyRing, rotateLinkKeyRing } from '../../functions/campaigns/link-seal';
import { makeCreateCampaign } from '../../functions/campaigns/use-cases/create-campaign';
import { makeLaunchCampaign } from '../../functions/campaigns/use-cases/launch-campaign';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { makeSesClient, makeSesMailer } from '../../functions/mailer/ses-mailer';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import { makeRemindNow } from '../../functions/reminders/use-cases/manage-reminders';
import { cachedLinkKey } from '../../functions/secrets/cached-link-key';
import { fixedClock } from '../../functions/shared/clock';
import type { SendJob } from '../../functions/shared/ports';
import { fetchSentEmails } from '../../local/services';
import { campaignInput, freshTable } from './helpers';
import { sendingQueue } from './sending-queue';

const admin: Principal = { sub: 'admin-1', email: 'admin@mags.example.org', roles: ['admin'] };
const LINK = /formular#t=([A-Za-z0-9_-]{43})/;

describe('link-key rotation with a warm sender (DynamoDB Local and the SES emulator)', () => {
  it('a sender warm since before the rotation repeats a link sealed with the new key in a reminder', async () => {
    const { store } = await freshTable();
    const clock = fixedClock('2027-02-01T09:00:00.000Z');
    await makeSeedRegistry({ store, clock })();
    const subject = `Einladung ${randomUUID()}`;
    const config = {
      AWS_REGION: 'eu-central-1',
      SES_ENDPOINT: inject('sesEndpoint'),
      MAIL_FROM: 'inklusion@mags.example.org',
    };
    const common = {
      store,
      mailer: makeSesMailer({ client: makeSesClient(config), config }),
      templates: makeMailTemplates({ appBaseUrl: 'http://127.0.0.1:3000' }),
      clock,
      appBaseUrl: 'http://127.0.0.1:3000',
    };
    const before = parseLinkKeyRing(randomBytes(32).toString('base64url'));
    const after = rotateLinkKeyRing(before, randomBytes(32));
    // Secrets Manager: the ring as stored now. The warm sender read it before the rotation.
    let secret: LinkKeyRing = before;
    const warmLinkKey = cachedLinkKey(async () => secret);
    expect(await warmLinkKey()).toBe(before);
    secret = after;

    const campaign = await makeCreateCampaign({ store, clock })(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: ['krefeld'] } },
      admin,
    );
    const jobs: SendJob[] = [];
    await makeLaunchCampaign({ store, queue: { enqueue: async (j) => void jobs.push(...j) }, clock })(
      campaign.id,
      admin,
    );
    // A sender started after the rotation seals the invitation's link with the new key.
    const send = makeSendInvitation({ ...common, linkKey: async () => after });
    for (const job of jobs) await send(job);
    const invitation = (await fetchSentEmails(inject('sesEndpoint'))).find((m) => m.subject === subject);
    const token = LINK.exec(invitation?.body.text ?? '')?.[1];
    expect(token).toBeDefined();

    clock.set('2027-03-01T09:00:00.000Z');
    const warm = { ...common, linkKey: warmLinkKey };
    await makeRemindNow({ ...warm, queue: sendingQueue(warm) })(campaign.id, 'krefeld', admin);

    expect((await store.listReminders(campaign.id)).map((r) => [r.jobcenterId, r.rule, r.status])).toEqual([
      ['krefeld', 'manual#1', 'sent'],
    ]);
    const reminders = (await fetchSentEmails(inject('sesEndpoint'))).filter(
      (m) => m.subject.startsWith('Erinnerung') && LINK.exec(m.body.text ?? '')?.[1] === token,
    );
    expect(reminders).toHaveLength(1);
  });
});
