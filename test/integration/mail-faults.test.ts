import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { makeMailTemplates } from '../../emails/index';
import { SEND_QUEUE_MAX_RECEIVES } from '../../functions/api/routes';
import type { Principal } from '../../functions/auth/principal';
import { transitions } from '../../functions/campaigns/invitation';
import { parseLinkKeyRing } from '../../functions/campaigns/link-seal';
import { makeCreateCampaign } from '../../functions/campaigns/use-cases/create-campaign';
import { makeLaunchCampaign } from '../../functions/campaigns/use-cases/launch-campaign';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { makeRequestConsentLink } from '../../functions/consent/use-cases/request-consent-link';
import { makeCorrectContacts } from '../../functions/delivery/use-cases/correct-contacts';
import { makeSendFeedback } from '../../functions/evaluation/use-cases/send-feedback';
import { makeHandover } from '../../functions/forms/use-cases/handover';
import { makeSubmit } from '../../functions/forms/use-cases/submit';
import { makeSubmitAccession } from '../../functions/forms/use-cases/submit-accession';
import { SendingNotAuthorizedError } from '../../functions/mailer/sending-identity';
import { makeSesClient, makeSesMailer } from '../../functions/mailer/ses-mailer';
import { makeSendMail } from '../../functions/outbox/use-cases/send-mail';
import { ACCESSION_FORM_VERSION } from '../../functions/questionnaire/accession-form';
import { RECORDS_SENDER_NAME } from '../../functions/records/records-link';
import { makeIssueRecordsMail } from '../../functions/records/use-cases/issue-records-mail';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import { makeRunReminders } from '../../functions/reminders/use-cases/run-reminders';
import { makeReturnAccession } from '../../functions/review/use-cases/return-accession';
import { makeConfirmAccession } from '../../functions/review/use-cases/review-response';
import { fixedClock } from '../../functions/shared/clock';
import { logger } from '../../functions/shared/logger';
import type { Mailer, SendJob, Store } from '../../functions/shared/ports';
import { fetchSentEmails } from '../../local/services';
import { campaignInput, directSession, freshTable, validAnswers } from './helpers';
import { crashingStore, flakyMailer, sesError } from './mail-fault-doubles';

const templates = makeMailTemplates({ appBaseUrl: 'http://127.0.0.1:3000' });

/**
 * Fault injection on every send path, against DynamoDB Local and the SES emulator: SES throttling
 * and 5xx, a crash between claim and send and between send and record, duplicated queue messages,
 * the reminder run twice in parallel. Afterwards every Jobcenter has exactly the mails it should.
 */
const admin: Principal = { sub: 'admin-1', email: 'admin@mags.example.org', roles: ['admin'] };
const JOBCENTERS = ['bottrop', 'gelsenkirchen', 'leverkusen', 'duisburg'] as const;
/** What SQS does with a message the consumer failed: visible again after the visibility timeout (> the lease). */
const VISIBILITY_TIMEOUT_MS = 6 * 60_000;
const MAX_RECEIVES = SEND_QUEUE_MAX_RECEIVES;

