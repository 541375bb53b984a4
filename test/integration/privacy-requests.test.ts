import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, PutCommand, paginateScan } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PrivacyRequest } from '../../functions/privacy/privacy-request';
import {
  makeEraseEverywhere,
  makeRunPrivacyRequests,
} from '../../functions/privacy/use-cases/run-privacy-requests';
import { addressKey } from '../../functions/records/records-request';
import { systemClock } from '../../functions/shared/clock';
import { makePrivacyRequestStore } from '../../functions/store/privacy-request-store';
import { keys } from '../../functions/store/table-design';
import { fetchSentEmails } from '../../local/services';
import { type ApiCall, startApiHarness } from './api-harness';
import { campaignInput, validAnswers } from './helpers';

/**
 * An access and an erasure request for one e-mail address over HTTP on DynamoDB Local, with the
 * real handlers and the SES emulator: the address is seeded through the real flows (contact
 * correction, invitation, draft, submission, outbox) and as delivery events, an address state and
 * an audit actor. The access request lists every place; the erasure leaves the address nowhere in
 * the table, keeps the submitted declaration with a role, changes nothing when rerun and never
 * touches the SES emulator. Only admins may do any of it.
 */
type Harness = Awaited<ReturnType<typeof startApiHarness>>;

const JOBCENTER = 'kreis-mettmann';
/** The personal link in an invitation mail. */
const LINK = /formular#t=([A-Za-z0-9_-]{43})/;
const ADDRESS = `anna.alt.${randomUUID().slice(0, 8)}@jc-mettmann.example.org`;

