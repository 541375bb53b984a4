import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchSentEmails, type StoredEmail } from '../../local/services';
import { type ApiCall, startApiHarness } from './api-harness';

const LINK = /einwilligung\/aendern#t=([A-Za-z0-9_-]{43})/;
const A = 'kreis-hoexter';
const B = 'kreis-olpe';
const tag = randomBytes(4).toString('hex');
const contactsOf = (id: string) => ({
  main: `gf-${tag}.${id}@example.org`,
  deputy: `vertretung-${tag}.${id}@example.org`,
});

let harness: Awaited<ReturnType<typeof startApiHarness>>;
let api: ApiCall;

const mailsTo = async (address: string): Promise<StoredEmail[]> =>
  (await fetchSentEmails(inject('sesEndpoint'))).filter((m) =>
    [...(m.destination.to ?? []), ...(m.destination.cc ?? [])].includes(address),
  );
const listed = async () => {
  const res = await api('/api/public/acceded');
  return ((await res.json()) as { items: { jobcenterId: string }[] }).items.map((i) => i.jobcenterId);
};
const requestLink = (email: string) =>
  api('/api/public/consent/link', { method: 'POST', body: JSON.stringify({ email }) });
const change = (token: string, veroeffentlichung: boolean) =>
  api('/api/public/consent', { method: 'PUT', body: JSON.stringify({ token, veroeffentlichung }) });
const audit = async (id: string) =>
  (await harness.store.listAudit(`JOBCENTER#${id}`, 20)).filter((e) => e.action.startsWith('consent.'));

