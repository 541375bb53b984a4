import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DynamoCall, startDynamoCallCounter } from '../../bench/dynamo-call-counter';
import { ATTENTION_LIMIT, PAGE_SIZE } from '../../functions/campaigns/use-cases/campaign-overview';
import { MAX_PAGE_ROUNDS } from '../../functions/store/campaign-view-store';
import type { CampaignOverview } from '../../web/src/api/schemas';
import { seedCampaign } from '../campaign-seed';
import { startApiHarness } from './api-harness';

/**
 * The campaign page's budgets, counted through the real SDK client against DynamoDB Local (a
 * counting proxy in between): a view of a campaign with 5,000 recipients answers with at most
 * 100 kB and makes the same DynamoDB calls, reading the same number of items, as one with 50; the
 * calls are a small constant, whatever the page's rows and their reminders.
 */
const MAX_BYTES = 100 * 1024;
/** Campaign and summary, at most MAX_PAGE_ROUNDS page queries, the stuck and the bounced ones. */
const MAX_CALLS = 2 + MAX_PAGE_ROUNDS + 2;
/** Rows of the first page (by Jobcenter id) that get reminders: odd ones are sent, not bounced. */
const REMINDED = ['jc-00001', 'jc-00003', 'jc-00005'];
/** Sent, unanswered and on the first page: after the last rule's reminder "silent after every reminder". */
const SILENT = 'jc-00009';
const operations = (calls: readonly DynamoCall[]) => calls.map((c) => c.operation).sort();

