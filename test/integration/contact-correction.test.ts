import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Jobcenter } from '../../functions/registry/jobcenter';
import { fetchSentEmails } from '../../local/services';
import { startApiHarness } from './api-harness';
import { campaignInput } from './helpers';

const LINK = /formular#t=([A-Za-z0-9_-]{43})/;

/**
 * Contact correction of an invitation that did not bounce, over HTTP (DynamoDB Local, SES
 * emulator): links follow the addresses. A new address ends the old links (answered like any
 * invalid link) and gets a new one by mail; a correction of names keeps the link working.
 * Wuppertal and Münster are this file's Jobcenters.
 */
describe('contact correction of a delivered invitation (HTTP)', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let campaignId: string;
  let tokens: Map<string, string>;
  const subject = `Einladung ${randomUUID()}`;

  beforeAll(async () => {
    h = await startApiHarness();
    ({ id: campaignId, tokens } = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: ['wuppertal', 'muenster'] } },
      subject,
    ));
  });
  afterAll(() => h.stop());

  const invitationMailsTo = async (address: string) =>
    (await fetchSentEmails(inject('sesEndpoint'))).filter(
      (m) => m.subject === subject && [...m.destination.to, ...m.destination.cc].includes(address),
    );
  /** The link check's whole answer: status, body and headers apart from the date. */
  const checkLink = async (token: string) => {
    const res = await h.api('/api/form/session', { method: 'POST', body: JSON.stringify({ token }) });
    const headers = [...res.headers].filter(([name]) => name !== 'date');
    return { status: res.status, body: await res.text(), headers };
  };
  const correct = async (jobcenterId: string, change: (j: Jobcenter) => Partial<Jobcenter>) => {
    const current = (await (
      await h.api(`/api/jobcenters/${jobcenterId}`, { staff: true })
    ).json()) as Jobcenter;
    const { mainContact, deputyContact } = { ...current, ...change(current) };
    return h.api(`/api/jobcenters/${jobcenterId}/contacts`, {
      method: 'PUT',
      staff: true,
      body: JSON.stringify({ expectedVersion: current.version, mainContact, deputyContact }),
    });
  };

  it('a new main address ends the old link (and its session) and gets a new link that works', async () => {
    const oldToken = tokens.get('wuppertal') ?? '';
    const oldSession = await h.openSession(oldToken);
    const before = await fetchSentEmails(inject('sesEndpoint'));
    const newAddress = `gf-${randomUUID().slice(0, 8)}.wuppertal@example.org`;

    const res = await correct('wuppertal', (j) => ({ mainContact: { ...j.mainContact, email: newAddress } }));
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({ resent: [campaignId] });

    const invalid = await checkLink(randomUUID().replaceAll('-', '').padEnd(43, 'x'));
    expect(invalid.status).toBe(401);
    expect(await checkLink(oldToken)).toEqual(invalid);
    expect((await h.api('/api/form', { session: oldSession })).status).toBe(401);

    // One new mail, to the new address (deputy in copy); nothing more to the old one.
    const after = (await fetchSentEmails(inject('sesEndpoint'))).slice(before.length);
    const mails = after.filter((m) => m.subject === subject);
    expect(mails.map((m) => [m.destination.to, m.destination.cc])).toEqual([
      [[newAddress], ['inklusion.wuppertal@example.org']],
    ]);
    expect(await invitationMailsTo('geschaeftsfuehrung.wuppertal@example.org')).toHaveLength(1);
    const newToken = LINK.exec(mails[0]?.body.text ?? '')?.[1] ?? '';
    expect(newToken).not.toBe(oldToken);
    const session = await h.openSession(newToken);
    expect((await h.api('/api/form', { session })).status).toBe(200);

    const invitation = await h.store.getInvitation(campaignId, 'wuppertal');
    expect(invitation).toMatchObject({
      delivery: 'sent',
      sendCount: 2,
      recipients: [newAddress, 'inklusion.wuppertal@example.org'],
    });
    expect(invitation?.activeLinks).toHaveLength(1);
  });

  it('a correction of names only keeps the link working and sends nothing', async () => {
    const token = tokens.get('muenster') ?? '';
    const before = (await fetchSentEmails(inject('sesEndpoint'))).length;
    const res = await correct('muenster', (j) => ({
      mainContact: { ...j.mainContact, name: 'Frau Neu' },
      deputyContact: { ...j.deputyContact, name: 'Herr Neu' },
    }));
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({ resent: [] });
    expect((await fetchSentEmails(inject('sesEndpoint'))).length).toBe(before);
    expect((await checkLink(token)).status).toBe(200);
    expect(await h.store.getInvitation(campaignId, 'muenster')).toMatchObject({
      delivery: 'sent',
      sendCount: 1,
    });
  });
});
