import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness } from './api-harness';
import { campaignInput } from './helpers';

/**
 * The local server and the shared middleware at the HTTP boundary: malformed percent-encoding,
 * bodies in another charset, a Content-Length the client never sends, and bodies on routes that
 * take none. Remscheid is this file's Jobcenter.
 */
const RECEIVE_TIMEOUT_MS = 600;

/** Sends raw bytes and resolves with what came back once the server closed the connection. */
const rawRequest = (base: string, bytes: string) =>
  new Promise<{ text: string; ms: number }>((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const started = performance.now();
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let text = '';
    socket.on('data', (c) => {
      text += c.toString('utf8');
    });
    socket.on('close', () => resolve({ text, ms: performance.now() - started }));
    socket.on('error', reject);
  });

describe('input at the HTTP boundary (local server and shared middleware)', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let campaignId: string;
  let session: string;
  const subject = `Einladung ${randomUUID()}`;

  beforeAll(async () => {
    h = await startApiHarness({ server: { requestReceiveTimeoutMs: RECEIVE_TIMEOUT_MS } });
    const launched = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: ['remscheid'] } },
      subject,
    );
    campaignId = launched.id;
    session = await h.openSession(launched.tokens.get('remscheid'));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers malformed percent-encoding with 400, for pages and API paths alike', async () => {
    for (const path of ['/%zz', '/assets/%E0%A4%A', '/api/jobcenters/%zz', '/api/campaigns/%/launch']) {
      const res = await fetch(`${h.base}${path}`, { headers: h.staffHeaders });
      expect(res.status, path).toBe(400);
      expect(await res.json()).toEqual({ message: 'Bad Request' });
    }
    expect((await h.api('/api/jobcenters/remscheid', { staff: true })).status).toBe(200);
  });

  it('refuses a body declared in another charset with 415 and stores nothing', async () => {
    const latin1 = Buffer.from(
      '{"version":0,"answers":{"geschaeftsfuehrung":{"name":"Jörg Müller"}}}',
      'latin1',
    );
    const res = await fetch(`${h.base}/api/form/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json; charset=latin1', authorization: `Bearer ${session}` },
      body: latin1,
    });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
    expect(await h.store.getDraft(campaignId, 'remscheid')).toBeUndefined();
    // The same answers in UTF-8 are stored as sent.
    const utf8 = await h.api('/api/form/draft', {
      method: 'PUT',
      session,
      headers: { 'content-type': 'application/json; charset=UTF-8' },
      body: latin1.toString('latin1'),
    });
    expect(utf8.status).toBe(200);
    expect((await h.store.getDraft(campaignId, 'remscheid'))?.answers).toMatchObject({
      geschaeftsfuehrung: { name: 'Jörg Müller' },
    });
  });

  it('cuts off a request whose body never reaches its Content-Length (408, connection closed)', async () => {
    const { text, ms } = await rawRequest(
      h.base,
      `PUT /api/form/draft HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${session}\r\nContent-Length: 1000\r\n\r\n{"version":`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(RECEIVE_TIMEOUT_MS - 50);
    expect(ms).toBeLessThan(RECEIVE_TIMEOUT_MS + 2_000);
  });

  it('refuses a body on action routes (launch, close, resend, remind, confirm) with 400 and acts on nothing', async () => {
    const before = await h.store.getInvitation(campaignId, 'remscheid');
    const actions = [
      `/api/campaigns/${campaignId}/launch`,
      `/api/campaigns/${campaignId}/close`,
      `/api/campaigns/${campaignId}/invitations/remscheid/resend`,
      `/api/campaigns/${campaignId}/invitations/remscheid/remind`,
      `/api/campaigns/${campaignId}/responses/remscheid/confirm`,
    ];
    for (const path of actions) {
      const res = await h.api(path, { method: 'POST', staff: true, body: '{"to":"someone@example.org"}' });
      expect(res.status, path).toBe(400);
      expect((await res.json()).error.fields).toEqual([expect.objectContaining({ field: 'to' })]);
    }
    expect(await h.store.getInvitation(campaignId, 'remscheid')).toEqual(before);
    expect((await h.store.getCampaign(campaignId))?.status).toBe('launched');
    // No body (or the {} JSON clients send) still acts.
    const closed = await h.api(`/api/campaigns/${campaignId}/close`, {
      method: 'POST',
      staff: true,
      body: '{}',
    });
    expect(closed.status).toBe(200);
  });
});
