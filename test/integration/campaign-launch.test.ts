import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../functions/campaigns/link-token';
import { makeResendInvitation } from '../../functions/campaigns/use-cases/manage-invitations';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { fixedClock } from '../../functions/shared/clock';
import type { Mailer, Store } from '../../functions/shared/ports';
import { emulatorMailer, mailsWithSubject, seededTable, sendUntilCrash } from './helpers';
import { APP_BASE_URL, ADMIN as admin, createCampaign, templates } from './launch-support';

const LINK = /formular#t=([A-Za-z0-9_-]{43})/;

describe('accession campaign launch on DynamoDB Local and the SES emulator', () => {
  let store: Store;
  let mailer: Mailer;
  const clock = fixedClock('2026-12-01T09:00:00.000Z');

  beforeAll(async () => {
    ({ store } = await seededTable(clock));
    mailer = emulatorMailer();
  });

  it('sends exactly one invitation per Jobcenter, even when launched twice, with a crash after 20 sends', async () => {
    const subject = `Einladung ${randomUUID()}`;
    const { campaign, queue, launch } = await createCampaign({ store, clock }, subject);
    expect(await launch()).toEqual({ created: 53, queued: 53, recipients: 53 });

    // The process dies while preparing the 21st e-mail: its claim stays, nothing was sent for it.
    const appBaseUrl = APP_BASE_URL;
    const firstRun = queue.jobs.splice(0);
    await sendUntilCrash({ store, mailer, clock, appBaseUrl }, firstRun, 21);
    expect(await mailsWithSubject(subject)).toHaveLength(20);

    // Restart after the claim's lease ended: launch again, deliver every message twice (SQS may).
    clock.advance(5 * 60_000);
    expect(await launch()).toMatchObject({ created: 0, queued: 33 });
    const sender = makeSendInvitation({ store, mailer, templates, clock, appBaseUrl });
    const redelivered = [...queue.jobs.splice(0), ...firstRun];
    const outcomes = [];
    for (const job of redelivered) outcomes.push(await sender(job));
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(33);

    const mails = await mailsWithSubject(subject);
    expect(mails).toHaveLength(53);
    const recipients = mails.map((m) => m.destination.to[0]);
    expect(new Set(recipients).size).toBe(53);
    const tokens = mails.map((m) => LINK.exec(m.body.text ?? '')?.[1]);
    expect(new Set(tokens).size).toBe(53);

    // Every link works and belongs to the Jobcenter the mail went to.
    const jobcenters = new Map((await store.listJobcenters()).map((j) => [j.mainContact.email, j.id]));
    for (const mail of mails) {
      const token = LINK.exec(mail.body.text ?? '')?.[1] ?? '';
      const link = await store.getLink(hashToken(token));
      expect(link).toMatchObject({
        campaignId: campaign.id,
        jobcenterId: jobcenters.get(mail.destination.to[0] ?? ''),
      });
      expect(link?.revokedAt).toBeUndefined();
    }
    // Only one link per Jobcenter was ever made active (the crashed attempt's link is not active).
    const invitations = await store.listInvitations(campaign.id);
    expect(invitations.every((i) => i.delivery === 'sent' && i.activeLinks.length === 1)).toBe(true);

    // A third launch sends nothing more.
    expect(await launch()).toMatchObject({ created: 0, queued: 0 });
  });

  it('resending revokes the old link at once and sends a new one', async () => {
    const subject = `Einladung ${randomUUID()}`;
    const { campaign, queue, launch } = await createCampaign({ store, clock }, subject, ['essen']);
    await launch();
    const sender = makeSendInvitation({ store, mailer, templates, clock, appBaseUrl: 'http://x' });
    for (const job of queue.jobs.splice(0)) await sender(job);
    const [first] = await mailsWithSubject(subject);
    const oldHash = hashToken(LINK.exec(first?.body.text ?? '')?.[1] ?? '');

    await makeResendInvitation({ store, queue, clock })(campaign.id, 'essen', admin);
    expect((await store.getLink(oldHash))?.revokedAt).toBeDefined();
    for (const job of queue.jobs.splice(0)) expect(await sender(job)).toBe('sent');
    const mails = await mailsWithSubject(subject);
    expect(mails).toHaveLength(2);
    const newHash = hashToken(LINK.exec(mails[1]?.body.text ?? '')?.[1] ?? '');
    expect(newHash).not.toBe(oldHash);
    expect((await store.getInvitation(campaign.id, 'essen'))?.activeLinks).toEqual([newHash]);
  });

  it('releases the claim when SES refuses, so the retry sends', async () => {
    const subject = `Einladung ${randomUUID()}`;
    const { campaign, queue, launch } = await createCampaign({ store, clock }, subject, ['bonn']);
    await launch();
    const refusing: Mailer = {
      ...mailer,
      send: async () => {
        throw new Error('Throttling: Maximum sending rate exceeded');
      },
    };
    const [job] = queue.jobs;
    if (!job) throw new Error('no job');
    await expect(
      makeSendInvitation({ store, mailer: refusing, templates, clock, appBaseUrl: 'http://x' })(job),
    ).rejects.toThrow(/Throttling/);
    expect(await store.getInvitation(campaign.id, 'bonn')).toMatchObject({
      delivery: 'queued',
      activeLinks: [],
    });
    expect(await makeSendInvitation({ store, mailer, templates, clock, appBaseUrl: 'http://x' })(job)).toBe(
      'sent',
    );
    expect(await mailsWithSubject(subject)).toHaveLength(1);
  });
});
