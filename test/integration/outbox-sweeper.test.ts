import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLinkKeyRing } from '../../functions/campaigns/link-seal';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { makeSubmit } from '../../functions/forms/use-cases/submit';
import { makeSubmitAccession } from '../../functions/forms/use-cases/submit-accession';
import { makeSendMail } from '../../functions/outbox/use-cases/send-mail';
import { makeSweepPendingMails } from '../../functions/outbox/use-cases/sweep-pending-mails';
import { ACCESSION_FORM_VERSION } from '../../functions/questionnaire/accession-form';
import { makeConfirmAccession } from '../../functions/review/use-cases/review-response';
import { fixedClock } from '../../functions/shared/clock';
import type { Mailer, Queue, SendJob, Store } from '../../functions/shared/ports';
import { fetchSentEmails } from '../../local/services';
import { collectingQueue, directSession, emulatorMailer, seededTable, validAnswers } from './helpers';
import { ADMIN, APP_BASE_URL, createCampaign, templates } from './launch-support';

/**
 * The outbox sweep (part of the `sweepSends` schedule) against DynamoDB Local and the SES
 * emulator: a state change commits its mail, then the process dies before (or the enqueue fails
 * while) the mail is queued, or a sender dies holding its claim. The sweep sends each mail once.
 */
