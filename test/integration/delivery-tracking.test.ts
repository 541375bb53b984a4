import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { makeMailTemplates } from '../../emails/index';
import type { Principal } from '../../functions/auth/principal';
import { parseLinkKeyRing } from '../../functions/campaigns/link-seal';
import { hashToken } from '../../functions/campaigns/link-token';
import { makeCreateCampaign } from '../../functions/campaigns/use-cases/create-campaign';
import { makeLaunchCampaign } from '../../functions/campaigns/use-cases/launch-campaign';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { guardMailer } from '../../functions/delivery/guarded-mailer';
import { makeCorrectContacts } from '../../functions/delivery/use-cases/correct-contacts';
import { makeSesClient, makeSesMailer } from '../../functions/mailer/ses-mailer';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import { dueDate } from '../../functions/reminders/policy';
import { makeRunReminders } from '../../functions/reminders/use-cases/run-reminders';
import { systemClock } from '../../functions/shared/clock';
import { UndeliverableError } from '../../functions/shared/errors';
import type { Mailer, SendJob, Store } from '../../functions/shared/ports';
import { lambdaContext } from '../../local/api-gateway-event';
import { fetchSentEmails } from '../../local/services';
import { sesSample, snsEvent } from '../../local/ses-samples';
import { campaignInput, configureHandlers, freshTable } from './helpers';
import { sendingQueue } from './sending-queue';

const templates = makeMailTemplates({ appBaseUrl: 'http://127.0.0.1:3000' });

const admin: Principal = { sub: 'admin-1', roles: ['admin'] };

