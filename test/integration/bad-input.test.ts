import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_ACCESS, type RouteId } from '../../functions/api/route-access';
import { REPO_ROOT } from '../../local/system';
import { startApiHarness } from './api-harness';
import { type BadRequest, makeBadRequests, type WriteOperation } from './bad-input/bad-requests';
import type { OpenApiDoc } from './bad-input/schema-walk';
import { dumpTable } from './bad-input/table-dump';
import { campaignInput } from './helpers';

/**
 * Bad input generated from docs/openapi.json (property-based, fast-check) against every write
 * operation through the local server and the real handlers: wrong types, missing and extra
 * fields, oversize strings, control characters, prototype keys, wrong content types, malformed
 * JSON, bodies on action routes, garbage CSV. Every answer is a 4xx (never a 5xx) that names the
 * field at fault, and the table holds exactly what it held before. Krefeld is this file's
 * Jobcenter. NUM_RUNS bounds the run time (about 800 requests).
 */
const NUM_RUNS = 40;

const doc = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'openapi.json'), 'utf8')) as OpenApiDoc;

const WRITE_OPERATIONS: WriteOperation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, op]) => {
      const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      return { id: op.operationId, method: method.toUpperCase(), path, contentType, schema: media?.schema };
    }),
);

/** Link checks refuse a schema-valid unknown token uniformly (401), then rate-limit (429). */
const OTHER_4XX: Partial<Record<string, number[]>> = {
  openFormSession: [401, 429],
  getConsentByLink: [401, 429],
  changeConsentByLink: [401, 429],
  openRecordsSession: [401, 429],
};

describe('bad input generated from the OpenAPI document', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let params: Record<string, string>;
  let session: string;
  let before: string[];
  const subject = `Einladung ${randomUUID()}`;
  const badRequests = makeBadRequests(doc);

  beforeAll(async () => {
    h = await startApiHarness();
    const launched = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: ['krefeld', 'oberhausen'] } },
      subject,
    );
    // requestId: a privacy request that does not exist (its routes refuse bad input before looking).
    params = { campaignId: launched.id, jobcenterId: 'krefeld', id: 'krefeld', requestId: randomUUID() };
    session = await h.openSession(launched.tokens.get('krefeld'));
    before = await dumpTable(h.table.client, h.table.tableName);
  });
  afterAll(async () => {
    await h?.stop();
  });

  const authFor = (op: WriteOperation): Record<string, string> => {
    const access = ROUTE_ACCESS[op.id as RouteId];
    if (access === 'session') return { authorization: `Bearer ${session}` };
    return access === 'public' ? {} : h.staffHeaders;
  };
  const urlFor = (op: WriteOperation, overrides: Record<string, string> = {}) =>
    `${h.base}${op.path.replace(/\{(\w+)\}/g, (_m, name: string) => overrides[name] ?? params[name] ?? '')}`;

  const send = (op: WriteOperation, req: BadRequest, url = urlFor(op)) =>
    fetch(url, {
      method: op.method,
      headers: { ...authFor(op), ...(req.contentType === null ? {} : { 'content-type': req.contentType }) },
      body: Buffer.from(req.body, 'utf8'),
    });

  const names = (fields: { field: string }[] | undefined, field: string) =>
    (fields ?? []).some((f) => f.field === field || f.field.startsWith(`${field}.`));

  it('covers every write operation of the document', () => {
    expect(WRITE_OPERATIONS.map((o) => o.id).sort()).toEqual(
      Object.entries(ROUTE_ACCESS)
        .filter(([id]) => WRITE_OPERATIONS.some((o) => o.id === id))
        .map(([id]) => id)
        .sort(),
    );
    expect(WRITE_OPERATIONS.length).toBeGreaterThanOrEqual(19);
  });

  it.each(WRITE_OPERATIONS.map((o) => [o.id, o] as const))(
    '%s: a 4xx naming the field, never a 5xx',
    async (_id, op) => {
      await fc.assert(
        fc.asyncProperty(badRequests(op), async (req) => {
          const res = await send(op, req);
          const text = await res.text();
          const where = `${op.id} ${req.kind} ${req.field ?? ''}: ${res.status} ${text.slice(0, 300)}`;
          expect(res.status, where).toBeGreaterThanOrEqual(400);
          expect(res.status, where).toBeLessThan(500);
          if (req.kind === 'wrong content type') expect(res.status, where).toBe(415);
          if (res.status === 400 && op.contentType !== 'text/csv')
            expect(JSON.parse(text).error.fields?.length, where).toBeGreaterThan(0);
          if (req.field === undefined) return;
          if (res.status !== 400) {
            expect(OTHER_4XX[op.id] ?? [], where).toContain(res.status);
            return;
          }
          // Draft answers are checked against the campaign's form; its errors name the form field
          // (a prototype key is refused before that, with its full path).
          const fields = JSON.parse(text).error.fields;
          const field = op.id === 'saveDraft' ? req.field.replace(/^answers\./, '') : req.field;
          expect(names(fields, field) || names(fields, req.field), where).toBe(true);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    60_000,
  );

  it('answers bad path parameters with a 4xx', async () => {
    const withParams = WRITE_OPERATIONS.filter((o) => o.path.includes('{'));
    const badValue = fc.oneof(
      fc.constantFrom('%zz', '%', '..', '%2e%2e', '%00', '%0A', 'x'.repeat(2000), '__proto__', 'constructor'),
      fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withParams), badValue, async (op, value) => {
        const name = /\{(\w+)\}/.exec(op.path)?.[1] ?? '';
        const res = await send(
          op,
          { kind: 'path', body: '', contentType: 'application/json' },
          urlFor(op, { [name]: value }),
        );
        const where = `${op.id} ${name}=${value.slice(0, 40)}: ${res.status} ${(await res.text()).slice(0, 200)}`;
        expect(res.status, where).toBeGreaterThanOrEqual(400);
        expect(res.status, where).toBeLessThan(500);
      }),
      { numRuns: NUM_RUNS * 2 },
    );
  });

  it('changed nothing: the table dump is identical and no prototype was polluted', async () => {
    expect(await dumpTable(h.table.client, h.table.tableName)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