describe('outbox sweep: a committed mail whose queue message was lost is sent once', () => {
  const clock = fixedClock('2027-02-01T09:00:00.000Z');
  const key = parseLinkKeyRing(randomBytes(32).toString('base64url'));
  const queue = collectingQueue();
  /** The process died between the transaction and the enqueue: nothing reaches the queue. */
  const lostQueue: Queue = { enqueue: () => Promise.reject(new Error('process died before enqueue')) };
  /** What SES accepted, per Jobcenter and kind tag; each one checked against the emulator. */
  const accepted: { messageId: string; kind: string; jobcenter: string }[] = [];
  let store: Store;
  let mailer: Mailer;
  let campaignId: string;

  const sendAll = async () => {
    const deps = { store, mailer, templates, clock, appBaseUrl: APP_BASE_URL, linkKey: async () => key };
    const sendMail = makeSendMail(deps);
    const sendInvitation = makeSendInvitation(deps);
    const outcomes: string[] = [];
    for (const job of queue.jobs.splice(0) as SendJob[])
      outcomes.push(await (job.type === 'mail' ? sendMail(job) : sendInvitation(job)));
    return outcomes;
  };
  const sentTo = async (jobcenter: string) => {
    const stored = new Set((await fetchSentEmails(inject('sesEndpoint'))).map((m) => m.messageId));
    const kinds: Record<string, number> = {};
    for (const a of accepted.filter((m) => m.jobcenter === jobcenter)) {
      expect(stored.has(a.messageId), `${a.kind} is in the SES emulator`).toBe(true);
      kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
    }
    return kinds;
  };
  const submit = async (jobcenterId: string, via: Queue) => {
    const jobcenter = await store.getJobcenter(jobcenterId);
    await store.saveDraft(
      {
        campaignId,
        jobcenterId,
        fragebogen: ACCESSION_FORM_VERSION,
        answers: validAnswers(jobcenter?.traeger ?? []),
        version: 1,
        updatedAt: clock.now().toISOString(),
      },
      0,
    );
    const session = directSession(campaignId, jobcenterId, clock);
    const submitAccession = makeSubmitAccession({
      store,
      queue: via,
      templates,
      clock,
      appBaseUrl: APP_BASE_URL,
      mailFrom: 'inklusion@mags.example.org',
    });
    const byKind = {
      beitritt: submitAccession,
      selbstbewertung: () => Promise.reject(new Error('not in this suite')),
    };
    return makeSubmit({ store, byKind })(session, 1);
  };
  const sweep = () => makeSweepPendingMails({ store, queue, clock })();

  beforeAll(async () => {
    ({ store } = await seededTable(clock));
    const ses = emulatorMailer();
    mailer = {
      health: () => ses.health(),
      async send(mail) {
        const result = await ses.send(mail);
        accepted.push({
          messageId: result.messageId,
          kind: mail.tags?.kind ?? '',
          jobcenter: mail.tags?.jobcenter ?? '(MAGS)',
        });
        return result;
      },
    };
    const created = await createCampaign({ store, clock }, `Outbox ${randomUUID()}`, [
      'hamm',
      'bottrop',
      'herne',
    ]);
    campaignId = created.campaign.id;
    await created.launch();
    queue.jobs.push(...created.queue.jobs.splice(0));
    expect(await sendAll()).toEqual(['sent', 'sent', 'sent']);
  });

  it('receipt and notice committed but never queued: sent once after the sweep, a second sweep sends nothing', async () => {
    await expect(submit('hamm', lostQueue)).rejects.toThrow('process died');
    expect((await store.listPendingOutbox('9999')).map((m) => m.status)).toEqual(['pending', 'pending']);

    // Within the first minutes the queue may still hold them: the sweep waits.
    clock.advance(60_000);
    expect(await sweep()).toEqual({ pending: 0, requeued: 0, stuck: 0 });
    clock.advance(5 * 60_000);
    expect(await sweep()).toEqual({ pending: 2, requeued: 2, stuck: 0 });
    // A second sweep before the sender ran queues both again: the worker's claim absorbs it.
    expect(await sweep()).toEqual({ pending: 2, requeued: 2, stuck: 0 });
    expect((await sendAll()).sort()).toEqual(['sent', 'sent', 'skipped', 'skipped']);
    expect(await sentTo('hamm')).toEqual({ invitation: 1, receipt: 1, notification: 1 });

    clock.advance(5 * 60_000);
    expect(await sweep()).toEqual({ pending: 0, requeued: 0, stuck: 0 });
    expect(queue.jobs).toEqual([]);
    expect(await sentTo('hamm')).toEqual({ invitation: 1, receipt: 1, notification: 1 });
  });

  it('confirm: links revoked with the accession, the lost confirmation sent once by the sweep', async () => {
    await submit('bottrop', queue);
    await sendAll();
    const confirm = (q: Queue, s: Store) =>
      makeConfirmAccession({ store: s, queue: q, templates, clock, appBaseUrl: APP_BASE_URL })(
        campaignId,
        'bottrop',
        ADMIN,
      );
    // Revocation outside the transaction would fail here; the confirmation does not depend on it.
    const noRevocation: Store = { ...store, revokeLinks: () => Promise.reject(new Error('unavailable')) };
    await expect(confirm(lostQueue, noRevocation)).rejects.toThrow('process died');
    const links = (await store.getInvitation(campaignId, 'bottrop'))?.activeLinks ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const hash of links) expect((await store.getLink(hash))?.revokedAt).toBeDefined();

    clock.advance(6 * 60_000);
    expect(await sweep()).toEqual({ pending: 1, requeued: 1, stuck: 0 });
    expect(await sendAll()).toEqual(['sent']);
    clock.advance(6 * 60_000);
    expect(await sweep()).toEqual({ pending: 0, requeued: 0, stuck: 0 });
    expect(await sentTo('bottrop')).toEqual({ invitation: 1, receipt: 1, notification: 1, confirmed: 1 });
  });

  it('a sender that died holding its claim: left alone while the lease runs, re-queued once it expired', async () => {
    await submit('herne', queue);
    const jobs = queue.jobs.splice(0); // the queue messages die with the sender
    const leaseUntil = new Date(clock.now().getTime() + 40 * 60_000).toISOString();
    for (const job of jobs)
      if (job.type === 'mail')
        expect(
          await store.claimOutbox(job.campaignId, job.outboxId, clock.now().toISOString(), leaseUntil),
        ).toBeDefined();

    clock.advance(10 * 60_000);
    expect(await sweep()).toEqual({ pending: 2, requeued: 0, stuck: 0 });
    // Past the lease and the 30 minutes: re-queued and logged as stuck (error level).
    clock.advance(31 * 60_000);
    expect(await sweep()).toEqual({ pending: 2, requeued: 2, stuck: 2 });
    expect(await sendAll()).toEqual(['sent', 'sent']);
    clock.advance(6 * 60_000);
    expect(await sweep()).toEqual({ pending: 0, requeued: 0, stuck: 0 });
    expect(await sentTo('herne')).toEqual({ invitation: 1, receipt: 1, notification: 1 });
  });
});
