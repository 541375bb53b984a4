import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccessionAnswers } from '../../functions/questionnaire/accession-form';
import type { Store } from '../../functions/shared/ports';
import { fetchSentEmails } from '../../local/services';
import { startApiHarness } from './api-harness';
import { campaignInput, validAnswers } from './helpers';

/** A token one character away from a real one. */
const flipLast = (t: string) => `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`;

describe('the Jobcenter form over HTTP (handlers on DynamoDB Local and the SES emulator)', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let base: string;
  let store: Store;
  let staff: Record<string, string>;
  let campaignId: string;
  const subject = `Einladung ${randomUUID()}`;
  let tokens = new Map<string, string>();

  const api = (path: string, init: RequestInit & { session?: string } = {}) => h.api(path, init);
  const openSession = (jobcenterId: string) => h.openSession(tokens.get(jobcenterId));

  beforeAll(async () => {
    h = await startApiHarness();
    ({ base, store, staffHeaders: staff } = h);
    ({ id: campaignId, tokens } = await h.launch(
      {
        ...campaignInput(subject),
        recipients: { mode: 'auswahl', jobcenterIds: ['duesseldorf', 'essen', 'bonn'] },
      },
      subject,
    ));
    expect([...tokens.keys()].sort()).toEqual(['bonn', 'duesseldorf', 'essen']);
    // The real sender handler seals the link, so reminders can repeat it.
    expect((await store.getInvitation(campaignId, 'essen'))?.sealedLink).toMatch(/^v2\./);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('fetching the link (as a mail scanner does) changes nothing; only the session exchange marks it opened', async () => {
    await fetch(`${base}/formular#t=${tokens.get('bonn')}`);
    expect((await store.getInvitation(campaignId, 'bonn'))?.progress).toBe('none');
    await openSession('bonn');
    expect((await store.getInvitation(campaignId, 'bonn'))?.progress).toBe('opened');
  });

  it('answers wrong, malformed and unknown links identically', async () => {
    const bodies = await Promise.all(
      ['x'.repeat(43), 'kurz', flipLast(tokens.get('essen') ?? ''), '<script>'].map(async (token) => {
        const started = performance.now();
        const res = await api('/api/form/session', { method: 'POST', body: JSON.stringify({ token }) });
        return { status: res.status, body: await res.text(), ms: performance.now() - started };
      }),
    );
    expect(new Set(bodies.map((b) => `${b.status} ${b.body}`)).size).toBe(1);
    expect(bodies[0]?.status).toBe(401);
    expect(bodies.every((b) => b.ms >= 240)).toBe(true);
  });

  it('saves drafts with optimistic locking: the second concurrent save gets a conflict with the stored state', async () => {
    const session = await openSession('essen');
    const save = (version: number, name: string) =>
      api('/api/form/draft', {
        method: 'PUT',
        session,
        body: JSON.stringify({ version, answers: { geschaeftsfuehrung: { name } } }),
      });
    const [a, b] = await Promise.all([save(0, 'Erste Person'), save(0, 'Zweite Person')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = (await (a.status === 409 ? a : b).json()) as {
      error: { current: { version: number; answers: unknown } };
    };
    const winner = a.status === 200 ? 'Erste Person' : 'Zweite Person';
    expect(conflict.error.current).toMatchObject({
      version: 1,
      answers: { geschaeftsfuehrung: { name: winner } },
    });
    expect((await store.getDraft(campaignId, 'essen'))?.answers).toEqual({
      geschaeftsfuehrung: { name: winner },
    });
    expect((await store.getInvitation(campaignId, 'essen'))?.progress).toBe('draft');
  });

  it('rejects bad input to every form endpoint with field errors and stores nothing', async () => {
    const session = await openSession('essen');
    const before = await store.getDraft(campaignId, 'essen');
    const cases: [string, string, string][] = [
      ['PUT', '/api/form/draft', '{"version":1,"answers":'],
      ['PUT', '/api/form/draft', JSON.stringify({ version: '1', answers: {} })],
      [
        'PUT',
        '/api/form/draft',
        JSON.stringify({ version: 1, answers: { geschaeftsfuehrung: { name: 'x'.repeat(1024 * 300) } } }),
      ],
      ['PUT', '/api/form/draft', JSON.stringify({ version: 1, answers: { hacker: true } })],
      [
        'PUT',
        '/api/form/draft',
        JSON.stringify({ version: 1, answers: { massnahmen: [{ id: 'x', katalogId: 'gibt-es-nicht' }] } }),
      ],
      ['POST', '/api/form/submit', JSON.stringify({ draftVersion: 'eins' })],
      [
        'POST',
        '/api/form/handover',
        JSON.stringify({ fromName: 'A', toName: 'B', toEmail: 'keine-adresse' }),
      ],
      ['POST', '/api/form/session', JSON.stringify({ token: 1 })],
    ];
    for (const [method, path, body] of cases) {
      const res = await api(path, { method, session, body });
      expect([400, 413], `${method} ${path} ${body.slice(0, 60)}`).toContain(res.status);
      const { error } = (await res.json()) as { error: { fields?: { field: string; message: string }[] } };
      if (res.status === 400) expect(error.fields?.length).toBeGreaterThan(0);
    }
    expect(await store.getDraft(campaignId, 'essen')).toEqual(before);
    expect(await store.listSubmissions(campaignId, 'essen')).toEqual([]);
  });

  it('refuses to submit an incomplete declaration, naming the fields', async () => {
    const session = await openSession('essen');
    const draft = await store.getDraft(campaignId, 'essen');
    const res = await api('/api/form/submit', {
      method: 'POST',
      session,
      body: JSON.stringify({ draftVersion: draft?.version }),
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { fields: { field: string }[] } };
    expect(error.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['geschaeftsfuehrung.funktion', 'ausgangslage', 'massnahmen', 'nrwInklusiv']),
    );
    expect(await store.listSubmissions(campaignId, 'essen')).toEqual([]);
  });

  it('submits a complete declaration as version 1, sends the receipt and notifies MAGS; a change is version 2', async () => {
    const session = await openSession('duesseldorf');
    const jobcenter = await store.getJobcenter('duesseldorf');
    const answers = validAnswers(jobcenter?.traeger ?? []);
    // One Träger consent missing: a gE needs both.
    const oneTraeger = { ...answers, traegerZustimmungen: answers.traegerZustimmungen.slice(1) };
    let saved = await api('/api/form/draft', {
      method: 'PUT',
      session,
      body: JSON.stringify({ version: 0, answers: oneTraeger }),
    });
    let version = ((await saved.json()) as { version: number }).version;
    const incomplete = await api('/api/form/submit', {
      method: 'POST',
      session,
      body: JSON.stringify({ draftVersion: version }),
    });
    expect(incomplete.status).toBe(400);
    expect(JSON.stringify(await incomplete.json())).toMatch(/beider Träger/);

    saved = await api('/api/form/draft', {
      method: 'PUT',
      session,
      body: JSON.stringify({ version, answers }),
    });
    version = ((await saved.json()) as { version: number }).version;
    const submitted = await api('/api/form/submit', {
      method: 'POST',
      session,
      body: JSON.stringify({ draftVersion: version }),
    });
    expect(submitted.status).toBe(201);
    const receipt = (await submitted.json()) as {
      version: number;
      receiptNumber: string;
      contentHash: string;
    };
    expect(receipt).toMatchObject({
      version: 1,
      receiptNumber: expect.stringMatching(/^BT-\d{4}-DUESSELDORF-1$/),
    });
    expect(receipt.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const [stored] = await store.listSubmissions(campaignId, 'duesseldorf');
    expect(stored?.answers).toEqual(answers);
    expect((await store.getInvitation(campaignId, 'duesseldorf'))?.progress).toBe('submitted');

    const mails = await fetchSentEmails(inject('sesEndpoint'));
    const confirmation = mails.find((m) => m.subject.includes(receipt.receiptNumber));
    expect(confirmation?.destination.to).toEqual(['geschaeftsfuehrung.duesseldorf@example.org']);
    expect(confirmation?.body.text).toContain('Prüfung aller Standorte auf barrierefreien Zugang');
    expect(confirmation?.body.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(confirmation?.body.html).not.toContain('<script>alert(1)</script>');
    expect(
      mails.some(
        (m) => m.destination.to.includes('inklusion@mags.example.org') && /Düsseldorf/.test(m.subject),
      ),
    ).toBe(true);

    // The campaign page shows it as submitted, with its content on the response page.
    const overview = (await (await api(`/api/campaigns/${campaignId}`, { headers: staff })).json()) as {
      invitations: { jobcenterId: string; status: string }[];
    };
    expect(overview.invitations.find((i) => i.jobcenterId === 'duesseldorf')?.status).toBe('submitted');
    const response = (await (
      await api(`/api/campaigns/${campaignId}/responses/duesseldorf`, { headers: staff })
    ).json()) as {
      submissions: { answers: AccessionAnswers }[];
    };
    expect(response.submissions[0]?.answers.massnahmen).toHaveLength(2);

    // A change after submit is a new version; the first is kept.
    const changed = { ...answers, veroeffentlichung: false };
    saved = await api('/api/form/draft', {
      method: 'PUT',
      session,
      body: JSON.stringify({ version: version, answers: changed }),
    });
    version = ((await saved.json()) as { version: number }).version;
    const second = await api('/api/form/submit', {
      method: 'POST',
      session,
      body: JSON.stringify({ draftVersion: version }),
    });
    expect(((await second.json()) as { version: number }).version).toBe(2);
    expect(
      (await store.listSubmissions(campaignId, 'duesseldorf')).map((s) => s.answers.veroeffentlichung),
    ).toEqual([true, false]);
  });

  it('keeps Jobcenters apart: a session only ever reads and writes its own Jobcenter', async () => {
    const essen = await openSession('essen');
    const form = (await (await api('/api/form', { session: essen })).json()) as { jobcenter: { id: string } };
    expect(form.jobcenter.id).toBe('essen');
    const duesseldorfDraft = await store.getDraft(campaignId, 'duesseldorf');
    const draft = await store.getDraft(campaignId, 'essen');
    // Extra fields naming another Jobcenter are refused, not obeyed.
    const sneaky = await api('/api/form/draft', {
      method: 'PUT',
      session: essen,
      body: JSON.stringify({ version: draft?.version, answers: {}, jobcenterId: 'duesseldorf' }),
    });
    expect(sneaky.status).toBe(400);
    expect(await store.getDraft(campaignId, 'duesseldorf')).toEqual(duesseldorfDraft);
    // A session is no staff token and a staff token is no session.
    expect((await api(`/api/campaigns/${campaignId}`, { session: essen })).status).toBe(401);
    expect((await api('/api/form', { headers: staff })).status).toBe(401);
  });

  it('MAGS confirms: the Jobcenter is acceded, told so, and listed publicly if it consented', async () => {
    const heldSession = await openSession('duesseldorf');
    const confirm = await api(`/api/campaigns/${campaignId}/responses/duesseldorf/confirm`, {
      method: 'POST',
      headers: staff,
    });
    expect(confirm.status).toBe(200);
    expect((await store.getAccession('duesseldorf'))?.submissionVersion).toBe(2);
    const publicList = (await (await api('/api/public/acceded')).json()) as {
      items: { jobcenterId: string }[];
    };
    // Version 2 withdrew the consent to be listed.
    expect(publicList.items.map((i) => i.jobcenterId)).not.toContain('duesseldorf');
    const mails = await fetchSentEmails(inject('sesEndpoint'));
    expect(
      mails.some((m) => /bestätigt/i.test(m.subject) && m.destination.to[0]?.includes('duesseldorf')),
    ).toBe(true);
    // A confirmed declaration is final: its link no longer opens the form, a session held from
    // before no longer writes.
    const exchange = await api('/api/form/session', {
      method: 'POST',
      body: JSON.stringify({ token: tokens.get('duesseldorf') }),
    });
    expect(exchange.status).toBe(401);
    const res = await api('/api/form/draft', {
      method: 'PUT',
      session: heldSession,
      body: JSON.stringify({ version: 99, answers: {} }),
    });
    expect(res.status).toBe(401);
  });

  it('rate-limits link checks per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push(
        (await api('/api/form/session', { method: 'POST', body: JSON.stringify({ token: 'x'.repeat(43) }) }))
          .status,
      );
    expect(statuses).toContain(429);
  });
});
