import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { makeGetCampaignOverview, PAGE_SIZE } from '../functions/campaigns/use-cases/campaign-overview';
import { makeDynamoStore } from '../functions/store/dynamo-store';
import { keys } from '../functions/store/table-design';
import { localDynamoClient } from '../local/services';
import { TABLE_NAME } from '../local/system';
import { seedCampaign } from '../test/campaign-seed';
import { startBenchSystem } from './bench-system';
import { startDynamoCallCounter } from './dynamo-call-counter';
import { type Figure, percentile, ratio } from './figures';
import { staffAuthorization } from './staff-login';

/** The budget: one view of the campaign page answers with at most 100 kB. */
const MAX_BYTES = 100 * 1024;
/** Recipients of the large campaign; `CAMPAIGN_VIEW_RECIPIENTS=500` for a quick run. */
const recipients = () => Number(process.env.CAMPAIGN_VIEW_RECIPIENTS ?? 5000);

/**
 * The campaign page at scale: a running campaign with N recipients (5,000 by default) and one
 * with 50, seeded into DynamoDB Local. Per view: the DynamoDB calls and items read (the use case
 * through a counting proxy, bench/dynamo-call-counter.ts), against the view of 50 (budget: the
 * same); the response size through the local API (budget 100 kB); and the p95 of
 * `GET /api/campaigns/{id}` (first page, and filtered by status) interleaved with its baseline, a
 * raw Query of one page of 50 invitations. A long bench: `npm run bench -- campaign-view`.
 */
export const campaignViewBench = async (n = recipients(), rounds = 100): Promise<Figure[]> => {
  process.env.LOG_LEVEL = 'ERROR';
  const system = await startBenchSystem();
  const client = localDynamoClient(system.urls.dynamodb);
  const counter = await startDynamoCallCounter(system.urls.dynamodb);
  const counted = localDynamoClient(counter.endpoint);
  try {
    const doc = DynamoDBDocumentClient.from(client);
    const store = makeDynamoStore({ client, tableName: TABLE_NAME });
    const table = { store, doc, tableName: TABLE_NAME };
    const started = performance.now();
    const small = (await seedCampaign(table, 50)).id;
    const large = (await seedCampaign(table, n)).id;
    // stderr: stdout carries the figures to bench/run-all.ts.
    console.error(
      `Seeded ${(n + 50).toLocaleString('en')} invitations in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const overview = makeGetCampaignOverview({
      store: makeDynamoStore({ client: counted, tableName: TABLE_NAME }),
    });
    const reads = async (id: string) => {
      const { calls, itemsRead } = await counter.measure(() => overview(id));
      return { calls: calls.length, items: itemsRead.length };
    };
    const [fifty, many] = [await reads(small), await reads(large)];

    const auth = await staffAuthorization(system);
    const view = (query: string) => async () => {
      const res = await fetch(`${system.urls.app}/api/campaigns/${large}${query}`, { headers: auth });
      const body = await res.arrayBuffer();
      if (!res.ok) throw new Error(`campaign view ${query}: ${res.status}`);
      return body.byteLength;
    };
    const rawPage = () =>
      doc.send(
        new QueryCommand({
          TableName: TABLE_NAME,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.campaign(large).pk, ':prefix': keys.invitationPrefix },
          Limit: PAGE_SIZE,
        }),
      );
    const variants = [
      { name: 'first page', run: view('') },
      { name: 'status filter (draft)', run: view('?status=draft') },
    ];
    const figures: Figure[] = [
      {
        bench: 'campaign-view',
        what: `DynamoDB calls per view, ${n.toLocaleString('en')} recipients (${many.items} items read)`,
        value: `${many.calls} calls`,
        baseline: `${fifty.calls} calls at 50 (${fifty.items} items read)`,
        ratio: ratio(many.calls, fifty.calls),
        budget: { max: 1 },
      },
    ];
    for (const v of variants) {
      let bytes = 0;
      for (let i = 0; i < 10; i++) {
        bytes = await v.run();
        await rawPage();
      }
      const times: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < rounds; i++) {
        let t = performance.now();
        await rawPage();
        baseline.push(performance.now() - t);
        t = performance.now();
        await v.run();
        times.push(performance.now() - t);
      }
      const p95 = percentile(times, 0.95);
      const base = percentile(baseline, 0.95);
      figures.push(
        {
          bench: 'campaign-view',
          what: `response of one view, ${v.name}`,
          value: `${(bytes / 1024).toFixed(1)} kB`,
          baseline: `budget ${MAX_BYTES / 1024} kB`,
          ratio: ratio(bytes, MAX_BYTES),
          budget: { max: 1 },
        },
        {
          bench: 'campaign-view',
          what: `GET /api/campaigns/{id}, ${v.name}: p50 ${percentile(times, 0.5).toFixed(1)} ms`,
          value: `p95 ${p95.toFixed(1)} ms`,
          baseline: `raw Query of ${PAGE_SIZE} invitations p95 ${base.toFixed(1)} ms`,
          ratio: ratio(p95, base),
        },
      );
    }
    return figures;
  } finally {
    counted.destroy();
    client.destroy();
    await counter.close();
    await system.stop();
  }
};
