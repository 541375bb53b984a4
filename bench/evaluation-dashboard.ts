import { BatchWriteCommand, DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { AssessmentResult, AssessmentTexts } from '../functions/evaluation/assessment-result';
import { makeGetDashboard, makeGetTrends } from '../functions/evaluation/use-cases/get-dashboard';
import { HANDLUNGSFELDER } from '../functions/questionnaire/handlungsfelder';
import { MeasureStatus } from '../functions/self-assessment/questionnaire/definition';
import { QUESTIONNAIRES } from '../functions/self-assessment/questionnaire/versions';
import { makeDynamoStore } from '../functions/store/dynamo-store';
import { readModelPuts } from '../functions/store/evaluation-store';
import { KIND, TABLE } from '../functions/store/table-design';
import { localDynamoClient } from '../local/services';
import { TABLE_NAME } from '../local/system';
import { startBenchSystem } from './bench-system';
import { jobcenterOf, seeded } from './evaluation-seed';

/**
 * The dashboard and the trends of "Auswertung II" at scale: N synthetic Jobcenters × 3 years of
 * result items (what each submitted self-assessment writes: ratings, indicators, measure counts),
 * seeded into DynamoDB Local; then, interleaved, the raw Query of one year's results against the
 * dashboard use case of that year, and the raw Query of all results against the trends.
 */
const YEARS = [2025, 2026, 2027] as const;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

const resultOf = (i: number, year: number): AssessmentResult => {
  const random = seeded(7_919 * (i + 1) + year);
  const q =
    Object.values(QUESTIONNAIRES).find((x) => x.year === Math.max(2026, year)) ?? QUESTIONNAIRES['sb-2026'];
  const per = <T>(f: (hf: (typeof HANDLUNGSFELDER)[number]['id']) => T) =>
    Object.fromEntries(HANDLUNGSFELDER.map((h) => [h.id, f(h.id)])) as Record<
      (typeof HANDLUNGSFELDER)[number]['id'],
      T
    >;
  return {
    jobcenter: jobcenterOf(i),
    year,
    campaignId: `00000000-0000-4000-8000-00000000${year}`,
    fragebogen: q?.version ?? 'sb-2026',
    version: 1,
    receiptNumber: `SB-${year}-BENCH-${i}`,
    submittedAt: `${year}-03-01T10:00:00.000Z`,
    bewertung: per(() => 1 + Math.floor(random() * 5)),
    kennzahlen: per((hf) =>
      Object.fromEntries(
        (q?.sections.find((s) => s.hf === hf)?.indicators ?? []).map((x) => [
          x.id,
          Math.floor(random() * 100),
        ]),
      ),
    ),
    massnahmen: per(
      () =>
        Object.fromEntries(MeasureStatus.options.map((st) => [st, Math.floor(random() * 3)])) as Record<
          MeasureStatus,
          number
        >,
    ),
  };
};

export const dashboardBench = async ({ jobcenters = 5000, rounds = 20, warmup = 3, year = 2027 } = {}) => {
  process.env.LOG_LEVEL = 'ERROR';
  const system = await startBenchSystem();
  const client = localDynamoClient(system.urls.dynamodb);
  try {
    const doc = DynamoDBDocumentClient.from(client);
    const started = performance.now();
    const items = function* () {
      for (let i = 0; i < jobcenters; i++)
        for (const y of YEARS) {
          const result = resultOf(i, y);
          const { bewertung, kennzahlen, massnahmen, ...common } = result;
          const antworten = Object.fromEntries(
            HANDLUNGSFELDER.map((h) => [h.id, {}]),
          ) as AssessmentTexts['antworten'];
          const [put] = readModelPuts(TABLE_NAME, {
            measureSets: [],
            assessment: { result, texts: { ...common, antworten } },
          });
          if (put) yield put.Put.Item;
        }
    };
    const source = items();
    const worker = async () => {
      for (;;) {
        const batch: Record<string, unknown>[] = [];
        for (let n = 0; n < 25; n++) {
          const next = source.next();
          if (next.done) break;
          batch.push(next.value);
        }
        if (!batch.length) return;
        let requests = batch.map((Item) => ({ PutRequest: { Item } }));
        while (requests.length) {
          const out = await doc.send(new BatchWriteCommand({ RequestItems: { [TABLE_NAME]: requests } }));
          requests = (out.UnprocessedItems?.[TABLE_NAME] ?? []) as typeof requests;
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    console.log(
      `Seeded ${(jobcenters * YEARS.length).toLocaleString('en')} result items in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const store = makeDynamoStore({ client, tableName: TABLE_NAME });
    const dashboard = makeGetDashboard({ store, currentYear: () => year });
    const trends = makeGetTrends({ store });
    const raw = (prefix: string) => async () => {
      let rows = 0;
      for await (const page of paginateQuery(
        { client: doc },
        {
          TableName: TABLE_NAME,
          IndexName: 'listByKind',
          KeyConditionExpression: prefix ? '#k = :k AND begins_with(#s, :p)' : '#k = :k',
          ExpressionAttributeNames: {
            '#k': TABLE.indexes.listByKind.partitionKey,
            ...(prefix ? { '#s': TABLE.indexes.listByKind.sortKey } : {}),
          },
          ExpressionAttributeValues: { ':k': KIND.result, ...(prefix ? { ':p': prefix } : {}) },
        },
      ))
        rows += page.Items?.length ?? 0;
      return rows;
    };
    const variants = [
      { name: `raw Query, results of ${year}`, run: raw(`${year}#`) },
      {
        name: `dashboard ${year}`,
        run: async () => (await dashboard({ jahr: year })).bewertung[0]?.n ?? 0,
      },
      { name: 'raw Query, results of all years', run: raw('') },
      { name: 'trends (all years)', run: async () => (await trends()).jahre.reduce((n, y) => n + y.n, 0) },
    ];
    const samples = new Map(variants.map((v) => [v.name, [] as number[]]));
    const rows = new Map<string, number>();
    for (let r = 0; r < warmup + rounds; r++)
      for (const v of variants) {
        const t = performance.now();
        rows.set(v.name, await v.run());
        if (r >= warmup) samples.get(v.name)?.push(performance.now() - t);
      }
    const p95 = (name: string) =>
      percentile(
        [...(samples.get(name) ?? [])].sort((a, b) => a - b),
        0.95,
      );
    const table = variants.map((v, i) => {
      const sorted = [...(samples.get(v.name) ?? [])].sort((a, b) => a - b);
      const baseline = variants[i - (i % 2)]?.name ?? v.name;
      return {
        what: v.name,
        rows: rows.get(v.name),
        p50ms: Math.round(percentile(sorted, 0.5)),
        p95ms: Math.round(percentile(sorted, 0.95)),
        'p95 / raw p95': i % 2 ? (p95(v.name) / p95(baseline)).toFixed(2) : '–',
      };
    });
    return { table };
  } finally {
    await system.stop();
  }
};
