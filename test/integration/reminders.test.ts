import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { makeMailTemplates } from '../../emails/index';
import type { Principal } from '../../functions/auth/principal';
import { transitions } from '../../functions/campaigns/invitation';
import { parseLinkKeyRing } from '../../functions/campaigns/link-seal';
import { makeCreateCampaign } from '../../functions/campaigns/use-cases/create-campaign';
import { makeLaunchCampaign } from '../../functions/campaigns/use-cases/launch-campaign';
import { makeGetCampaignOverview } from '../../functions/campaigns/use-cases/manage-invitations';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { makeSesClient, makeSesMailer } from '../../functions/mailer/ses-mailer';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import { makeRemindNow } from '../../functions/reminders/use-cases/manage-reminders';
import { makeRunReminders } from '../../functions/reminders/use-cases/run-reminders';
import { fixedClock } from '../../functions/shared/clock';
import type { SendJob, Store } from '../../functions/shared/ports';
import { fetchSentEmails } from '../../local/services';
import { campaignInput, freshTable } from './helpers';
import { sendingQueue } from './sending-queue';

const templates = makeMailTemplates({ appBaseUrl: 'http://127.0.0.1:3000' });

const admin: Principal = { sub: 'admin-1', email: 'admin@mags.example.org', roles: ['admin'] };
const LINK = /formular#t=([A-Za-z0-9_-]{43})/;

