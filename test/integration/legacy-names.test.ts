import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateNames } from '../../functions/store/migrate-names';
import { KIND, keys } from '../../functions/store/table-design';
import { startApiHarness } from './api-harness';
import { campaignInput } from './helpers';

/**
 * Items written by the code before the naming rule (German campaign status, `formVersion`,
 * `questionnaireVersion`), put straight into DynamoDB Local, read correctly through the API; the
 * migration rewrites them to today's names, and a second run changes nothing.
 */
describe('items stored under the old names', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let doc: DynamoDBDocumentClient;
  let launchedId: string;
  let draftId: string;
  let session: string;
  const JC = 'kreis-kleve';

  const get = async (key: { pk: string; sk: string }) =>
    (await doc.send(new GetCommand({ TableName: h.table.tableName, Key: key, ConsistentRead: true }))).Item ??
    {};
  /** Rewrites a stored item as the old code wrote it. */
  const putOld = async (key: { pk: string; sk: string }, change: (item: Record<string, unknown>) => void) => {
    const item = await get(key);
    change(item);
    await doc.send(new PutCommand({ TableName: h.table.tableName, Item: item }));
  };
  const rename = (item: Record<string, unknown>, from: string, to: string) => {
    item[to] = item[from];
    delete item[from];
  };

  const source = {
    campaignId: 'c-2026',
    questionnaireVersion: 'sb-2026',
    version: 1,
    receiptNumber: 'SB-2026-KREIS-KLEVE-1',
    submittedAt: '2026-05-04T08:00:00.000Z',
  };
  const perHf = <T>(value: T) =>
    Object.fromEntries(['hf1', 'hf2', 'hf3', 'hf4', 'hf5', 'hf6'].map((hf) => [hf, value]));

  beforeAll(async () => {
    h = await startApiHarness();
    doc = DynamoDBDocumentClient.from(h.table.client);
    const subject = `Alte Namen ${Date.now()}`;
    const { id, tokens } = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: [JC] } },
      subject,
    );
    launchedId = id;
    session = await h.openSession(tokens.get(JC));
    const saved = await h.api('/api/form/draft', {
      method: 'PUT',
      session,
      body: JSON.stringify({ version: 0, answers: { geschaeftsfuehrung: { name: 'Alte Fassung' } } }),
    });
    expect(saved.status).toBe(200);
    const created = await h.api('/api/campaigns', {
      method: 'POST',
      staff: true,
      body: JSON.stringify(campaignInput(`Entwurf ${Date.now()}`)),
    });
    draftId = ((await created.json()) as { id: string }).id;

    // The old shapes, as the code before the rename stored them.
    await putOld(keys.campaign(launchedId), (i) => {
      i.status = 'gestartet';
    });
    await putOld(keys.campaign(draftId), (i) => {
      i.status = 'entwurf';
    });
    const draftKey = keys.draft(launchedId, JC);
    await putOld(draftKey, (i) => rename(i, 'fragebogen', 'formVersion'));
    const jobcenter = await h.store.getJobcenter(JC);
    const facts = {
      id: JC,
      name: jobcenter?.name,
      type: jobcenter?.type,
      landschaftsverband: jobcenter?.landschaftsverband,
      regierungsbezirk: jobcenter?.regierungsbezirk,
    };
    await doc.send(
      new PutCommand({
        TableName: h.table.tableName,
        Item: {
          ...keys.result(JC, 2026),
          ...keys.resultList(2026, facts.name ?? '', JC),
          entity: KIND.result,
          ...source,
          jobcenter: facts,
          year: 2026,
          bewertung: perHf(4),
          kennzahlen: perHf({}),
          massnahmen: perHf({ geplant: 0, 'in-umsetzung': 1, umgesetzt: 0, verstetigt: 0, aufgegeben: 0 }),
        },
      }),
    );
    await doc.send(
      new PutCommand({
        TableName: h.table.tableName,
        Item: {
          ...keys.measureSet(JC, 2026, 'hf1', 'selbstbewertung'),
          ...keys.measureSetList(2026, 'hf1', facts.name ?? '', JC, 'selbstbewertung'),
          entity: KIND.measureSet,
          jobcenter: facts,
          year: 2026,
          hf: 'hf1',
          source: { kind: 'selbstbewertung', ...source },
          recordedAt: source.submittedAt,
          measures: [],
        },
      }),
    );
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('reads them through the API with today’s names', async () => {
    const { items: campaigns } = (await (await h.api('/api/campaigns', { staff: true })).json()) as {
      items: { id: string; status: string }[];
    };
    const statusOf = (id: string) => campaigns.find((c) => c.id === id)?.status;
    expect([statusOf(launchedId), statusOf(draftId)]).toEqual(['launched', 'draft']);

    const form = await h.api('/api/form', { session });
    expect(form.status).toBe(200);
    const context = (await form.json()) as { fragebogen: string; draft: { answers: unknown } };
    expect(context.fragebogen).toBe('beitritt-2026');
    expect(context.draft.answers).toEqual({ geschaeftsfuehrung: { name: 'Alte Fassung' } });

    const profile = await h.api(`/api/evaluation/jobcenters/${JC}`, { staff: true });
    expect(profile.status).toBe(200);
    const { jahre } = (await profile.json()) as { jahre: { jahr: number; fragebogen: string }[] };
    expect(jahre).toMatchObject([{ jahr: 2026, fragebogen: 'sb-2026' }]);
    const [set] = await h.store.listMeasureSets({ year: 2026, hf: 'hf1' });
    expect(set?.source).toMatchObject({ kind: 'selbstbewertung', fragebogen: 'sb-2026' });
  });

  it('rewrites them once with the migration', async () => {
    const context = { doc, tableName: h.table.tableName };
    const first = await migrateNames(context);
    expect(first.rewritten).toBe(5);

    expect((await get(keys.campaign(launchedId))).status).toBe('launched');
    expect((await get(keys.campaign(draftId))).status).toBe('draft');
    const draft = await get(keys.draft(launchedId, JC));
    expect([draft.fragebogen, 'formVersion' in draft]).toEqual(['beitritt-2026', false]);
    const result = await get(keys.result(JC, 2026));
    expect([result.fragebogen, 'questionnaireVersion' in result]).toEqual(['sb-2026', false]);
    const set = await get(keys.measureSet(JC, 2026, 'hf1', 'selbstbewertung'));
    expect(set.source).toMatchObject({ fragebogen: 'sb-2026' });
    expect(set.source).not.toHaveProperty('questionnaireVersion');

    expect(await migrateNames(context)).toEqual({ scanned: first.scanned, rewritten: 0 });
    // The API reads the rewritten items as before.
    expect((await h.api('/api/form', { session })).status).toBe(200);
  });
});
