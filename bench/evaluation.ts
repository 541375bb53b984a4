import { parseArgs } from 'node:util';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import ExcelJS from 'exceljs';
import { MeasureSet } from '../functions/evaluation/measure-set';
import { makeExportMeasures } from '../functions/evaluation/use-cases/export-evaluation';
import { makeQueryMeasures } from '../functions/evaluation/use-cases/query-measures';
import type { HandlungsfeldId } from '../functions/questionnaire/handlungsfelder';
import { systemClock } from '../functions/shared/clock';
import { PayloadTooLargeError } from '../functions/shared/errors';
import type { EvaluationStore } from '../functions/shared/ports';
import { withoutKeys } from '../functions/store/dynamo-shared';
import { makeDynamoStore } from '../functions/store/dynamo-store';
import { KIND, keys, TABLE } from '../functions/store/table-design';
import { localDynamoClient } from '../local/services';
import { TABLE_NAME } from '../local/system';
import { startBenchSystem } from './bench-system';
import { seedMeasureSets, YEARS } from './evaluation-seed';
import { staffAuthorization } from './staff-login';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Sums the Content-Length of every DynamoDB response the client receives (wire bytes). */
const countResponseBytes = (client: DynamoDBClient) => {
  const counter = { bytes: 0 };
  client.middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      const headers = (out.response as { headers?: Record<string, string> }).headers ?? {};
      counter.bytes += Number(headers['content-length'] ?? 0);
      return out;
    },
    { step: 'deserialize', name: 'benchResponseBytes' },
  );
  return counter;
};

/** The size of the last workbook ExcelJS wrote, also when the use case then refuses it (413). */
const spyOnWorkbookSize = () => {
  const spy = { bytes: 0 };
  const xlsx = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as {
    writeBuffer: (...args: unknown[]) => Promise<ArrayBuffer>;
  };
  const original = xlsx.writeBuffer;
  xlsx.writeBuffer = async function (this: unknown, ...args: unknown[]) {
    const buffer = await original.apply(this, args);
    spy.bytes = buffer.byteLength;
    return buffer;
  };
  return spy;
};

type Sample = { ms: number; rows: number; bytes: number; note?: string };
/** `ok` or e.g. `500 ×4, ok ×4` (the local server answers 500 when the handler times out at 30 s). */
const statusOf = (list: Sample[]) => {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(s.note ?? 'ok', (counts.get(s.note ?? 'ok') ?? 0) + 1);
  return counts.size === 1 && counts.has('ok')
    ? 'ok'
    : [...counts].map(([note, n]) => `${note} ×${n}`).join(', ');
};
type Variant = { name: string; run: () => Promise<Omit<Sample, 'ms'>> };

export type EvaluationBenchOptions = { jobcenters?: number; rounds?: number; warmup?: number; year?: number };

/**
 * The measures table ("Auswertung") at scale: seeds N synthetic Jobcenters × 3 years of measure
 * sets into DynamoDB Local (the project's table bootstrap), then times, interleaved, the raw
 * Query of one year's sets, the measures-table request (use case in process, and through the
 * local HTTP server) and the XLSX export.
 */