describe('reminders over a whole campaign (time travel on DynamoDB Local and the SES emulator)', () => {
  let store: Store;
  const clock = fixedClock('2027-02-01T09:00:00.000Z');
  const key = parseLinkKeyRing(randomBytes(32).toString('base64url'));
  const linkKey = async () => key;
  const subject = `Einladung ${randomUUID()}`;
  let campaignId: string;
  const mailer = () => {
    const config = {
      AWS_REGION: 'eu-central-1',
      SES_ENDPOINT: inject('sesEndpoint'),
      MAIL_FROM: 'inklusion@mags.example.org',
    };
    return makeSesMailer({ client: makeSesClient(config), config });
  };
  const deps = () => {
    const common = {
      store,
      mailer: mailer(),
      templates,
      clock,
      appBaseUrl: 'http://127.0.0.1:3000',
      linkKey,
    };
    return { ...common, queue: sendingQueue(common) };
  };
  const ours = async () =>
    (await fetchSentEmails(inject('sesEndpoint'))).filter(
      (m) => m.subject.includes('Beitritt zur Rahmenvereinbarung') || m.subject === subject,
    );

  beforeAll(async () => {
    ({ store } = await freshTable());
    await makeSeedRegistry({ store, clock })();
    const campaign = await makeCreateCampaign({ store, clock })(
      {
        ...campaignInput(subject),
        title: `Beitritt zur Rahmenvereinbarung ${subject.slice(-8)}`,
        recipients: { mode: 'auswahl', jobcenterIds: ['essen', 'bonn', 'krefeld'] },
      },
      admin,
    );
    campaignId = campaign.id;
    const jobs: SendJob[] = [];
    await makeLaunchCampaign({ store, queue: { enqueue: async (j) => void jobs.push(...j) }, clock })(
      campaignId,
      admin,
    );
    const send = makeSendInvitation(deps());
    for (const job of jobs) await send(job);
  });

  it('sends the expected reminders on the expected days, none after submit, each rule once, then the summary', async () => {
    const run = makeRunReminders(deps());
    const invitationLinks = new Map(
      (await ours())
        .filter((m) => m.subject === subject)
        .map((m) => [m.destination.to[0], LINK.exec(m.body.text ?? '')?.[1]]),
    );
    expect(invitationLinks.size).toBe(3);

    for (let t = Date.parse('2027-03-01T00:00:00Z'); t <= Date.parse('2027-04-20T00:00:00Z'); t += 3600_000) {
      clock.set(new Date(t).toISOString());
      if (clock.now().toISOString() === '2027-03-20T10:00:00.000Z')
        await store.updateInvitation(campaignId, 'bonn', transitions.markDraft(clock.now().toISOString()));
      if (clock.now().toISOString() === '2027-03-31T10:00:00.000Z')
        await store.updateInvitation(campaignId, 'essen', transitions.submit(clock.now().toISOString(), 1));
      await run();
      // The schedule may fire twice (retry, overlap): nothing is sent twice.
      expect(await run()).toMatchObject({ queued: 0 });
    }

    const reminders = (await ours()).filter((m) => m.subject.startsWith('Erinnerung'));
    const byJobcenter = (id: string) =>
      reminders
        .filter((m) => [...m.destination.to, ...m.destination.cc].some((a) => a.includes(`.${id}@`)))
        .map((m) => new Date(m.at).toISOString().slice(0, 10));
    // Essen submitted on 31 March: only the two reminders before.
    expect(
      (await store.listReminders(campaignId)).filter((r) => r.jobcenterId === 'essen').map((r) => r.rule),
    ).toEqual(['T-14', 'T-3']);
    const rules = (id: string) =>
      store.listReminders(campaignId).then((rs) =>
        rs
          .filter((r) => r.jobcenterId === id && r.status === 'sent')
          .map((r) => [r.rule, r.at])
          .sort(),
      );
    expect(await rules('krefeld')).toEqual([
      ['T+1', '2027-04-01T07:00:00.000Z'],
      ['T+7', '2027-04-07T07:00:00.000Z'],
      ['T-14', '2027-03-17T08:00:00.000Z'],
      ['T-3', '2027-03-30T07:00:00.000Z'],
    ]);
    expect(byJobcenter('krefeld')).toHaveLength(4);

    // Same personal link as in the invitation; draft wording for Bonn; the last one to the deputy.
    const bonnMails = reminders.filter((m) =>
      m.destination.to.concat(m.destination.cc).some((a) => a.includes('.bonn@')),
    );
    for (const mail of bonnMails)
      expect(LINK.exec(mail.body.text ?? '')?.[1]).toBe(
        invitationLinks.get('geschaeftsfuehrung.bonn@example.org'),
      );
    expect(bonnMails.at(-1)?.destination.to).toEqual(['inklusion.bonn@example.org']);
    expect(bonnMails.at(-1)?.body.text).toMatch(/bereits Angaben gespeichert/);

    // After the deadline MAGS got exactly one summary naming the two still missing.
    const summaries = (await fetchSentEmails(inject('sesEndpoint'))).filter(
      (m) => m.subject.startsWith('Frist abgelaufen') && m.subject.includes(subject.slice(-8)),
    );
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.body.text).toMatch(/Krefeld/);
    expect(summaries[0]?.body.text).not.toMatch(/Essen/);

    // Every reminder sent: the campaign page flags Krefeld and Bonn as needing attention.
    const overview = await makeGetCampaignOverview({ store })(campaignId);
    expect(
      overview.invitations
        .filter((i) => i.needsAttention)
        .map((i) => i.jobcenterId)
        .sort(),
    ).toEqual(['bonn', 'krefeld']);
  });

  it('"send now" sends one more reminder right away, but never to a Jobcenter that submitted', async () => {
    const remindNow = makeRemindNow(deps());
    clock.set('2027-04-21T08:00:00.000Z');
    expect(await remindNow(campaignId, 'krefeld', admin)).toMatchObject({
      status: 'claimed',
      rule: 'manual#1',
    });
    expect(
      (await store.listReminders(campaignId)).find(
        (r) => r.jobcenterId === 'krefeld' && r.rule === 'manual#1',
      ),
    ).toMatchObject({ status: 'sent', messageId: expect.any(String) });
    await expect(remindNow(campaignId, 'essen', admin)).rejects.toThrow(/bereits abgegeben/);
  });

  it('"send now" reaches one Jobcenter at most once per Berlin day (429, nothing sent)', async () => {
    const remindNow = makeRemindNow(deps());
    const manualReminders = async () =>
      (await store.listReminders(campaignId)).filter(
        (r) => r.jobcenterId === 'krefeld' && r.trigger === 'manual',
      );
    const before = (await fetchSentEmails(inject('sesEndpoint'))).length;
    // 23:59 in Berlin, the same day as the reminder of the test above (10:00 Berlin).
    clock.set('2027-04-21T21:59:00.000Z');
    const refused = await remindNow(campaignId, 'krefeld', admin).catch((e: unknown) => e);
    expect(refused).toMatchObject({ statusCode: 429, message: expect.stringMatching(/heute schon/) });
    expect(await manualReminders()).toHaveLength(1);
    expect((await fetchSentEmails(inject('sesEndpoint'))).length).toBe(before);
    // 00:01 in Berlin: a new day, one more is allowed.
    clock.set('2027-04-21T22:01:00.000Z');
    expect(await remindNow(campaignId, 'krefeld', admin)).toMatchObject({
      status: 'claimed',
      rule: 'manual#2',
    });
    await expect(remindNow(campaignId, 'krefeld', admin)).rejects.toThrow(/heute schon/);
  });
});
