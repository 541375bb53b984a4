import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DynamoCall, startDynamoCallCounter } from '../../bench/dynamo-call-counter';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';
import type { Basis } from '../../functions/self-assessment/questionnaire/basis';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { campaignInput, completeSelfAssessment } from '../fixtures';
import { startApiHarness } from './api-harness';

/**
 * Round-trip budgets of the Jobcenter's form requests, counted through the real SDK client against
 * DynamoDB Local (a counting proxy in between): at most 6 DynamoDB calls per request, no item read
 * twice in one request (asked for twice, found or not, or returned twice). A self-assessment in its
 * second year, so the basis has an accession and an earlier year to read, and an accession form.
 */
const MAX_CALLS = 6;
/** Not among the Jobcenters other test files submit for (the SES emulator is shared). */
const OWN_JOBCENTERS = SEED_JOBCENTERS.filter(
  (j) => !['duesseldorf', 'bonn', 'essen', 'kreis-wesel'].includes(j.id),
);
/** Has acceded (on paper) and assesses itself. */
const JOBCENTER = OWN_JOBCENTERS.at(-1)?.id ?? '';
/** Has not acceded: gets the accession form. */
const JOINING = OWN_JOBCENTERS.at(-2)?.id ?? '';

/** The calls with what each asked for and got back: the message of a failed budget. */
const summary = (calls: readonly DynamoCall[]) =>
  calls
    .map((c) => `${c.operation}(${[...new Set([...c.keysRequested, ...c.itemsRead])].join(' ')})`)
    .join(', ');
const duplicates = (keys: readonly string[]) => [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];

type Measured = Awaited<ReturnType<Awaited<ReturnType<typeof startDynamoCallCounter>>['measure']>>;
/** The budget of every form request: at most MAX_CALLS calls, no item read twice. */
const expectWithinBudget = (m: Measured) => {
  expect(m.calls.length, summary(m.calls)).toBeLessThanOrEqual(MAX_CALLS);
  expect(duplicates(m.itemsTouched), summary(m.calls)).toEqual([]);
};