describe('delivery tracking: SES samples through the SNS handler', () => {
  let store: Store;
  let mailer: Mailer;
  let campaignId: string;
  let handler: (event: unknown, context: unknown) => Promise<unknown>;
  const subject = `Einladung ${randomUUID()}`;
  const linkKey = async () => parseLinkKeyRing(Buffer.alloc(32, 7).toString('base64url'));

  beforeAll(async () => {
    const table = await freshTable();
    store = table.store;
    configureHandlers(table.tableName);
    ({ handler } = (await import('../../functions/delivery/handlers/ses-events')) as unknown as {
      handler: typeof handler;
    });
    await makeSeedRegistry({ store, clock: systemClock })();
    const config = {
      AWS_REGION: 'eu-central-1',
      SES_ENDPOINT: inject('sesEndpoint'),
      MAIL_FROM: 'inklusion@mags.example.org',
    };
    mailer = guardMailer(makeSesMailer({ client: makeSesClient(config), config }), store);
    const campaign = await makeCreateCampaign({
      store,
      clock: systemClock,
    })(
      {
        ...campaignInput(subject),
        deadline: '2099-03-31',
        recipients: { mode: 'auswahl', jobcenterIds: ['hagen', 'hamm'] },
      },
      admin,
    );
    campaignId = campaign.id;
    const jobs: SendJob[] = [];
    await makeLaunchCampaign({
      store,
      queue: { enqueue: async (j) => void jobs.push(...j) },
      clock: systemClock,
    })(campaignId, admin);
    const send = makeSendInvitation({
      store,
      mailer,
      templates,
      clock: systemClock,
      appBaseUrl: 'http://x',
      linkKey,
    });
    for (const job of jobs) await send(job);
  });

  const inject_ = (kind: Parameters<typeof sesSample>[0], address: string, jobcenterId: string) =>
    handler(
      snsEvent(
        sesSample(kind, {
          messageId: `m-${randomUUID()}`,
          address,
          tags: { campaign: campaignId, jobcenter: jobcenterId },
        }),
      ),
      lambdaContext('sesEvents'),
    );

  it('counts a soft bounce and records a delivery without flagging anything', async () => {
    await inject_('soft-bounce', 'geschaeftsfuehrung.hamm@example.org', 'hamm');
    await inject_('delivery', 'geschaeftsfuehrung.hamm@example.org', 'hamm');
    expect(await store.getAddressState('geschaeftsfuehrung.hamm@example.org')).toMatchObject({
      undeliverable: false,
      softBounces: 1,
    });
    expect(await store.getInvitation(campaignId, 'hamm')).toMatchObject({ delivery: 'sent', softBounces: 1 });
  });

  it('a hard bounce flags the address and the invitation; mail then goes to the deputy only', async () => {
    await inject_('bounce', 'geschaeftsfuehrung.hagen@example.org', 'hagen');
    expect(await store.getAddressState('geschaeftsfuehrung.hagen@example.org')).toMatchObject({
      undeliverable: true,
      reason: 'hard-bounce',
    });
    expect((await store.getInvitation(campaignId, 'hagen'))?.delivery).toBe('bounced');

    // The next reminder (T-14, 10:00 Berlin on its due day) reaches only the deputy.
    const clock = { now: () => new Date(`${dueDate('2099-03-31', -14)}T09:00:00Z`) };
    const common = { store, mailer, templates, clock, appBaseUrl: 'http://x', linkKey };
    const run = makeRunReminders({ ...common, queue: sendingQueue(common) });
    await run();
    const reminders = (await fetchSentEmails(inject('sesEndpoint'))).filter(
      (m) => m.subject.startsWith('Erinnerung') && m.body.text?.includes('Hagen'),
    );
    expect(reminders.length).toBeGreaterThan(0);
    for (const r of reminders) {
      expect(r.destination.to).toEqual(['inklusion.hagen@example.org']);
      expect(r.destination.cc).not.toContain('geschaeftsfuehrung.hagen@example.org');
    }
  });

  it('a complaint stops all mail to that address', async () => {
    await inject_('complaint', 'inklusion.hagen@example.org', 'hagen');
    await expect(
      mailer.send({
        from: 'inklusion@mags.example.org',
        to: ['geschaeftsfuehrung.hagen@example.org'],
        cc: ['inklusion.hagen@example.org'],
        subject: 'x',
        html: 'x',
        text: 'x',
      }),
    ).rejects.toBeInstanceOf(UndeliverableError);
  });

  it('correcting the address re-sends the invitation there with a new link, revokes the old one and clears the flag', async () => {
    const before = await store.getJobcenter('hagen');
    const invitationLink = (await fetchSentEmails(inject('sesEndpoint')))
      .filter(
        (m) => m.subject === subject && m.destination.to.includes('geschaeftsfuehrung.hagen@example.org'),
      )
      .map((m) => /formular#t=([A-Za-z0-9_-]{43})/.exec(m.body.text ?? '')?.[1])[0];
    const common = { store, mailer, templates, clock: systemClock, appBaseUrl: 'http://x', linkKey };
    const result = await makeCorrectContacts({ store, queue: sendingQueue(common), clock: systemClock })(
      'hagen',
      {
        expectedVersion: before?.version ?? 0,
        mainContact: { name: 'Geschäftsführung', email: 'gf@jobcenter-hagen.example.org' },
        deputyContact: { name: 'Inklusion', email: 'inklusion@jobcenter-hagen.example.org' },
      },
      admin,
    );
    expect(result.resent).toEqual([campaignId]);
    expect((await store.getInvitation(campaignId, 'hagen'))?.delivery).toBe('sent');
    const again = (await fetchSentEmails(inject('sesEndpoint'))).filter(
      (m) => m.subject === subject && m.destination.to.includes('gf@jobcenter-hagen.example.org'),
    );
    expect(again).toHaveLength(1);
    const newLink = /formular#t=([A-Za-z0-9_-]{43})/.exec(again[0]?.body.text ?? '')?.[1] ?? '';
    expect(newLink).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newLink).not.toBe(invitationLink);
    expect((await store.getLink(hashToken(invitationLink ?? '')))?.revokedAt).toBeDefined();
    expect((await store.getLink(hashToken(newLink)))?.revokedAt).toBeUndefined();
    const invitation = await store.getInvitation(campaignId, 'hagen');
    expect(invitation?.activeLinks).toEqual([hashToken(newLink)]);
    expect(invitation?.recipients).toEqual([
      'gf@jobcenter-hagen.example.org',
      'inklusion@jobcenter-hagen.example.org',
    ]);
  });

  it('drops malformed SNS messages and unknown event types without crashing or writing', async () => {
    const before = await store.getAddressState('geschaeftsfuehrung.hamm@example.org');
    for (const message of [
      'not json',
      '{}',
      JSON.stringify({ eventType: 'Open', mail: { messageId: 'x' } }),
      JSON.stringify({ eventType: 'Bounce', mail: { messageId: 'x' } }),
    ])
      await expect(handler(snsEvent(message), lambdaContext('sesEvents'))).resolves.toBeUndefined();
    expect(await store.getAddressState('geschaeftsfuehrung.hamm@example.org')).toEqual(before);
  });

  it('records each SNS delivery once (SNS may deliver twice)', async () => {
    const event = snsEvent(
      sesSample('soft-bounce', {
        messageId: 'dup-1',
        address: 'gf.dup@example.org',
        tags: { campaign: campaignId, jobcenter: 'hamm' },
      }),
    );
    await handler(event, lambdaContext('sesEvents'));
    await handler(event, lambdaContext('sesEvents'));
    expect((await store.getAddressState('gf.dup@example.org'))?.softBounces).toBe(1);
  });
});