beforeAll(async () => {
  harness = await startApiHarness();
  api = harness.api;
  // Prepare: unique contacts (the SES emulator is shared), A acceded and listed, B not acceded.
  for (const id of [A, B]) {
    const j = (await (await api(`/api/jobcenters/${id}`, { staff: true })).json()) as { version: number };
    const { main, deputy } = contactsOf(id);
    const res = await api(`/api/jobcenters/${id}/contacts`, {
      method: 'PUT',
      staff: true,
      body: JSON.stringify({
        expectedVersion: j.version,
        mainContact: { name: 'Geschäftsführung', email: main },
        deputyContact: { name: 'Vertretung', email: deputy },
      }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }
  const acceded = await api('/api/accessions', {
    method: 'POST',
    staff: true,
    body: JSON.stringify({
      jobcenterId: A,
      beigetretenAm: '2019-05-02',
      unterzeichnung: { name: 'Erika Beispiel' },
      traegerZugestimmtAm: '2019-04-10',
      veroeffentlichung: true,
    }),
  });
  expect(acceded.status, await acceded.clone().text()).toBe(201);
}, 60_000);

afterAll(async () => harness?.stop());

describe('consent to publication', () => {
  let token = '';

  it('mails a link to the registered contacts, whatever case the address is typed in', async () => {
    expect(await listed()).toContain(A);
    const res = await requestLink(contactsOf(A).deputy.toUpperCase());
    expect(res.status).toBe(202);
    const [mail] = await mailsTo(contactsOf(A).main);
    expect(mail?.destination.to).toEqual([contactsOf(A).main]);
    expect(mail?.destination.cc).toEqual([contactsOf(A).deputy]);
    token = LINK.exec(mail?.body.text ?? '')?.[1] ?? '';
    expect(token).toHaveLength(43);
    expect(mail?.body.text).toContain('http://127.0.0.1:3999/datenschutz');
    // The token is never at rest: only its hash is stored.
    const state = await api('/api/public/consent/state', { method: 'POST', body: JSON.stringify({ token }) });
    expect(await state.json()).toMatchObject({ jobcenterId: A, veroeffentlichung: true });
  });

  it('withdrawal by the link takes the Jobcenter off the public JSON at once, re-grant puts it back', async () => {
    const withdrawn = await change(token, false);
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ jobcenterId: A, veroeffentlichung: false });
    expect(await listed()).not.toContain(A);

    const again = await change(token, false);
    expect(again.status).toBe(200);
    expect((await audit(A)).filter((e) => e.action === 'consent.withdrawn')).toHaveLength(1);

    const granted = await change(token, true);
    expect(granted.status).toBe(200);
    expect(await listed()).toContain(A);
    const events = await audit(A);
    expect(events.map((e) => e.action).sort()).toEqual(['consent.granted', 'consent.withdrawn']);
    expect(events[0]?.detail).toMatchObject({ via: 'link' });
  });

  it('refuses wrong tokens alike, and a consent link opens no form', async () => {
    const wrong = await change('A'.repeat(43), false);
    const garbage = await change('kein-token', false);
    expect(wrong.status).toBe(401);
    expect(garbage.status).toBe(401);
    expect(await wrong.text()).toBe(await garbage.text());
    const form = await api('/api/form/session', { method: 'POST', body: JSON.stringify({ token }) });
    expect(form.status).toBe(401);
    const bad = await api('/api/public/consent', { method: 'PUT', body: JSON.stringify({ token }) });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('veroeffentlichung');
  });

  it('answers an unknown address and a not acceded Jobcenter exactly like a known one, and sends nothing', async () => {
    const known = await requestLink(contactsOf(A).main);
    const unknown = await requestLink(`niemand-${tag}@example.org`);
    const notAcceded = await requestLink(contactsOf(B).main);
    const shape = async (r: Response) => ({
      status: r.status,
      body: await r.text(),
      headers: [...r.headers.entries()].filter(([k]) => !['date', 'content-length'].includes(k)),
    });
    const expected = await shape(known);
    expect(await shape(unknown)).toEqual(expected);
    expect(await shape(notAcceded)).toEqual(expected);
    expect(await mailsTo(`niemand-${tag}@example.org`)).toEqual([]);
    expect(await mailsTo(contactsOf(B).main)).toEqual([]);
    expect(await mailsTo(contactsOf(B).deputy)).toEqual([]);
    expect(await mailsTo(contactsOf(A).main)).toHaveLength(2);
  });

  it('lets an admin record a withdrawal by letter, audited; viewer and partners get 403', async () => {
    const path = `/api/jobcenters/${A}/consent/letter-withdrawal`;
    const body = JSON.stringify({ briefDatum: '2026-01-15', aktenzeichen: 'II A 3 – 4711' });
    for (const roles of [['viewer'], ['regionaldirektion'], ['lvr'], ['lwl']] as const) {
      const res = await api(path, { method: 'POST', headers: harness.bearerFor([...roles]), body });
      expect(res.status, roles.join()).toBe(403);
    }
    expect(await listed()).toContain(A);

    const invalid = await api(path, { method: 'POST', staff: true, body: JSON.stringify({ notiz: 'x' }) });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(await invalid.json())).toContain('briefDatum');

    const res = await api(path, { method: 'POST', staff: true, body });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await listed()).not.toContain(A);
    const staffView = await api(`/api/jobcenters/${A}/consent`, { staff: true });
    expect(await staffView.json()).toMatchObject({ einwilligung: { veroeffentlichung: false } });
    const letter = (await audit(A)).find((e) => e.detail.via === 'brief');
    expect(letter).toMatchObject({
      action: 'consent.withdrawn',
      actor: { email: 'a@mags.example.org' },
      detail: { briefDatum: '2026-01-15', aktenzeichen: 'II A 3 – 4711' },
    });
    const notAcceded = await api(`/api/jobcenters/${B}/consent/letter-withdrawal`, {
      method: 'POST',
      staff: true,
      body,
    });
    expect(notAcceded.status).toBe(404);
  });

  it('an address registered for two acceded Jobcenters gets a link for each, to each one’s contacts', async () => {
    const shared = `gemeinsam-${tag}@example.org`;
    const ids = ['kreis-borken', 'kreis-coesfeld'];
    for (const id of ids) {
      const j = (await (await api(`/api/jobcenters/${id}`, { staff: true })).json()) as { version: number };
      const contacts = await api(`/api/jobcenters/${id}/contacts`, {
        method: 'PUT',
        staff: true,
        body: JSON.stringify({
          expectedVersion: j.version,
          mainContact: { name: 'Geschäftsführung', email: contactsOf(id).main },
          deputyContact: { name: 'Gemeinsames Postfach', email: shared },
        }),
      });
      expect(contacts.status, await contacts.clone().text()).toBe(200);
      const acceded = await api('/api/accessions', {
        method: 'POST',
        staff: true,
        body: JSON.stringify({
          jobcenterId: id,
          beigetretenAm: '2019-05-02',
          unterzeichnung: { name: 'Erika Beispiel' },
          traegerZugestimmtAm: '2019-04-10',
          veroeffentlichung: true,
        }),
      });
      expect(acceded.status, await acceded.clone().text()).toBe(201);
    }
    expect((await requestLink(shared)).status).toBe(202);
    const mails = await mailsTo(shared);
    expect(mails.map((m) => m.destination.to).sort()).toEqual(ids.map((id) => [contactsOf(id).main]));
    const states = await Promise.all(
      mails.map(async (m) => {
        const token = LINK.exec(m.body.text ?? '')?.[1];
        const res = await api('/api/public/consent/state', {
          method: 'POST',
          body: JSON.stringify({ token }),
        });
        return ((await res.json()) as { jobcenterId: string }).jobcenterId;
      }),
    );
    expect(states.sort()).toEqual(ids);
  });

  it('limits link requests per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12 && !statuses.includes(429); i++)
      statuses.push((await requestLink(`probe-${i}-${tag}@example.org`)).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s !== 429).every((s) => s === 202)).toBe(true);
  }, 30_000);
});