describe('privacy requests (access and erasure by e-mail address)', () => {
  let h: Harness;
  let api: ApiCall;
  let doc: DynamoDBDocumentClient;
  let runJob: ReturnType<typeof makeRunPrivacyRequests>;
  let privacyStore: Parameters<typeof makeEraseEverywhere>[0]['store'];
  let sesBefore: string;

  const dump = async () => {
    const items: Record<string, unknown>[] = [];
    for await (const page of paginateScan(
      { client: doc },
      { TableName: h.table.tableName, ConsistentRead: true },
    ))
      items.push(...(page.Items ?? []));
    return items.sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
  };
  const sesStore = async () => (await fetch(`${inject('sesEndpoint')}/store`)).text();
  const post = (path: string, body?: unknown, auth: Record<string, unknown> = { staff: true }) =>
    api(path, { method: 'POST', ...auth, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const getRequest = async (id: string) =>
    (await (await api(`/api/privacy-requests/${id}`, { staff: true })).json()) as PrivacyRequest;

  beforeAll(async () => {
    h = await startApiHarness();
    api = h.api;
    doc = DynamoDBDocumentClient.from(h.table.client);
    privacyStore = { ...h.store, ...makePrivacyRequestStore({ doc, tableName: h.table.tableName }) };
    runJob = makeRunPrivacyRequests({ store: privacyStore, clock: systemClock });
    const subject = `Datenschutz ${randomUUID()}`;
    const { id: campaignId } = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: [JOBCENTER] } },
      subject,
    );
    // The person becomes the main contact (the current link goes out to her: an outbox mail).
    const jobcenter = await h.store.getJobcenter(JOBCENTER);
    const corrected = await api(`/api/jobcenters/${JOBCENTER}/contacts`, {
      method: 'PUT',
      staff: true,
      body: JSON.stringify({
        expectedVersion: jobcenter?.version,
        mainContact: { name: 'Anna Alt', email: ADDRESS },
        deputyContact: jobcenter?.deputyContact,
      }),
    });
    expect(corrected.status, await corrected.clone().text()).toBe(200);
    // A new address ends the old link: the new one came by mail to her.
    const invitationMail = (await fetchSentEmails(inject('sesEndpoint'))).find(
      (m) => m.subject === subject && m.destination.to.includes(ADDRESS),
    );
    const token = LINK.exec(invitationMail?.body.text ?? '')?.[1];
    // A reminder goes to her (recorded with its recipients).
    const reminded = await post(`/api/campaigns/${campaignId}/invitations/${JOBCENTER}/remind`);
    expect(reminded.status, await reminded.clone().text()).toBe(200);
    // She fills in and submits the declaration, naming herself as the inclusion contact.
    const session = await h.openSession(token);
    const answers = validAnswers(jobcenter?.traeger ?? []);
    const mine = {
      ...answers,
      geschaeftsfuehrung: { name: 'Anna Alt', funktion: 'Geschäftsführerin' },
      inklusionsKontakt: { bezeichnung: 'Anna Alt', email: ADDRESS, istFunktionspostfach: false },
    };
    const saved = await api('/api/form/draft', {
      method: 'PUT',
      session,
      body: JSON.stringify({ version: 0, answers: mine }),
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const { version } = (await saved.json()) as { version: number };
    const submitted = await post('/api/form/submit', { draftVersion: version }, { session });
    expect(submitted.status, await submitted.clone().text()).toBe(201);
    // Delivery tracking and an audit actor with her address (as the SES events handler and staff write them).
    const put = (item: Record<string, unknown>) =>
      doc.send(new PutCommand({ TableName: h.table.tableName, Item: item }));
    const at = new Date().toISOString();
    await put({
      ...keys.emailEvent('m-privacy', 'e1'),
      entity: 'EMAIL_EVENT',
      at,
      kind: 'bounce',
      addresses: [ADDRESS],
    });
    await put({
      ...keys.address(ADDRESS),
      entity: 'ADDRESS',
      address: ADDRESS,
      lastEventAt: at,
      undeliverable: true,
    });
    await put({
      ...keys.audit(`JOBCENTER#${JOBCENTER}`, at, 'privacy-seed'),
      ...keys.auditList(at, 'privacy-seed'),
      entity: 'AUDIT',
      id: 'privacy-seed',
      at,
      actor: { sub: 'staff-anna', email: ADDRESS },
      action: 'contacts.corrected',
      subject: `JOBCENTER#${JOBCENTER}`,
      detail: { campaignId },
    });
    expect(JSON.stringify(await dump())).toContain(ADDRESS);
    sesBefore = await sesStore();
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('refuses viewers and partners, and names the invalid fields in German', async () => {
    const body = { email: ADDRESS, kind: 'access', reason: 'Schreiben vom 1. Dezember' };
    expect((await post('/api/privacy-requests', body, { viewer: true })).status).toBe(403);
    for (const roles of [['viewer'], ['lvr'], ['regionaldirektion']] as const) {
      const headers = h.bearerFor([...roles]);
      expect((await post('/api/privacy-requests', body, { headers })).status).toBe(403);
      expect((await api('/api/privacy-requests', { headers })).status).toBe(403);
    }
    const bad = await post('/api/privacy-requests', { email: 'keine-adresse', kind: 'access', reason: 'x' });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: { field: string; message: string }[] } }).error
      .fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['email', 'reason']);
    expect(fields.find((f) => f.field === 'email')?.message).toMatch(/gültige E-Mail-Adresse/);
  });

  it('answers an access request: every place (found by the job), and the values as JSON', async () => {
    const created = await post('/api/privacy-requests', {
      email: ADDRESS.toUpperCase(),
      kind: 'access',
      reason: 'Auskunftsersuchen vom 1. Dezember',
    });
    expect(created.status).toBe(202);
    const { id, status } = (await created.json()) as PrivacyRequest;
    expect(status).toBe('searching');
    expect(await runJob()).toEqual({ searched: 1, erased: 0 });

    const request = await getRequest(id);
    expect(request.status).toBe('found');
    const places = new Set(request.findings.map((f) => `${f.entity} ${f.path.replace(/\[\d+\]/g, '[]')}`));
    for (const place of [
      'JOBCENTER mainContact.email',
      'REMINDER recipients[]',
      'OUTBOX to[]',
      'DRAFT answers.inklusionsKontakt.email',
      'SUBMISSION answers.inklusionsKontakt.email',
      'EMAIL_EVENT addresses[]',
      'ADDRESS pk',
      'ADDRESS address',
      'AUDIT actor.email',
    ])
      expect(places, `${place} in ${[...places].join(', ')}`).toContain(place);
    expect(request.findingsTotal).toBe(request.findings.length);
    // Keys in the findings never carry the address.
    expect(JSON.stringify(request.findings).toLowerCase()).not.toContain(ADDRESS);

    const exported = await api(`/api/privacy-requests/${id}/export`, { staff: true });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename="datenschutzanfrage-/);
    const answer = (await exported.json()) as { fundstellen: { art: string; feld: string; wert: unknown }[] };
    expect(answer.fundstellen.find((f) => f.art === 'JOBCENTER')?.wert).toBe(ADDRESS);
    expect(answer.fundstellen.find((f) => f.art === 'ADDRESS' && f.feld === 'address')?.wert).toBe(ADDRESS);
    // An access request erases nothing.
    expect((await post(`/api/privacy-requests/${id}/erase`)).status).toBe(409);
  });

  it('erases: the address is nowhere in the table, records stay with a role, a rerun changes nothing, SES untouched', async () => {
    const created = await post('/api/privacy-requests', {
      email: ADDRESS,
      kind: 'erasure',
      reason: 'Löschersuchen, Schreiben vom 1. Dezember',
    });
    const { id } = (await created.json()) as PrivacyRequest;
    // Not before the findings are known.
    expect((await post(`/api/privacy-requests/${id}/erase`)).status).toBe(409);
    await runJob();
    expect((await post(`/api/privacy-requests/${id}/erase`, undefined, { viewer: true })).status).toBe(403);
    const confirmed = await post(`/api/privacy-requests/${id}/erase`);
    expect(confirmed.status).toBe(202);
    expect(((await confirmed.json()) as PrivacyRequest).status).toBe('erasing');
    expect(await runJob()).toEqual({ searched: 0, erased: 1 });

    const done = await getRequest(id);
    expect(done.status).toBe('erased');
    expect(done.email).toBeUndefined();
    expect(done.counts).toMatchObject({
      'contacts.pseudonymised': 1,
      'submissions.pseudonymised': expect.any(Number),
      'delivery-events.deleted': 1,
      'address-states.deleted': 1,
    });

    const after = await dump();
    expect(JSON.stringify(after).toLowerCase()).not.toContain(ADDRESS.toLowerCase());
    // Nor its lookup hash (the records' CONTACT# entries): a hash of an address is personal data too.
    expect(JSON.stringify(after)).not.toContain(addressKey(ADDRESS));
    // The declaration is kept, with the role instead of her name and a placeholder address.
    const submission = after.find((i) => i.entity === 'SUBMISSION' && String(i.pk).endsWith(JOBCENTER)) as {
      answers: {
        geschaeftsfuehrung: { name: string };
        inklusionsKontakt: { bezeichnung: string; email: string };
      };
    };
    expect(submission.answers.inklusionsKontakt).toMatchObject({ bezeichnung: 'Ansprechperson' });
    expect(submission.answers.inklusionsKontakt.email).toMatch(/^geloescht-[0-9a-f]{8}@geloescht\.invalid$/);
    // The Jobcenter still reads back valid (the contact is a pseudonym staff will replace).
    const jobcenter = await api(`/api/jobcenters/${JOBCENTER}`, { staff: true });
    expect(jobcenter.status).toBe(200);
    expect(((await jobcenter.json()) as { mainContact: { name: string } }).mainContact.name).toMatch(
      /^gelöscht-/,
    );
    // Audited with reason and counts, never the address.
    const audit = after.filter((i) => i.action === 'privacy.erased');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toMatchObject({
      reason: 'Löschersuchen, Schreiben vom 1. Dezember',
      counts: done.counts,
    });

    // Rerun: the job has nothing to do, and erasing the address again changes no item.
    expect(await runJob()).toEqual({ searched: 0, erased: 0 });
    const again = await makeEraseEverywhere({ store: privacyStore })(ADDRESS, 'ab12cd34');
    expect(again.counts).toEqual({});
    expect(await dump()).toEqual(after);

    expect(await sesStore()).toBe(sesBefore);
  });
});
