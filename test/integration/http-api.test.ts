import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import { systemClock } from '../../functions/shared/clock';
import type { Store } from '../../functions/shared/ports';
import { createLocalHttpServer } from '../../local/http-server';
import { type LocalAuth, openLocalAuth } from '../../local/local-auth';
import { REPO_ROOT } from '../../local/system';
import { campaignInput, configureHandlers, freshTable } from './helpers';

/**
 * The real handlers behind the local API Gateway adapter, on DynamoDB Local and the SES emulator:
 * what the edge does with good and bad input, and that bad input never changes stored data.
 */
describe('HTTP API', () => {
  let server: Server;
  let base: string;
  let auth: LocalAuth;
  let store: Store;
  let admin: Record<string, string>;
  let viewer: Record<string, string>;

  beforeAll(async () => {
    const table = await freshTable();
    store = table.store;
    configureHandlers(table.tableName);
    await makeSeedRegistry({ store, clock: systemClock })();
    auth = openLocalAuth(join(mkdtempSync(join(tmpdir(), 'auth-')), 'auth.json'));
    server = createLocalHttpServer({
      root: REPO_ROOT,
      webDir: join(REPO_ROOT, 'web', 'dist'),
      auth,
      publicConfig: { auth: 'local' },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    admin = {
      authorization: `Bearer ${auth.issue({ sub: 'a1', email: 'a@mags.example.org', roles: ['admin'] })}`,
    };
    viewer = {
      authorization: `Bearer ${auth.issue({ sub: 'v1', email: 'v@mags.example.org', roles: ['viewer'] })}`,
    };
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const exportCsv = async () => (await fetch(`${base}/api/registry/export`, { headers: viewer })).text();
  const importCsv = (body: string, headers: Record<string, string> = admin, query = '') =>
    fetch(`${base}/api/registry/import${query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...headers },
      body,
    });

  it('GET /health answers liveness only; GET /api/health reports table, mailer and scheduler to staff', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/api/health`)).status).toBe(401);
    const detail = await fetch(`${base}/api/health`, { headers: viewer });
    expect(detail.status).toBe(200);
    expect(await detail.json()).toMatchObject({
      status: 'ok',
      components: { table: { status: 'ok' }, mailer: { status: 'ok' } },
      scheduler: { lastRunAt: null },
    });
  });

  it('lists Jobcenters for a viewer, with and without filter', async () => {
    const all = await (await fetch(`${base}/api/jobcenters`, { headers: viewer })).json();
    expect(all.count).toBe(53);
    const lwlGe = await (
      await fetch(`${base}/api/jobcenters?type=gE&landschaftsverband=LWL`, { headers: viewer })
    ).json();
    expect(lwlGe.items.every((j: { type: string }) => j.type === 'gE')).toBe(true);
    expect(lwlGe.count).toBe(15);
  });

  it('answers 401 without or with a forged token, 403 for a viewer on an admin route', async () => {
    expect((await fetch(`${base}/api/jobcenters`)).status).toBe(401);
    const forged = `${admin.authorization?.slice(0, -4)}AAAA`;
    expect((await fetch(`${base}/api/jobcenters`, { headers: { authorization: forged } })).status).toBe(401);
    const res = await importCsv(await exportCsv(), viewer);
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/Berechtigung/);
  });

  it('rejects unknown filters and wrong values with German field errors', async () => {
    const res = await fetch(`${base}/api/jobcenters?type=Jobcenter&bogus=1`, { headers: viewer });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'type' }),
        expect.objectContaining({ field: 'bogus', message: expect.stringContaining('bogus') }),
      ]),
    );
  });

  it('answers 404 for an unknown Jobcenter and 400 for a malformed id', async () => {
    expect((await fetch(`${base}/api/jobcenters/gibt-es-nicht`, { headers: viewer })).status).toBe(404);
    const bad = await fetch(`${base}/api/jobcenters/${encodeURIComponent('<script>')}`, { headers: viewer });
    expect(bad.status).toBe(400);
  });

  describe('registry import: bad input changes nothing', () => {
    const cases: [string, (csv: string) => string, number, RegExp][] = [
      ['a formula-like cell', (c) => c.replace('Stadt Bonn', '=CMD()'), 400, /Formeln/],
      ['a formula starting with @', (c) => c.replace('Stadt Bonn', '@SUM(A1)'), 400, /Formeln/],
      [
        'a broken e-mail address',
        (c) => c.replace('inklusion.bonn@example.org', 'inklusion.bonn'),
        400,
        /E-Mail/,
      ],
      ['a wrong type', (c) => c.replace('\nbonn;Bonn;gE;', '\nbonn;Bonn;GmbH;'), 400, /gE|zkT/],
      [
        'an unknown column',
        (c) => c.replace('vertretung_email', 'vertretung_email;passwort'),
        400,
        /Unbekannte Spalte/,
      ],
      ['a missing column', (c) => c.replace(';regierungsbezirk', ''), 400, /Spalte/],
      [
        'a gE without Agentur',
        (c) => c.replace(';Agentur für Arbeit (Bezirk Bonn);', ';;'),
        400,
        /zwei Träger/,
      ],
      ['an unterminated quote', (c) => c.replace('Stadt Bonn', '"Stadt Bonn'), 400, /Anführungszeichen/],
      ['an oversized file', (c) => `${c}x;${'a'.repeat(300 * 1024)}\r\n`, 413, /größer/],
      ['control characters', (c) => c.replace('Stadt Bonn', 'Stadt\u0007Bonn'), 400, /Steuerzeichen/],
      ['a 1 MB name', (c) => c.replace('Stadt Bonn', 'B'.repeat(200_000)), 400, /Höchstens/],
    ];
    it.each(cases)('%s', async (_name, mutate, status, message) => {
      const before = await exportCsv();
      const mutated = mutate(before);
      expect(mutated).not.toEqual(before);
      const res = await importCsv(mutated);
      expect(res.status).toBe(status);
      const body = await res.json();
      expect(JSON.stringify(body.error)).toMatch(message);
      if (status === 400)
        expect(body.error.fields[0]).toMatchObject({ row: expect.any(Number), field: expect.any(String) });
      expect(await exportCsv()).toBe(before);
    });

    it('names row and column of every error at once', async () => {
      const csv = await exportCsv();
      const lines = csv.split('\r\n');
      const bonnRow = lines.findIndex((l) => l.startsWith('bonn;')) + 1;
      const koelnRow = lines.findIndex((l) => l.startsWith('koeln;')) + 1;
      const res = await importCsv(
        csv
          .replace('geschaeftsfuehrung.bonn@example.org', '+49 228 1234')
          .replace('\nkoeln;Köln;gE;LVR;K;', '\nkoeln;Köln;gE;LVR;X;'),
      );
      const { error } = await res.json();
      expect(error.fields).toEqual([
        { row: bonnRow, field: 'hauptkontakt_email', message: expect.stringMatching(/Formeln/) },
        { row: koelnRow, field: 'regierungsbezirk', message: expect.any(String) },
      ]);
    });

    it('refuses a body that is not CSV', async () => {
      const res = await fetch(`${base}/api/registry/import`, {
        method: 'POST',
        headers: { ...admin, 'content-type': 'application/json' },
        body: '{"id":"bonn"}',
      });
      expect(res.status).toBe(415);
    });

    it('refuses an unknown query parameter', async () => {
      expect((await importCsv(await exportCsv(), admin, '?dryRun=maybe')).status).toBe(400);
    });
  });

  it('shows HTML in stored data only as data: JSON-encoded, never as markup', async () => {
    const csv = await exportCsv();
    const res = await importCsv(csv.replace('Stadt Bonn', '"<b onmouseover=""x()"">Bonn</b>"'));
    expect(res.status).toBe(200);
    const bonn = await (await fetch(`${base}/api/jobcenters/bonn`, { headers: viewer })).json();
    expect(bonn.traeger).toContainEqual({ kind: 'kommune', name: '<b onmouseover="x()">Bonn</b>' });
    const jsonRes = await fetch(`${base}/api/jobcenters/bonn`, { headers: viewer });
    expect(jsonRes.headers.get('content-type')).toMatch(/application\/json/);
    expect(jsonRes.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a sender name that looks like an address (create and update), naming the field; nothing stored', async () => {
    const send = (path: string, method: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...admin },
        body: JSON.stringify(body),
      });
    const input = campaignInput(`Absender ${Date.now()}`);
    const created = await send('/api/campaigns', 'POST', input);
    expect(created.status).toBe(201);
    const { id, version } = (await created.json()) as { id: string; version: number };
    const stored = await store.listCampaigns();

    for (const senderName of ['referat@mags.nrw.de', 'Referat II A 3 <a@b.example.org>', 'Referat >']) {
      for (const [field, res] of [
        ['senderName', await send('/api/campaigns', 'POST', { ...input, senderName })],
        [
          'campaign.senderName',
          await send(`/api/campaigns/${id}`, 'PUT', { version, campaign: { ...input, senderName } }),
        ],
      ] as const) {
        expect(res.status, senderName).toBe(400);
        const { error } = await res.json();
        expect(error.fields).toEqual([
          {
            field,
            message: expect.stringMatching(/^Bitte nur Name und Stelle als Absender .*ohne E-Mail-Adresse/),
          },
        ]);
      }
    }
    expect(await store.listCampaigns()).toEqual(stored);
  });

  it('serves the OpenAPI document generated from the route table', async () => {
    const doc = await (await fetch(`${base}/api/openapi.json`)).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/health', '/api/jobcenters', '/api/jobcenters/{id}', '/api/registry/import']),
    );
    expect(doc.components.schemas).toHaveProperty('Jobcenter');
  });

  it('records a heartbeat when the scheduled handler runs, visible in /api/health', async () => {
    const { handler } = await import('../../functions/scheduler/heartbeat-handler');
    const { lambdaContext } = await import('../../local/api-gateway-event');
    const run = await handler({}, lambdaContext('heartbeat'));
    const health = await (await fetch(`${base}/api/health`, { headers: viewer })).json();
    expect(health.scheduler.lastRunAt).toBe(run.at);
    expect(await store.lastSchedulerRun('heartbeat')).toBe(run.at);
  });
});