describe('fault injection: every e-mail exactly once despite SES errors, crashes and duplicates', () => {
  const clock = fixedClock('2027-03-10T09:00:00.000Z');
  const key = parseLinkKeyRing(randomBytes(32).toString('base64url'));
  const subject = `Einladung ${randomUUID()}`;
  let real: Store;
  let faults: ReturnType<typeof crashingStore>;
  let ses: ReturnType<typeof flakyMailer>;
  let campaignId: string;
  const messages: { job: SendJob; receives: number }[] = [];
  const deadLetters: SendJob[] = [];
  const queue = {
    enqueue: async (jobs: readonly SendJob[]) =>
      void messages.push(...jobs.map((job) => ({ job, receives: 0 }))),
  };

  /** SQS + event source: deliver until empty; a failed message comes back after the visibility timeout. */
  const drain = async () => {
    const deps = {
      store: faults.store,
      mailer: ses.mailer,
      templates,
      clock,
      appBaseUrl: 'http://127.0.0.1:3000',
      linkKey: async () => key,
    };
    const sendMail = makeSendMail(deps);
    const sendInvitation = makeSendInvitation(deps);
    const issueRecordsMail = makeIssueRecordsMail({ ...deps, sendMail, senderName: RECORDS_SENDER_NAME });
    while (messages.length) {
      const m = messages.shift();
      if (!m) break;
      m.receives++;
      try {
        await (m.job.type === 'mail'
          ? sendMail(m.job)
          : m.job.type === 'records'
            ? issueRecordsMail(m.job)
            : sendInvitation(m.job));
      } catch {
        clock.advance(VISIBILITY_TIMEOUT_MS);
        if (m.receives >= MAX_RECEIVES) deadLetters.push(m.job);
        else messages.push(m);
      }
    }
  };
  const session = (jobcenterId: string) => directSession(campaignId, jobcenterId, clock);
  const mailDeps = () => ({
    store: faults.store,
    queue,
    templates,
    clock,
    appBaseUrl: 'http://127.0.0.1:3000',
    mailFrom: 'inklusion@mags.example.org',
  });
  const submit = async (jobcenterId: string) => {
    const jobcenter = await real.getJobcenter(jobcenterId);
    const current = await real.getDraft(campaignId, jobcenterId);
    await real.saveDraft(
      {
        campaignId,
        jobcenterId,
        fragebogen: ACCESSION_FORM_VERSION,
        answers: validAnswers(jobcenter?.traeger ?? []),
        version: (current?.version ?? 0) + 1,
        updatedAt: clock.now().toISOString(),
      },
      current?.version ?? 0,
    );
    const byKind = {
      beitritt: makeSubmitAccession(mailDeps()),
      selbstbewertung: () => Promise.reject(new Error('not in this suite')),
    };
    return makeSubmit({ store: faults.store, byKind })(session(jobcenterId), (current?.version ?? 0) + 1);
  };
  /** Mails of this suite as the SES emulator stored them, counted per Jobcenter and kind tag. */
  const counts = async () => {
    const stored = new Set((await fetchSentEmails(inject('sesEndpoint'))).map((m) => m.messageId));
    const result: Record<string, Record<string, number>> = {};
    for (const a of ses.accepted) {
      expect(stored.has(a.messageId), `${a.kind} to ${a.jobcenter} is in the SES emulator`).toBe(true);
      result[a.jobcenter] ??= {};
      const perJobcenter = result[a.jobcenter] ?? {};
      perJobcenter[a.kind] = (perJobcenter[a.kind] ?? 0) + 1;
    }
    return result;
  };

  beforeAll(async () => {
    ({ store: real } = await freshTable());
    faults = crashingStore(real);
    const config = {
      AWS_REGION: 'eu-central-1',
      SES_ENDPOINT: inject('sesEndpoint'),
      MAIL_FROM: 'inklusion@mags.example.org',
    };
    ses = flakyMailer(makeSesMailer({ client: makeSesClient(config), config }), 2);
    await makeSeedRegistry({ store: real, clock })();
    const campaign = await makeCreateCampaign({ store: real, clock })(
      {
        ...campaignInput(subject),
        title: `Beitritt ${subject.slice(-8)}`,
        recipients: { mode: 'auswahl', jobcenterIds: [...JOBCENTERS] },
      },
      admin,
    );
    campaignId = campaign.id;
  });

  it('invitations: throttling and 5xx are retried, a duplicated message sends nothing twice', async () => {
    await makeLaunchCampaign({ store: real, queue, clock })(campaignId, admin);
    const launched = messages.map((m) => m.job);
    await queue.enqueue(launched); // SQS delivers at least once: every message twice
    await drain();
    expect(ses.attempts.get('invitation')).toBe(JOBCENTERS.length + 2);
    const c = await counts();
    for (const id of JOBCENTERS) expect(c[id]).toEqual({ invitation: 1 });
  });

  it('receipt and notice: SES errors and a crash between claim and send still deliver each once', async () => {
    faults.crashAfter('claimOutbox', (args) => String(args[1]).startsWith('receipt#bottrop#'));
    await submit('bottrop');
    await drain();
    const c = await counts();
    expect(c.bottrop).toEqual({ invitation: 1, receipt: 1, notification: 1 });
  });

  it('hand-over: a crash between send and record and a duplicated message send it once, with one working link', async () => {
    faults.crashAfter('markOutboxSent', (args) => String(args[1]).startsWith('handover#'));
    await makeHandover({ store: faults.store, queue, clock })(session('gelsenkirchen'), {
      fromName: 'A. Muster',
      toName: 'B. Muster',
      toEmail: 'kollegin.gelsenkirchen@example.org',
    });
    await queue.enqueue(messages.map((m) => m.job)); // duplicate
    await drain();
    expect((await counts()).gelsenkirchen).toEqual({ invitation: 1, handover: 1 });
    // Links made for the refused attempts were revoked: the invitation's and the hand-over's work.
    const links = await Promise.all(
      ((await real.getInvitation(campaignId, 'gelsenkirchen'))?.activeLinks ?? []).map((h) =>
        real.getLink(h),
      ),
    );
    expect(links.filter((l) => l && !l.revokedAt).map((l) => l?.purpose)).toEqual(['main', 'handover']);
  });

  it('confirm and return: SES errors are retried, each mail once', async () => {
    await makeConfirmAccession({ store: faults.store, queue, templates, clock, appBaseUrl: 'http://x' })(
      campaignId,
      'bottrop',
      admin,
    );
    await submit('gelsenkirchen');
    await makeReturnAccession({ store: faults.store, queue, clock })(
      campaignId,
      'gelsenkirchen',
      'Bitte ergänzen.',
      admin,
    );
    await drain();
    const c = await counts();
    expect(c.bottrop).toEqual({ invitation: 1, receipt: 1, notification: 1, confirmed: 1 });
    expect(c.gelsenkirchen).toEqual({ invitation: 1, handover: 1, receipt: 1, notification: 1, returned: 1 });
  });

  it('reminders: two runs in parallel and a crash after the send record each rule once and send it once', async () => {
    clock.set('2027-03-17T09:00:00.000Z'); // T-14, 10:00 in Berlin
    faults.crashAfter('markOutboxSent', (args) => String(args[1]).startsWith('reminder#leverkusen#'));
    const run = makeRunReminders({ store: faults.store, queue, templates, clock, appBaseUrl: 'http://x' });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.queued + b.queued).toBe(2); // leverkusen and duisburg; the others answered
    await drain();
    const reminders = await real.listReminders(campaignId);
    expect(reminders.map((r) => [r.jobcenterId, r.rule, r.status]).sort()).toEqual([
      ['duisburg', 'T-14', 'sent'],
      ['leverkusen', 'T-14', 'sent'],
    ]);
    const c = await counts();
    expect(c.leverkusen).toEqual({ invitation: 1, reminder: 1 });
    expect(c.duisburg).toEqual({ invitation: 1, reminder: 1 });
  });

  it('contact correction: the new invitation survives SES errors and is sent once; the invitation counts as sent', async () => {
    await real.updateInvitation(campaignId, 'duisburg', transitions.markBounced(clock.now().toISOString()));
    const before = await real.getJobcenter('duisburg');
    await makeCorrectContacts({ store: faults.store, queue, clock })(
      'duisburg',
      {
        expectedVersion: before?.version ?? 0,
        mainContact: { name: 'GF', email: 'gf.duisburg@example.org' },
        deputyContact: { name: 'Inklusion', email: 'inklusion.duisburg@example.org' },
      },
      admin,
    );
    await queue.enqueue(messages.map((m) => m.job)); // duplicate
    await drain();
    expect((await counts()).duisburg).toEqual({ invitation: 2, reminder: 1 });
    const invitation = await real.getInvitation(campaignId, 'duisburg');
    expect(invitation).toMatchObject({
      delivery: 'sent',
      recipients: ['gf.duisburg@example.org', 'inklusion.duisburg@example.org'],
    });
    expect(invitation?.activeLinks).toHaveLength(1);
  });

  it('after the deadline: the summary and the T+1 reminders, each once; nothing pending, nothing dead', async () => {
    clock.set('2027-04-01T08:00:00.000Z'); // T+1, 10:00 in Berlin
    const run = makeRunReminders({ store: faults.store, queue, templates, clock, appBaseUrl: 'http://x' });
    await Promise.all([run(), run()]);
    await drain();
    const c = await counts();
    expect(c['(MAGS)']).toEqual({ summary: 1 });
    expect(c.leverkusen).toEqual({ invitation: 1, reminder: 2 });
    expect(c.duisburg).toEqual({ invitation: 2, reminder: 2 });
    expect(c.bottrop).toEqual({ invitation: 1, receipt: 1, notification: 1, confirmed: 1 });
    expect(c.gelsenkirchen).toEqual({ invitation: 1, handover: 1, receipt: 1, notification: 1, returned: 1 });
    expect(deadLetters).toEqual([]);
    expect(await real.listPendingOutbox('9999')).toEqual([]);
  });

  it('a mail SES keeps refusing ends in the dead-letter queue, still pending for a sweeper, never marked sent', async () => {
    const stubborn: Mailer = { health: ses.mailer.health, send: () => Promise.reject(sesError(2)) };
    const saved = ses;
    ses = { ...ses, mailer: stubborn };
    await makeHandover({ store: faults.store, queue, clock })(session('leverkusen'), {
      fromName: 'A. Muster',
      toName: 'B. Muster',
      toEmail: 'kollegin.leverkusen@example.org',
    });
    await drain();
    ses = saved;
    expect(deadLetters).toHaveLength(1);
    const pending = await real.listPendingOutbox(new Date(clock.now().getTime() + 1).toISOString());
    expect(pending.map((m) => [m.kind, m.status, m.attempts])).toEqual([
      ['handover', 'pending', MAX_RECEIVES],
    ]);
    // The link made for each failed attempt was revoked again: only the invitation's link works.
    const [invitationLink, ...attemptLinks] =
      (await real.getInvitation(campaignId, 'leverkusen'))?.activeLinks ?? [];
    expect(attemptLinks).toHaveLength(MAX_RECEIVES);
    expect((await real.getLink(invitationLink ?? ''))?.revokedAt).toBeUndefined();
    for (const hash of attemptLinks) expect((await real.getLink(hash))?.revokedAt).toBeDefined();
  });

  it('records link, consent link and feedback: throttling and 5xx are retried, each mail once', async () => {
    // Bottrop acceded above (confirmed): it may get a consent link and a self-assessment.
    // The deputy's address: the shared SES emulator also holds records-link.test's mails to
    // Bottrop's main contact, which must not meet these.
    const bottrop = await real.getJobcenter('bottrop');
    const contact = bottrop?.deputyContact.email ?? '';
    const before = (await counts()).bottrop ?? {};
    await queue.enqueue([{ type: 'records', requestId: randomUUID(), address: contact }]);
    await makeRequestConsentLink({
      store: faults.store,
      queue,
      clock,
      mailFrom: 'inklusion@mags.example.org',
      sleep: async () => {},
    })(contact, `client-${randomUUID()}`);
    // Feedback needs a submitted self-assessment version: its campaign, launched to Bottrop.
    const sb = await makeCreateCampaign({ store: real, clock })(
      {
        ...campaignInput(`Selbstbewertung ${randomUUID()}`),
        kind: 'selbstbewertung',
        fragebogen: 'sb-2027',
        deadline: '2027-12-31',
        recipients: { mode: 'auswahl', jobcenterIds: ['bottrop'] },
      },
      admin,
    );
    await makeLaunchCampaign({ store: real, queue, clock })(sb.id, admin);
    await drain();
    await real.addSubmission(
      {
        campaignId: sb.id,
        jobcenterId: 'bottrop',
        fragebogen: 'sb-2027',
        version: 1,
        answers: {},
        submittedAt: clock.now().toISOString(),
        receiptNumber: 'SB-0001',
        contentHash: 'h',
      },
      transitions.submit(clock.now().toISOString(), 1),
    );
    await makeSendFeedback({ store: faults.store, queue, templates, clock })(
      sb.id,
      'bottrop',
      { version: 1, text: 'Vielen Dank für Ihre ausführliche Selbstbewertung.' },
      admin,
    );
    await drain();

    for (const kind of ['records-link', 'consent-link', 'feedback'])
      expect(ses.attempts.get(kind), kind).toBe(3); // throttled, 5xx, accepted
    const after = (await counts()).bottrop ?? {};
    expect(after).toEqual({
      ...before,
      invitation: (before.invitation ?? 0) + 1,
      'records-link': 1,
      'consent-link': 1,
      feedback: 1,
    });
    expect(deadLetters).toHaveLength(1); // only the handover of the test above
    const [feedback] = await real.listFeedback('bottrop', sb.id);
    expect(feedback?.mailedAt).toBeDefined();
  });

  it('a mail SES refuses for good (IAM) ends failed at once: one attempt, no retry, no dead letter, logged', async () => {
    let attempts = 0;
    const refusing: Mailer = {
      health: ses.mailer.health,
      send: async (mail) => {
        if (mail.tags?.kind === 'handover') attempts++;
        throw new SendingNotAuthorizedError(mail.from, 'inklusion@mags.example.org');
      },
    };
    const saved = ses;
    ses = { ...ses, mailer: refusing };
    const letters = deadLetters.length;
    const errors = vi.spyOn(logger, 'error');
    await makeHandover({ store: faults.store, queue, clock })(session('duisburg'), {
      fromName: 'A. Muster',
      toName: 'B. Muster',
      toEmail: 'kollegin.duisburg@example.org',
    });
    const [job] = messages.map((m) => m.job);
    await drain();
    ses = saved;
    expect(attempts).toBe(1);
    expect(errors).toHaveBeenCalledWith(
      'outbox mail refused by SES for good',
      expect.objectContaining({ kind: 'handover', code: 'AccessDenied' }),
    );
    errors.mockRestore();
    expect(job?.type === 'mail' && (await real.getOutbox(job.campaignId, job.outboxId))).toMatchObject({
      kind: 'handover',
      status: 'failed',
      reason: 'AccessDenied',
    });
    expect(deadLetters).toHaveLength(letters);
    const failed = (await real.listPendingOutbox(new Date(clock.now().getTime() + 1).toISOString())).filter(
      (m) => m.jobcenterId === 'duisburg',
    );
    expect(failed).toEqual([]); // off the pending index: no sweeper sends it again
  });
});
