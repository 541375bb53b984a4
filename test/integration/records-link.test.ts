import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashToken } from '../../functions/campaigns/link-token';
import {
  RECORDS_REQUESTS_PER_ADDRESS_HOUR,
  RECORDS_REQUESTS_PER_CLIENT_HOUR,
} from '../../functions/records/records-request';
import { fetchSentEmails } from '../../local/services';
import { startApiHarness } from './api-harness';
import { campaignInput, validAnswers } from './helpers';

const RECORDS_LINK = /unterlagen\/ansehen#t=([A-Za-z0-9_-]{43})/;
const SUBJECT = /^Ihre Unterlagen zur Rahmenvereinbarung Inklusion/;

/**
 * Lasting records over HTTP: a records link requested by e-mail address (same answer for every
 * address, mail only to a registered contact), its session, the document list and the PDF, scoped
 * to the link's Jobcenter; expired and revoked links refused; both rate limits.
 */
describe('records links and documents', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  const campaigns = new Map<string, string>();
  let requests = 0;

  const mailsTo = async (address: string) =>
    (await fetchSentEmails(inject('sesEndpoint'))).filter(
      (m) => SUBJECT.test(m.subject) && m.destination.to.includes(address),
    );
  const request = (email: string) => {
    requests++;
    return h.api('/api/records/request', { method: 'POST', body: JSON.stringify({ email }) });
  };
  const openRecords = (token: string) =>
    h.api('/api/records/session', { method: 'POST', body: JSON.stringify({ token }) });
  const sessionFor = async (token: string) => {
    const res = await openRecords(token);
    expect(res.status, await res.clone().text()).toBe(200);
    return ((await res.json()) as { sessionToken: string }).sessionToken;
  };

  /** One accession campaign per Jobcenter, each with a submitted declaration (version 1). */
  const submitDeclaration = async (jobcenterId: string) => {
    const subject = `Unterlagen ${jobcenterId} ${randomUUID()}`;
    const { id, tokens } = await h.launch(
      {
        ...campaignInput(subject),
        deadline: '2099-03-31',
        recipients: { mode: 'auswahl', jobcenterIds: [jobcenterId] },
      },
      subject,
    );
    campaigns.set(jobcenterId, id);
    const session = await h.openSession(tokens.get(jobcenterId));
    const jobcenter = await h.store.getJobcenter(jobcenterId);
    const answers = validAnswers(jobcenter?.traeger ?? []);
    const draft = await h.api('/api/form/draft', {
      method: 'PUT',
      session,
      body: JSON.stringify({
        version: 0,
        answers: {
          ...answers,
          inklusionsKontakt: { ...answers.inklusionsKontakt, email: jobcenter?.mainContact.email },
        },
      }),
    });
    expect(draft.status, await draft.clone().text()).toBe(200);
    const submit = await h.api('/api/form/submit', {
      method: 'POST',
      session,
      body: JSON.stringify({ draftVersion: ((await draft.json()) as { version: number }).version }),
    });
    expect(submit.status, await submit.clone().text()).toBe(201);
  };

  beforeAll(async () => {
    h = await startApiHarness();
    await submitDeclaration('herne');
    await submitDeclaration('bottrop');
  });
  afterAll(() => h?.stop());

  let token = '';

  it('answers an unknown address exactly like a known one, and mails only the known one', async () => {
    const unknown = `niemand-${randomUUID()}@example.org`;
    const herne = (await h.store.getJobcenter('herne'))?.deputyContact.email ?? '';
    const a = await request(unknown);
    const b = await request(herne.toUpperCase());
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(await a.text()).toBe(await b.text());
    expect([...a.headers.keys()].sort()).toEqual([...b.headers.keys()].sort());
    expect(await mailsTo(unknown)).toEqual([]);
    const [mail, ...more] = await mailsTo(herne);
    expect(more).toEqual([]);
    expect(mail?.subject).toMatch(/Jobcenter Herne$/);
    token = RECORDS_LINK.exec(mail?.body.text ?? '')?.[1] ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored, and the token opens no form.
    expect((await h.store.getRecordsLink(hashToken(token)))?.jobcenterId).toBe('herne');
    expect(
      (await h.api('/api/form/session', { method: 'POST', body: JSON.stringify({ token }) })).status,
    ).toBe(401);
  });

  it('refuses an invalid address naming the field, sends nothing', async () => {
    // Refused before it counts against any limit.
    const res = await h.api('/api/records/request', {
      method: 'POST',
      body: JSON.stringify({ email: 'kein-at-zeichen' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('E-Mail-Adresse');
  });

  it('the link lists its own declaration and gives it as a PDF with receipt number and hash', async () => {
    const session = await sessionFor(token);
    const list = await h.api('/api/records', { session });
    expect(list.status).toBe(200);
    const { jobcenterName, documents } = (await list.json()) as {
      jobcenterName: string;
      documents: {
        campaignId: string;
        version: number;
        kind: string;
        receiptNumber: string;
        contentHash: string;
      }[];
    };
    expect(jobcenterName).toBe('Herne');
    expect(documents).toHaveLength(1);
    const doc = documents[0];
    expect(doc).toMatchObject({ campaignId: campaigns.get('herne'), version: 1, kind: 'beitritt' });
    const pdf = await h.api(`/api/records/documents/${doc?.campaignId}/1`, { session });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(body.startsWith('%PDF-1.4')).toBe(true);
    expect(body).toContain(`(${doc?.receiptNumber})`);
    expect(body).toContain(`(${doc?.contentHash})`);
  });

  it("another Jobcenter's document is not found, with or without a session of its own", async () => {
    const session = await sessionFor(token);
    const res = await h.api(`/api/records/documents/${campaigns.get('bottrop')}/1`, { session });
    expect(res.status).toBe(404);
    expect((await h.api(`/api/records/documents/${campaigns.get('bottrop')}/1`)).status).toBe(401);
    expect((await h.api('/api/records')).status).toBe(401);
  });

  it('works after the campaign is closed and the accession confirmed', async () => {
    const id = campaigns.get('herne') ?? '';
    expect(
      (await h.api(`/api/campaigns/${id}/responses/herne/confirm`, { method: 'POST', staff: true })).status,
    ).toBeLessThan(300);
    expect((await h.api(`/api/campaigns/${id}/close`, { method: 'POST', staff: true })).status).toBeLessThan(
      300,
    );
    const session = await sessionFor(token);
    expect((await h.api(`/api/records/documents/${id}/1`, { session })).status).toBe(200);
  });

  it('refuses an expired and a revoked link, and a revoked link ends its sessions', async () => {
    const expired = `${'A'.repeat(42)}E`;
    await h.store.putRecordsLink({
      hash: hashToken(expired),
      jobcenterId: 'herne',
      issuedAt: new Date(Date.now() - 8 * 86_400_000).toISOString(),
      expiresAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const refused = await openRecords(expired);
    expect(refused.status).toBe(401);
    const session = await sessionFor(token);
    await h.store.revokeRecordsLink(hashToken(token), new Date().toISOString());
    const revoked = await openRecords(token);
    expect(revoked.status).toBe(401);
    expect(await revoked.text()).toBe(await refused.text());
    expect((await h.api('/api/records', { session })).status).toBe(401);
  });

  it('a declaration MAGS recorded from paper is a PDF marked as recorded by MAGS, without receipt number', async () => {
    const paper = await h.api('/api/accessions', {
      method: 'POST',
      staff: true,
      body: JSON.stringify({
        jobcenterId: 'kreis-soest',
        beigetretenAm: '2019-05-14',
        unterzeichnung: { name: 'Erika Beispiel', funktion: 'Geschäftsführung' },
        traegerZugestimmtAm: '2019-04-30',
        veroeffentlichung: true,
        massnahmen: [
          { handlungsfeld: 'hf1', titel: 'Aktionsplan Soest', beginn: '2019-06', ende: '2020-12' },
        ],
        bemerkung: 'Akte 4711',
      }),
    });
    expect(paper.status, await paper.clone().text()).toBe(201);
    const soest = (await h.store.getJobcenter('kreis-soest'))?.mainContact.email ?? '';
    expect((await request(soest)).status).toBe(202);
    const [mail] = await mailsTo(soest);
    const session = await sessionFor(RECORDS_LINK.exec(mail?.body.text ?? '')?.[1] ?? '');
    const list = (await (await h.api('/api/records', { session })).json()) as {
      documents: Record<string, unknown>[];
    };
    expect(list.documents).toEqual([
      expect.objectContaining({
        campaignId: 'beitritt',
        version: 1,
        kind: 'beitritt',
        origin: 'papier',
        title: 'Beitrittserklärung (von MAGS erfasst)',
      }),
    ]);
    expect(list.documents[0]).not.toHaveProperty('receiptNumber');
    const pdf = await h.api('/api/records/documents/beitritt/1', { session });
    expect(pdf.status, await pdf.clone().text()).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(body.startsWith('%PDF-1.4')).toBe(true);
    expect(body).toContain('(Von MAGS erfasst: ');
    expect(body).toContain('(Aktionsplan Soest)');
    expect(body).not.toContain('Akte 4711');
    expect((await h.api('/api/records/documents/beitritt/2', { session })).status).toBe(404);
  });

  it('MAGS revokes every records link of a Jobcenter: refused like a never-issued link, audited; only admins', async () => {
    const bottrop = (await h.store.getJobcenter('bottrop'))?.mainContact.email ?? '';
    expect((await request(bottrop)).status).toBe(202);
    const [mail] = await mailsTo(bottrop);
    const linkToken = RECORDS_LINK.exec(mail?.body.text ?? '')?.[1] ?? '';
    const session = await sessionFor(linkToken);
    const revoke = (init: Parameters<typeof h.api>[1]) =>
      h.api('/api/jobcenters/bottrop/records-links/revoke', { method: 'POST', ...init });
    // Read-only staff and the co-signatories may not.
    expect((await revoke({ viewer: true })).status).toBe(403);
    for (const role of ['regionaldirektion', 'lvr', 'lwl'] as const)
      expect((await revoke({ headers: h.bearerFor([role]) })).status).toBe(403);
    expect((await h.api('/api/records', { session })).status).toBe(200);
    // Bottrop submitted online: it has no recorded accession document.
    expect((await h.api('/api/records/documents/beitritt/1', { session })).status).toBe(404);

    const res = await revoke({ staff: true });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({ revoked: 1 });
    const neverIssued = await openRecords(`${'N'.repeat(42)}I`);
    const refused = await openRecords(linkToken);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe(await neverIssued.text());
    expect((await h.api('/api/records', { session })).status).toBe(401);
    const [event] = await h.store.listAudit('JOBCENTER#bottrop', 1);
    expect(event).toMatchObject({ action: 'records.links-revoked', detail: { revoked: 1 } });
    expect(event?.actor.sub).toBe('a1');
    // Again: nothing left to revoke, audited again; an unknown Jobcenter is 404.
    expect(await (await revoke({ staff: true })).json()).toEqual({ revoked: 0 });
    expect(
      (await h.api('/api/jobcenters/gibt-es-nicht/records-links/revoke', { method: 'POST', staff: true }))
        .status,
    ).toBe(404);
  });

  it(`limits requests to ${RECORDS_REQUESTS_PER_ADDRESS_HOUR} per address and ${RECORDS_REQUESTS_PER_CLIENT_HOUR} per client and hour (429)`, async () => {
    const address = `viele-${randomUUID()}@example.org`;
    for (let i = 0; i < RECORDS_REQUESTS_PER_ADDRESS_HOUR; i++)
      expect((await request(address)).status).toBe(202);
    expect((await request(address)).status).toBe(429);
    while (requests < RECORDS_REQUESTS_PER_CLIENT_HOUR)
      expect((await request(`andere-${randomUUID()}@example.org`)).status).toBe(202);
    expect((await request(`noch-eine-${randomUUID()}@example.org`)).status).toBe(429);
  });
});