describe('DynamoDB calls per form request', () => {
  let counter: Awaited<ReturnType<typeof startDynamoCallCounter>>;
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let session: string;

  const launch = async (version: 'sb-2026' | 'sb-2027') => {
    const subject = `${version} budget ${randomUUID()}`;
    const { tokens } = await h.launch(
      {
        ...campaignInput(subject),
        kind: 'selbstbewertung',
        title: questionnaire(version).title,
        fragebogen: version,
        recipients: { mode: 'auswahl', jobcenterIds: [JOBCENTER] },
      },
      subject,
    );
    return h.openSession(tokens.get(JOBCENTER));
  };
  const getForm = (s: string) => h.api('/api/form', { session: s });
  const saveDraft = (s: string, version: number, answers: unknown) =>
    h.api('/api/form/draft', { method: 'PUT', session: s, body: JSON.stringify({ version, answers }) });

  beforeAll(async () => {
    counter = await startDynamoCallCounter(inject('dynamodbEndpoint'));
    h = await startApiHarness({ handlerDynamodbEndpoint: counter.endpoint });
    const paper = await h.api('/api/accessions', {
      method: 'POST',
      staff: true,
      body: JSON.stringify({
        jobcenterId: JOBCENTER,
        beigetretenAm: '2018-05-15',
        unterzeichnung: { name: 'GF', funktion: 'Geschäftsführung' },
        traegerZugestimmtAm: '2018-05-01',
        veroeffentlichung: true,
        massnahmen: [{ handlungsfeld: 'hf1', titel: 'Aktionsplan', beginn: '2018-06', ende: '2019-12' }],
      }),
    });
    expect(paper.status, await paper.clone().text()).toBe(201);
    // 2026 answered and submitted, so 2027 starts from the accession and from 2026.
    const s2026 = await launch('sb-2026');
    const ctx = (await (await getForm(s2026)).json()) as { selfAssessment: { basis: Basis } };
    const answers2026 = completeSelfAssessment(questionnaire('sb-2026'), ctx.selfAssessment.basis);
    expect((await saveDraft(s2026, 0, answers2026)).status).toBe(200);
    const submitted = await h.api('/api/form/submit', {
      method: 'POST',
      session: s2026,
      body: JSON.stringify({ draftVersion: 1 }),
    });
    expect(submitted.status, await submitted.clone().text()).toBe(201);
    session = await launch('sb-2027');
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
    await counter?.close();
  });

  it(`GET /api/form (self-assessment, second year): at most ${MAX_CALLS} calls in 2 waves, no item read twice`, async () => {
    const measured = await counter.measure(() => getForm(session));
    const { result, calls, waves } = measured;
    expect(result.status).toBe(200);
    const body = (await result.json()) as { selfAssessment: { basis: Basis } };
    // The basis really was read: the accession's measure and the 2026 answers.
    expect(body.selfAssessment.basis.previous?.year).toBe(2026);
    expect(body.selfAssessment.basis.measures.some((m) => m.titel === 'Aktionsplan')).toBe(true);

    expectWithinBudget(measured);
    expect(waves, summary(calls)).toBeLessThanOrEqual(2);
  });

  it(`PUT /api/form/draft (self-assessment): at most ${MAX_CALLS} calls; after the first save no invitation write`, async () => {
    const ctx = (await (await getForm(session)).json()) as { selfAssessment: { basis: Basis } };
    const answers = completeSelfAssessment(questionnaire('sb-2027'), ctx.selfAssessment.basis);

    const first = await counter.measure(() => saveDraft(session, 0, answers));
    expect(first.result.status, await first.result.clone().text()).toBe(200);
    expectWithinBudget(first);
    // opened → draft with the campaign summary's counters: one transaction.
    expect(first.calls.map((c) => c.operation)).toContain('TransactWriteItems');

    const again = await counter.measure(() => saveDraft(session, 1, answers));
    expect(again.result.status).toBe(200);
    expect(again.calls.map((c) => c.operation).sort()).toEqual([
      'BatchGetItem',
      'GetItem',
      'PutItem',
      'Query',
    ]);
    expect(again.waves, summary(again.calls)).toBeLessThanOrEqual(3);
    expectWithinBudget(again);
    // The form still shows what was saved: only the autosave skips reading the draft.
    const shown = (await (await getForm(session)).json()) as { draft: { version: number } | null };
    expect(shown.draft?.version).toBe(2);
  });

  it(`GET /api/form and PUT /api/form/draft (accession form): at most ${MAX_CALLS} calls each, no item read twice`, async () => {
    const subject = `beitritt budget ${randomUUID()}`;
    const { tokens } = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: [JOINING] } },
      subject,
    );
    const joining = await h.openSession(tokens.get(JOINING));

    const form = await counter.measure(() => getForm(joining));
    expect(form.result.status, await form.result.clone().text()).toBe(200);
    expect(((await form.result.json()) as { campaign: { kind: string } }).campaign.kind).toBe('beitritt');
    expectWithinBudget(form);

    const answers = { geschaeftsfuehrung: { name: 'Dr. Maria Beispiel' } };
    const first = await counter.measure(() => saveDraft(joining, 0, answers));
    expect(first.result.status, await first.result.clone().text()).toBe(200);
    expectWithinBudget(first);
    const again = await counter.measure(() => saveDraft(joining, 1, answers));
    expect(again.result.status, await again.result.clone().text()).toBe(200);
    expectWithinBudget(again);
    const shown = (await (await getForm(joining)).json()) as { draft: { version: number } | null };
    expect(shown.draft?.version).toBe(2);
  });

  it('an invalid session token costs one read and nothing else', async () => {
    const unknown = 'A'.repeat(43);
    const { result, calls } = await counter.measure(() => getForm(unknown));
    expect(result.status).toBe(401);
    expect(calls.map((c) => c.operation)).toEqual(['GetItem']);
  });
});