export const evaluationBench = async ({
  jobcenters = 5000,
  rounds = 20,
  warmup = 3,
  year = 2027,
}: EvaluationBenchOptions = {}) => {
  process.env.LOG_LEVEL = 'ERROR';
  const system = await startBenchSystem();
  const client = localDynamoClient(system.urls.dynamodb);
  try {
    const wire = countResponseBytes(client);
    const doc = DynamoDBDocumentClient.from(client);
    const seedStart = performance.now();
    const seededCounts = await seedMeasureSets(doc, jobcenters);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(
      `Seeded ${seededCounts.sets.toLocaleString('en')} measure sets (${seededCounts.measures.toLocaleString('en')} measures; ${jobcenters.toLocaleString('en')} Jobcenters × ${YEARS.length} years × 6 Handlungsfelder) in ${seedSeconds.toFixed(1)} s (BatchWriteItem, 25 per call, 4 in parallel)`,
    );

    const store = makeDynamoStore({ client, tableName: TABLE_NAME });
    const workbook = spyOnWorkbookSize();
    const auth = await staffAuthorization(system);

    const rawQuery =
      (hf?: HandlungsfeldId, keep?: Record<string, unknown>[], pageMs?: number[]) =>
      async (): Promise<Omit<Sample, 'ms'>> => {
        wire.bytes = 0;
        let rows = 0;
        let pageStart = performance.now();
        for await (const page of paginateQuery(
          { client: doc },
          {
            TableName: TABLE_NAME,
            IndexName: 'listByKind',
            KeyConditionExpression: '#k = :k AND begins_with(#s, :p)',
            ExpressionAttributeNames: {
              '#k': TABLE.indexes.listByKind.partitionKey,
              '#s': TABLE.indexes.listByKind.sortKey,
            },
            ExpressionAttributeValues: { ':k': KIND.measureSet, ':p': keys.measureSetListPrefix(year, hf) },
          },
        )) {
          rows += page.Items?.length ?? 0;
          keep?.push(...(page.Items ?? []));
          pageMs?.push(performance.now() - pageStart);
          pageStart = performance.now();
        }
        return { rows, bytes: wire.bytes };
      };

    // The same items once more, held in memory: the use cases over a store without I/O show what
    // the code itself costs (parse, rows, filter, sort, count; ExcelJS), apart from DynamoDB Local.
    const items: Record<string, unknown>[] = [];
    let t = performance.now();
    const pageMs: number[] = [];
    await rawQuery(undefined, items, pageMs)();
    const [firstPages, lastPages] = [pageMs.slice(0, 3), pageMs.slice(-3)].map((l) =>
      l.map(Math.round).join(', '),
    );
    console.log(
      `Read ${items.length.toLocaleString('en')} items of ${year} in ${pageMs.length} Query pages (≤ 1 MB each) in ${((performance.now() - t) / 1000).toFixed(1)} s; first pages ${firstPages} ms, last pages ${lastPages} ms`,
    );
    const memoryStore: Pick<EvaluationStore, 'listMeasureSets'> = {
      listMeasureSets: async ({ hf }) =>
        items.filter((i) => !hf || i.hf === hf).map((i) => MeasureSet.parse(withoutKeys(i))),
    };

    const casesOver = (s: Pick<EvaluationStore, 'listMeasureSets'>) => {
      const query = makeQueryMeasures({ store: s, latestYear: () => year });
      const exportMeasures = makeExportMeasures({ store: s, clock: systemClock });
      return {
        table: async (): Promise<Omit<Sample, 'ms'>> => {
          const page = await query({ jahr: year });
          return { rows: page.counts.gesamt, bytes: Buffer.byteLength(JSON.stringify(page)) };
        },
        xlsx: (hf?: HandlungsfeldId) => async (): Promise<Omit<Sample, 'ms'>> => {
          const filter = { jahr: year, ...(hf ? { handlungsfeld: hf } : {}) };
          const rows = 0;
          try {
            return { rows, bytes: (await exportMeasures(filter, 'xlsx')).body.byteLength };
          } catch (e) {
            if (!(e instanceof PayloadTooLargeError)) throw e;
            return { rows, bytes: workbook.bytes, note: '413' };
          }
        },
        rowsOf: async (hf?: HandlungsfeldId) =>
          (await query({ jahr: year, ...(hf ? { handlungsfeld: hf } : {}) })).counts.gesamt,
      };
    };
    const real = casesOver(store);
    const inMemory = casesOver(memoryStore);

    const names = {
      raw: `raw Query ${year} (listByKind, all pages, no parsing)`,
      table: `measures table ${year}: makeQueryMeasures (page 1 + counts)`,
      http: `GET /api/evaluation/measures?jahr=${year} (local server)`,
      xlsx: `XLSX export ${year}, all Handlungsfelder (makeExportMeasures)`,
      tableCpu: `  same table, items already read (no I/O)`,
      xlsxCpu: `  same XLSX export, items already read (no I/O)`,
      rawHf1: `raw Query ${year} hf1`,
      xlsxHf1: `XLSX export ${year}, hf1 only`,
    };
    const variants: Variant[] = [
      { name: names.raw, run: rawQuery() },
      { name: names.table, run: real.table },
      {
        name: names.http,
        run: async () => {
          const res = await fetch(`${system.urls.app}/api/evaluation/measures?jahr=${year}`, {
            headers: auth,
          });
          const body = Buffer.from(await res.arrayBuffer());
          // A timeout (the local server gives a handler 30 s, AWS 25 s) is a figure too, not a crash.
          if (!res.ok) return { rows: 0, bytes: body.byteLength, note: String(res.status) };
          const page = JSON.parse(body.toString()) as { counts: { gesamt: number } };
          return { rows: page.counts.gesamt, bytes: body.byteLength };
        },
      },
      { name: names.xlsx, run: real.xlsx() },
      { name: names.tableCpu, run: inMemory.table },
      { name: names.xlsxCpu, run: inMemory.xlsx() },
    ];
    const rowCounts: Record<string, number> = {};
    rowCounts[names.xlsx] = rowCounts[names.xlsxCpu] = await inMemory.rowsOf();
    t = performance.now();
    const probe = await inMemory.xlsx()();
    console.error(
      `first export (no I/O): ${probe.note ?? 'ok'} (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
    if (probe.note === '413') {
      console.log(
        `The full-year export (${rowCounts[names.xlsx]?.toLocaleString('en')} rows) is refused with 413: the workbook has ${probe.bytes.toLocaleString('en')} bytes, ${(Math.ceil(probe.bytes / 3) * 4).toLocaleString('en')} as base64 (limit 5,242,880). Also measuring the export of one Handlungsfeld (hf1) and its raw Query.`,
      );
      variants.push(
        { name: names.rawHf1, run: rawQuery('hf1') },
        { name: names.xlsxHf1, run: real.xlsx('hf1') },
      );
      rowCounts[names.xlsxHf1] = await inMemory.rowsOf('hf1');
    }

    const samples = new Map<string, Sample[]>(variants.map((v) => [v.name, []]));
    for (let round = 0; round < warmup + rounds; round++) {
      // Interleaved, the order rotated each round so no variant always follows the same one.
      const progress: string[] = [];
      for (let k = 0; k < variants.length; k++) {
        const index = (round + k) % variants.length;
        const v = variants[index] as Variant;
        const t = performance.now();
        const out = await v.run();
        const ms = performance.now() - t;
        if (round >= warmup) samples.get(v.name)?.push({ ms, ...out });
        progress[index] = `${(ms / 1000).toFixed(1)} s${out.note ? ` (${out.note})` : ''}`;
      }
      console.error(
        `${round < warmup ? 'warm-up' : 'round'} ${round < warmup ? round + 1 : round - warmup + 1}: ${progress.join(' | ')}`,
      );
    }

    const p95Of = (name: string) =>
      percentile(
        (samples.get(name) ?? []).map((s) => s.ms).sort((a, b) => a - b),
        0.95,
      );
    const baselineOf: Record<string, string> = {
      [names.table]: names.raw,
      [names.http]: names.raw,
      [names.xlsx]: names.raw,
      [names.xlsxHf1]: names.rawHf1,
    };
    const isRaw = (name: string) => name === names.raw || name === names.rawHf1;
    const table = variants.map(({ name }) => {
      const list = samples.get(name) ?? [];
      const times = list.map((s) => s.ms).sort((a, b) => a - b);
      const last = list.at(-1);
      const baseline = baselineOf[name];
      return {
        measure: name,
        n: list.length,
        p50ms: Math.round(percentile(times, 0.5)),
        p95ms: Math.round(percentile(times, 0.95)),
        items: isRaw(name) ? (last?.rows ?? 0) : '',
        rows: isRaw(name) ? '' : (rowCounts[name] ?? last?.rows ?? 0),
        bytes: last?.bytes ?? 0,
        status: statusOf(list),
        // A p95 cut off by the handler timeout says nothing about the ratio.
        'p95 / p95 raw':
          baseline && list.every((s) => !s.note) ? +(p95Of(name) / p95Of(baseline)).toFixed(2) : '',
      };
    });
    return { seedSeconds: +seedSeconds.toFixed(1), ...seededCounts, table };
  } finally {
    client.destroy();
    await system.stop();
  }
};

/** `--jobcenters N --rounds N --warmup N` from the command line (also through `npm run bench`). */
export const evaluationOptions = (argv: string[]): EvaluationBenchOptions => {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { jobcenters: { type: 'string' }, rounds: { type: 'string' }, warmup: { type: 'string' } },
  });
  const num = (v: unknown) => (typeof v === 'string' ? Number(v) : undefined);
  return Object.fromEntries(
    Object.entries({
      jobcenters: num(values.jobcenters),
      rounds: num(values.rounds),
      warmup: num(values.warmup),
    }).filter(([, v]) => v !== undefined),
  );
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await evaluationBench(evaluationOptions(process.argv.slice(2)));
  console.table(result.table);
}
