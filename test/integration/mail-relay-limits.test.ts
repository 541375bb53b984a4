import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DAILY_MAIL_LIMIT } from '../../functions/outbox/mail-policy';
import type { Store } from '../../functions/shared/ports';
import { fetchSentEmails } from '../../local/services';
import { startApiHarness } from './api-harness';
import { campaignInput, validAnswers } from './helpers';

/**
 * The forms must not become a mail relay: hand-overs and receipts reach only addresses of the
 * Jobcenter, a few times a day, with the main contact in copy, and names carry no links. Each
 * refusal over HTTP: 400/429 with a German message naming the field, nothing sent, nothing stored.
 */
describe('mail relay limits of the Jobcenter form (HTTP, DynamoDB Local, SES emulator)', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let store: Store;
  let campaignId: string;
  let tokens: Map<string, string>;
  const subject = `Einladung ${randomUUID()}`;
  const mailsTo = async (address: string) =>
    (await fetchSentEmails(inject('sesEndpoint'))).filter((m) =>
      [...m.destination.to, ...m.destination.cc].includes(address),
    );
  const mailsOf = async (jobcenterId: string) =>
    (await fetchSentEmails(inject('sesEndpoint'))).filter(
      (m) =>
        m.subject !== subject &&
        [...m.destination.to, ...m.destination.cc].some((a) => a.endsWith(`.${jobcenterId}@example.org`)),
    );
  /** Every item of the campaign's partition and the Jobcenter's audit trail: what "nothing stored" compares. */
  const tableState = async (jobcenterId: string) => {
    const doc = DynamoDBDocumentClient.from(h.table.client);
    const query = async (pk: string) =>
      (
        await doc.send(
          new QueryCommand({
            TableName: h.table.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
            ConsistentRead: true,
          }),
        )
      ).Items ?? [];
    return {
      campaign: await query(`CAMPAIGN#${campaignId}`),
      response: await query(`CAMPAIGN#${campaignId}#JOBCENTER#${jobcenterId}`),
      audit: await query(`AUDIT#JOBCENTER#${jobcenterId}`),
    };
  };
  const post = (path: string, session: string, body: unknown) =>
    h.api(path, { method: 'POST', session, body: JSON.stringify(body) });
  const refusal = async (res: Response) =>
    (await res.json()) as { error: { message: string; fields?: { field: string; message: string }[] } };

  beforeAll(async () => {
    h = await startApiHarness();
    store = h.store;
    ({ id: campaignId, tokens } = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: ['remscheid', 'solingen'] } },
      subject,
    ));
  });
  afterAll(() => h.stop());

  it('refuses a hand-over to an address outside the Jobcenter (400, toEmail), sends and stores nothing', async () => {
    const session = await h.openSession(tokens.get('remscheid'));
    const before = await tableState('remscheid');
    const outsider = `kollege-${randomUUID()}@freemail.example.com`;
    const res = await post('/api/form/handover', session, {
      fromName: 'A. Muster',
      toName: 'B. Muster',
      toEmail: outsider,
    });
    expect(res.status).toBe(400);
    const body = await refusal(res);
    expect(body.error.fields).toEqual([
      { field: 'toEmail', message: expect.stringMatching(/Nur Adressen des Jobcenters.*@example\.org/) },
    ]);
    expect(await mailsTo(outsider)).toEqual([]);
    expect(await tableState('remscheid')).toEqual(before);
  });

  it.each([
    ['fromName', { fromName: 'Besuchen Sie https://spam.example', toName: 'B. Muster' }],
    ['fromName', { fromName: 'Gewinn auf www.spam', toName: 'B. Muster' }],
    ['toName', { fromName: 'A. Muster', toName: '<a href="x">hier</a>' }],
    ['toName', { fromName: 'A. Muster', toName: 'Klick gewinn.com' }],
    ['toName', { fromName: 'A. Muster', toName: 'ftp://x' }],
  ])('refuses a link or markup in %s (400), sends and stores nothing', async (field, names) => {
    const session = await h.openSession(tokens.get('remscheid'));
    const before = await tableState('remscheid');
    const colleague = `kollegin-${randomUUID()}@example.org`;
    const res = await post('/api/form/handover', session, { ...names, toEmail: colleague });
    expect(res.status).toBe(400);
    expect((await refusal(res)).error.fields).toEqual([
      { field, message: 'Bitte nur einen Namen angeben, ohne Links oder Zeichen wie < >.' },
    ]);
    expect(await mailsTo(colleague)).toEqual([]);
    expect(await tableState('remscheid')).toEqual(before);
  });

  it('hands over to a colleague at the Jobcenter’s domain with the main contact in copy, at most 5 times a day (then 429)', async () => {
    const session = await h.openSession(tokens.get('remscheid'));
    const colleagues = Array.from(
      { length: DAILY_MAIL_LIMIT.handover + 1 },
      () => `kollegin-${randomUUID()}@example.org`,
    );
    for (const colleague of colleagues.slice(0, -1)) {
      const res = await post('/api/form/handover', session, {
        fromName: 'A. Muster',
        toName: 'Frau Dr. Beispiel-Müller',
        toEmail: colleague,
      });
      expect(res.status, await res.clone().text()).toBe(200);
      const [mail, ...more] = await mailsTo(colleague);
      expect(more).toEqual([]);
      expect(mail?.destination.to).toEqual([colleague]);
      expect(mail?.destination.cc).toEqual(['geschaeftsfuehrung.remscheid@example.org']);
      expect(mail?.body.text).toMatch(/formular#t=[A-Za-z0-9_-]{43}/);
    }
    const before = await tableState('remscheid');
    const over = colleagues.at(-1) ?? '';
    const res = await post('/api/form/handover', session, {
      fromName: 'A. Muster',
      toName: 'C. Muster',
      toEmail: over,
    });
    expect(res.status).toBe(429);
    expect((await refusal(res)).error.message).toMatch(
      /Heute sind bereits 5 Übergaben erfolgt \(Feld „toEmail“\)/,
    );
    expect(await mailsTo(over)).toEqual([]);
    expect(await tableState('remscheid')).toEqual(before);
  });

  const saveAnswers = async (session: string, answers: unknown) => {
    const form = (await (await h.api('/api/form', { session })).json()) as {
      draft?: { version: number } | null;
    };
    const res = await h.api('/api/form/draft', {
      method: 'PUT',
      session,
      body: JSON.stringify({ version: form.draft?.version ?? 0, answers }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return ((await res.json()) as { version: number }).version;
  };

  it('refuses a receipt copy to an address outside the Jobcenter (400, inklusionsKontakt.email), sends and stores nothing', async () => {
    const jobcenter = await store.getJobcenter('solingen');
    const session = await h.openSession(tokens.get('solingen'));
    const answers = validAnswers(jobcenter?.traeger ?? []);
    const version = await saveAnswers(session, {
      ...answers,
      inklusionsKontakt: { ...answers.inklusionsKontakt, email: 'inklusion@anderswo.example.net' },
    });
    const before = await tableState('solingen');
    const mailsBefore = await mailsOf('solingen');
    const res = await post('/api/form/submit', session, { draftVersion: version });
    expect(res.status).toBe(400);
    expect((await refusal(res)).error.fields).toEqual([
      { field: 'inklusionsKontakt.email', message: expect.stringMatching(/Nur Adressen des Jobcenters/) },
    ]);
    expect(await mailsOf('solingen')).toEqual(mailsBefore);
    expect(await tableState('solingen')).toEqual(before);
    expect(await store.listSubmissions(campaignId, 'solingen')).toEqual([]);
  });

  it('sends a receipt per version (main contact, copies inside the Jobcenter) at most 5 times a day, then 429', async () => {
    const jobcenter = await store.getJobcenter('solingen');
    const session = await h.openSession(tokens.get('solingen'));
    const answers = validAnswers(jobcenter?.traeger ?? []);
    for (let n = 1; n <= DAILY_MAIL_LIMIT.receipt; n++) {
      const version = await saveAnswers(session, { ...answers, veroeffentlichung: n % 2 === 0 });
      const res = await post('/api/form/submit', session, { draftVersion: version });
      expect(res.status, await res.clone().text()).toBe(201);
      const { contentHash } = (await res.json()) as { contentHash: string };
      // The content hash covers the campaign id: no other test file's receipt carries it.
      const receipts = (await mailsOf('solingen')).filter(
        (m) => m.subject.startsWith('Eingangsbestätigung') && m.body.text?.includes(contentHash),
      );
      expect(receipts).toHaveLength(1);
      expect(receipts[0]?.destination.to).toEqual(['geschaeftsfuehrung.solingen@example.org']);
      // The emulator's SES v1 endpoint keeps only the first Cc; the outbox item holds them all.
      expect(receipts[0]?.destination.cc).toEqual(['inklusion@jobcenter.example.org']);
      expect(
        (await store.getOutbox(campaignId, `receipt#solingen#${String(n).padStart(4, '0')}`))?.cc,
      ).toEqual(['inklusion@jobcenter.example.org', 'inklusion.solingen@example.org']);
    }
    const version = await saveAnswers(session, { ...answers, veroeffentlichung: true });
    const before = await tableState('solingen');
    const mailsBefore = await mailsOf('solingen');
    const res = await post('/api/form/submit', session, { draftVersion: version });
    expect(res.status).toBe(429);
    expect((await refusal(res)).error.message).toMatch(/Feld „draftVersion“/);
    expect(await mailsOf('solingen')).toEqual(mailsBefore);
    expect(await tableState('solingen')).toEqual(before);
    expect(await store.listSubmissions(campaignId, 'solingen')).toHaveLength(DAILY_MAIL_LIMIT.receipt);
  });
});
