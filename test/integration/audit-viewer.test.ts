import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../functions/audit/api-schemas';
import type { AuditEvent } from '../../functions/shared/audit';
import { type ApiCall, startApiHarness } from './api-harness';

/**
 * The audit viewer over HTTP on DynamoDB Local: every audited action across subjects, newest
 * first, paged without gaps or repeats, filtered by Berlin days, actor, action and subject,
 * exported as CSV; admins only.
 */
type Harness = Awaited<ReturnType<typeof startApiHarness>>;

const START = Date.parse('2026-03-20T12:00:00.000Z');
const seeded: AuditEvent[] = Array.from({ length: 130 }, (_, i) => ({
  id: `seed-${String(i).padStart(3, '0')}`,
  // Every 3 hours from 20 March, across the switch to summer time on 29 March.
  at: new Date(START + i * 3 * 3_600_000).toISOString(),
  actor: i % 2 ? { sub: 'staff-7', email: 'Referat.IIA3@mags.example.org' } : { sub: 'link:abcdef123456' },
  action: i % 3 === 0 ? 'invitation.resent' : 'contacts.corrected',
  subject: `JOBCENTER#${i % 5 === 0 ? 'bonn' : 'essen'}`,
  detail: i === 7 ? { note: '=HYPERLINK("http://x")' } : { n: i },
}));

describe('audit viewer', () => {
  let h: Harness;
  let api: ApiCall;

  const page = async (query: string, auth: { staff?: boolean; viewer?: boolean } = { staff: true }) => {
    const res = await api(`/api/audit${query}`, auth);
    return {
      status: res.status,
      body: (await res.json()) as AuditPage & { error?: { fields?: { field: string }[] } },
    };
  };
  const all = async (query: string) => {
    const events: AuditEvent[] = [];
    let weiter: string | undefined;
    let pages = 0;
    do {
      const sep = query ? '&' : '?';
      const { status, body } = await page(`${query}${weiter ? `${sep}weiter=${weiter}` : ''}`);
      expect(status).toBe(200);
      expect(body.events.length).toBeLessThanOrEqual(50);
      events.push(...body.events);
      weiter = body.weiter;
      pages += 1;
    } while (weiter && pages < 20);
    return { events, pages };
  };
  const ids = (events: AuditEvent[]) => events.map((e) => e.id);
  const expected = (keep: (e: AuditEvent) => boolean) =>
    seeded
      .filter(keep)
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((e) => e.id);

  beforeAll(async () => {
    h = await startApiHarness();
    api = h.api;
    for (const e of seeded) await h.store.putAudit(e);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('lists every event newest first, 50 per page, without gaps or repeats', async () => {
    const { events, pages } = await all('?von=2026-01-01&bis=2026-12-31');
    expect(pages).toBe(3);
    expect(ids(events)).toEqual(expected(() => true));
  });

  it('filters by action, by actor (part of the address, any case) and by subject', async () => {
    expect(ids((await all('?aktion=invitation.resent')).events)).toEqual(
      expected((e) => e.action === 'invitation.resent'),
    );
    expect(ids((await all('?akteur=referat.iia3')).events)).toEqual(
      expected((e) => e.actor.sub === 'staff-7'),
    );
    const bonn = (await all('?gegenstand=JOBCENTER%23bonn&aktion=contacts.corrected')).events;
    expect(ids(bonn)).toEqual(
      expected((e) => e.subject === 'JOBCENTER#bonn' && e.action === 'contacts.corrected'),
    );
    expect(bonn.length).toBeGreaterThan(0);
  });

  it('takes days in Berlin time, in winter and in summer', async () => {
    // 29 March 2026 in Berlin: 28 March 23:00 UTC (winter) to 29 March 22:00 UTC (summer).
    const day = (await all('?von=2026-03-29&bis=2026-03-29')).events;
    expect(ids(day)).toEqual(
      expected((e) => e.at >= '2026-03-28T23:00:00.000Z' && e.at < '2026-03-29T22:00:00.000Z'),
    );
    expect(day.map((e) => e.at)).toContain('2026-03-29T00:00:00.000Z');
    expect(day.map((e) => e.at)).not.toContain('2026-03-28T21:00:00.000Z');
  });

  it('exports the filtered events as CSV, one row per event', async () => {
    const res = await api('/api/audit/export?akteur=staff-7', { staff: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Zeitpunkt (UTC);Aktion;Aktion (technisch);Gegenstand;Akteur;Details');
    expect(lines).toHaveLength(1 + expected((e) => e.actor.sub === 'staff-7').length);
    expect(lines[1]).toContain('Referat.IIA3@mags.example.org');
    // Quotes in a cell are escaped, so the cell stays one text cell.
    expect(lines.find((l) => l.includes('HYPERLINK'))).toContain('"note: =HYPERLINK(""http://x"")"');
  });

  it('refuses bad filters with the parameter named, and viewers altogether', async () => {
    const reversed = await page('?von=2026-04-02&bis=2026-04-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error?.fields?.map((e) => e.field)).toEqual(['bis']);
    const badAction = await page('?aktion=DROP%20TABLE');
    expect(badAction.status).toBe(400);
    expect(badAction.body.error?.fields?.map((e) => e.field)).toEqual(['aktion']);
    expect((await page('?unbekannt=1')).status).toBe(400);
    expect((await page('', { viewer: true })).status).toBe(403);
    expect((await api('/api/audit/export', { viewer: true })).status).toBe(403);
    expect((await api('/api/audit', {})).status).toBe(401);
  });
});
