import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/api/routes';
import type { Role } from '../../functions/auth/principal';
import { startApiHarness } from './api-harness';

/**
 * The co-signatories read the evaluation within their scope: the LVR never sees a Jobcenter of
 * the LWL (nor the other way round) by any route, whatever the filter; the Regionaldirektion sees
 * all. Table-driven over the route table: every GET route is called with the other side's
 * Jobcenter in each path parameter and, for filters, with the other side's Landschaftsverband.
 */
type Harness = Awaited<ReturnType<typeof startApiHarness>>;

const LVR = { id: 'moenchengladbach', name: 'Mönchengladbach' };
const LWL = { id: 'muenster', name: 'Münster' };

const paperBody = (jobcenterId: string) => ({
  jobcenterId,
  beigetretenAm: '2018-04-15',
  unterzeichnung: { name: `GF ${jobcenterId}`, funktion: 'Geschäftsführung' },
  traegerZugestimmtAm: '2018-04-01',
  veroeffentlichung: true,
  massnahmen: [
    { handlungsfeld: 'hf1', titel: `Aktionsplan ${jobcenterId}`, beginn: '2018-06', ende: '2019-12' },
  ],
});

/** The path with each `{param}` filled: Jobcenter ids with `jobcenterId`, others with a dummy. */
const fill = (path: string, jobcenterId: string) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'id' || name === 'jobcenterId' ? jobcenterId : '00000000-0000-4000-8000-000000000000',
  );

describe('co-signatories read only what concerns them', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startApiHarness();
    for (const j of [LVR, LWL]) {
      const res = await h.api('/api/accessions', {
        method: 'POST',
        staff: true,
        body: JSON.stringify(paperBody(j.id)),
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }
  });
  afterAll(async () => {
    await h?.stop();
  });

  const get = (path: string, roles: Role[]) => h.api(path, { headers: h.bearerFor(roles) });

  const reads = ROUTES.filter((r) => r.method === 'GET' && r.access !== 'public' && r.access !== 'session');

  it.each([
    ['lvr', LVR, LWL],
    ['lwl', LWL, LVR],
  ] as const)('%s: no route hands out the other side’s Jobcenter', async (role, own, other) => {
    const otherLv = role === 'lvr' ? 'LWL' : 'LVR';
    let answered = 0;
    for (const route of reads) {
      for (const query of ['', `?landschaftsverband=${otherLv}&jahr=2018`, '?format=csv&jahr=2018']) {
        const res = await get(`${fill(route.path, other.id)}${query}`, [role]);
        const body = await res.text();
        expect([200, 400, 403, 404], `${route.id}${query}: ${res.status}`).toContain(res.status);
        if (res.status === 200) {
          answered += 1;
          expect(body, `${route.id}${query}`).not.toContain(other.id);
          expect(body, `${route.id}${query}`).not.toContain(other.name);
        }
      }
    }
    expect(answered).toBeGreaterThan(10);

    // Its own Jobcenter it does see: register, measures and profile.
    expect(await (await get('/api/evaluation/register', [role])).text()).toContain(own.name);
    expect(await (await get('/api/evaluation/measures?jahr=2018', [role])).text()).toContain(
      `Aktionsplan ${own.id}`,
    );
    expect((await get(`/api/evaluation/jobcenters/${own.id}`, [role])).status).toBe(200);
    expect((await get(`/api/evaluation/jobcenters/${other.id}`, [role])).status).toBe(404);
  });

  it('counts only its own area: the LVR register has 26 Jobcenters, the Regionaldirektion’s all 53', async () => {
    const count = async (roles: Role[]) =>
      ((await (await get('/api/evaluation/register', roles)).json()) as { rows: unknown[] }).rows.length;
    expect(await count(['lvr'])).toBe(26);
    expect(await count(['lwl'])).toBe(27);
    expect(await count(['regionaldirektion'])).toBe(53);
    const measures = await (await get('/api/evaluation/measures?jahr=2018', ['regionaldirektion'])).text();
    expect(measures).toContain(`Aktionsplan ${LVR.id}`);
    expect(measures).toContain(`Aktionsplan ${LWL.id}`);
  });

  it('reads nothing outside the evaluation: campaigns, registry and the audit log stay closed', async () => {
    for (const role of ['regionaldirektion', 'lvr', 'lwl'] as const)
      for (const path of ['/api/campaigns', '/api/jobcenters', '/api/registry/export', '/api/audit'])
        expect((await get(path, [role])).status, `${role} ${path}`).toBe(403);
  });
});