describe('campaign page budgets', () => {
  let counter: Awaited<ReturnType<typeof startDynamoCallCounter>>;
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let small: string;
  let large: string;

  beforeAll(async () => {
    counter = await startDynamoCallCounter(inject('dynamodbEndpoint'));
    h = await startApiHarness({ handlerDynamodbEndpoint: counter.endpoint });
    const table = {
      store: h.store,
      doc: DynamoDBDocumentClient.from(h.table.client),
      tableName: h.table.tableName,
    };
    small = (await seedCampaign(table, 50)).id;
    large = (await seedCampaign(table, 5000)).id;
    for (const id of [small, large])
      for (const jobcenterId of REMINDED)
        for (const [rule, at] of [
          ['T-14', '2027-03-17T08:00:00.000Z'],
          ['T-3', '2027-03-28T08:00:00.000Z'],
        ] as const)
          await h.store.claimReminder({
            campaignId: id,
            jobcenterId,
            rule,
            status: 'sent',
            at,
            trigger: 'schedule',
          });
    await h.store.claimReminder({
      campaignId: large,
      jobcenterId: SILENT,
      rule: 'T+7',
      status: 'sent',
      at: '2027-04-07T08:00:00.000Z',
      trigger: 'schedule',
    });
  }, 240_000);
  afterAll(async () => {
    await h?.stop();
    await counter?.close();
  });

  const view = async (id: string, query = '') => {
    const measured = await counter.measure(() => h.api(`/api/campaigns/${id}${query}`, { staff: true }));
    expect(measured.result.status, await measured.result.clone().text()).toBe(200);
    const text = await measured.result.text();
    return { ...measured, bytes: Buffer.byteLength(text), body: JSON.parse(text) as CampaignOverview };
  };

  it('a full page: ≤ 100 kB, and the same calls and items read for 50 and 5,000 recipients', async () => {
    const fifty = await view(small);
    const fiveThousand = await view(large);
    expect(fiveThousand.body.invitations).toHaveLength(PAGE_SIZE);
    expect(fiveThousand.bytes, `${fiveThousand.bytes} bytes, budget ${MAX_BYTES}`).toBeLessThanOrEqual(
      MAX_BYTES,
    );
    expect(operations(fiveThousand.calls)).toEqual(operations(fifty.calls));
    expect(fiveThousand.itemsRead.length).toBe(fifty.itemsRead.length);
    // No call per row: campaign, summary, one page query, the stuck sends (asked even with nothing
    // queued: a resend keeps its progress), the bounced ones.
    expect(operations(fiveThousand.calls), `budget ${MAX_CALLS}`).toEqual([
      'GetItem',
      'GetItem',
      'Query',
      'Query',
      'Query',
    ]);
    // The rows' reminders came with the page.
    for (const jobcenterId of REMINDED)
      expect(fiveThousand.body.invitations.find((r) => r.jobcenterId === jobcenterId)?.reminders).toEqual([
        { rule: 'T-14', status: 'sent', at: '2027-03-17T08:00:00.000Z', trigger: 'schedule' },
        { rule: 'T-3', status: 'sent', at: '2027-03-28T08:00:00.000Z', trigger: 'schedule' },
      ]);
  });

  it.each([
    ['status filter', '?status=draft'],
    ['LV and name filter', '?landschaftsverband=LWL&name=00'],
    ['a name that matches nothing', '?name=gibt-es-nicht'],
  ])('%s at 5,000: ≤ 100 kB and bounded calls and reads', async (_, query) => {
    const { bytes, calls, itemsRead } = await view(large, query);
    expect(bytes, `${bytes} bytes, budget ${MAX_BYTES}`).toBeLessThanOrEqual(MAX_BYTES);
    expect(calls.length, `${calls.length} calls, budget ${MAX_CALLS}`).toBeLessThanOrEqual(MAX_CALLS);
    expect(itemsRead.length).toBeLessThanOrEqual(2 + PAGE_SIZE * MAX_PAGE_ROUNDS + ATTENTION_LIMIT);
  });

  it('counts come from the summary; the status filter pages through exactly that status', async () => {
    const first = await view(large, '?status=draft');
    expect(first.body.summary.total).toBe(5000);
    expect(first.body.summary.counts).toMatchObject({
      bounced: 2500,
      draft: 500,
      submitted: 500,
      sent: 1000,
    });
    expect(first.body.summary.needsAttention).toBe(2500);
    expect(first.body.attention).toHaveLength(ATTENTION_LIMIT);
    const seen = new Set<string>();
    let page = first.body;
    for (let n = 0; n < 20 && page.invitations.length; n++) {
      for (const row of page.invitations) {
        expect(row.status).toBe('draft');
        seen.add(row.jobcenterId);
      }
      if (!page.page.next) break;
      page = (await view(large, `?status=draft&cursor=${page.page.next}`)).body;
    }
    expect(seen.size).toBe(Math.min(500, 20 * PAGE_SIZE));
    const names = first.body.invitations.map((r) => r.jobcenterName);
    expect(names).toEqual([...names].sort());
  });

  it('counts what needs attention for the whole campaign, the same on every page and filter', async () => {
    const full = (await view(large)).body;
    // The silent Jobcenter of this page is flagged and listed, but not counted: that count would
    // depend on the page.
    expect(full.invitations.find((r) => r.jobcenterId === SILENT)?.needsAttention).toBe(true);
    expect(full.attention).toContainEqual(
      expect.objectContaining({ jobcenterId: SILENT, reason: 'remindersExhausted' }),
    );
    const second = (await view(large, `?cursor=${full.page.next}`)).body;
    const filtered = (await view(large, '?status=draft')).body;
    expect([full, second, filtered].map((b) => b.summary.needsAttention)).toEqual([2500, 2500, 2500]);
  });

  it('filters by Landschaftsverband and part of the name', async () => {
    const { body } = await view(large, '?landschaftsverband=LWL&name=jobcenter%20001');
    expect(body.invitations.length).toBeGreaterThan(0);
    for (const row of body.invitations) {
      expect(row.landschaftsverband).toBe('LWL');
      expect(row.jobcenterName).toMatch(/^Jobcenter 001/);
    }
  });

  it('refuses a cursor of another campaign or a forged one', async () => {
    const other = (await view(small)).body.page.next ?? '';
    expect(other).not.toBe('');
    const refused = await h.api(`/api/campaigns/${large}?cursor=${other}`, { staff: true });
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { fields: { field: string }[] } };
    expect(error.fields.map((f) => f.field)).toEqual(['cursor']);
    const forged = Buffer.from(JSON.stringify({ pk: 'JOBCENTER#x', sk: 'PROFILE' })).toString('base64url');
    expect((await h.api(`/api/campaigns/${large}?cursor=${forged}`, { staff: true })).status).toBe(400);
  });
});
