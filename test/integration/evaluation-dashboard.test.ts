import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dashboard, Trends } from '../../functions/evaluation/dashboard';
import type { TextAnswers } from '../../functions/evaluation/text-answers';
import type { JobcenterProfile } from '../../functions/evaluation/use-cases/get-jobcenter-profile';
import { HANDLUNGSFELDER } from '../../functions/questionnaire/handlungsfelder';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';
import type { Basis } from '../../functions/self-assessment/questionnaire/basis';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { fetchSentEmails } from '../../local/services';
import { campaignInput, completeSelfAssessment } from '../fixtures';
import { startApiHarness } from './api-harness';

/**
 * Auswertung II over HTTP on DynamoDB Local: 47 acceded Jobcenters, a 2026 and a 2027
 * self-assessment round (sb-2027 drops the HF6 indicator "netzwerktreffen" and adds
 * "digitale-angebote" in HF2). Every figure of the dashboard, the trends and the texts is
 * recomputed here from what was submitted.
 */
/** Jobcenters other test files submit for stay out of these rounds (the SES emulator is shared). */
const RESERVED = ['duesseldorf', 'bonn', 'essen', 'kreis-wesel'];
const ACCEDED = SEED_JOBCENTERS.filter((j) => !RESERVED.includes(j.id)).slice(0, 47);
const lvOf = new Map(SEED_JOBCENTERS.map((j) => [j.id, j.landschaftsverband]));
/** Per round: who only opens, who saves a draft, who submits. */
const ROUND = {
  'sb-2026': { invited: ACCEDED.slice(0, 12), opened: 2, drafted: 2, submitted: 8 },
  'sb-2027': { invited: ACCEDED.slice(0, 6), opened: 1, drafted: 0, submitted: 5 },
} as const;
const rating = (k: number, hf: number, year: number) => ((k + hf + year) % 5) + 1;
const indicator = (k: number, year: number) => 10 + k + (year - 2026) * 3;

type Submitted = { jobcenterId: string; k: number; year: number };

describe('Auswertung II: dashboard, trends, texts, profile and feedback over HTTP', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  const submitted: Submitted[] = [];
  const campaigns: Record<string, string> = {};

  const get = async <T>(path: string, viewer = false) => {
    const res = await h.api(path, viewer ? { viewer: true } : { staff: true });
    expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
    return (await res.json()) as T;
  };

  const round = async (version: 'sb-2026' | 'sb-2027') => {
    const plan = ROUND[version];
    const q = questionnaire(version);
    const subject = `${version} ${randomUUID()}`;
    const { id, tokens } = await h.launch(
      {
        ...campaignInput(subject),
        kind: 'selbstbewertung',
        title: q.title,
        fragebogen: version,
        recipients: { mode: 'auswahl', jobcenterIds: plan.invited.map((j) => j.id) },
      },
      subject,
    );
    campaigns[version] = id;
    for (const [k, j] of plan.invited.entries()) {
      if (k >= plan.opened + plan.drafted + plan.submitted) break; // invited only
      const session = await h.openSession(tokens.get(j.id));
      if (k < plan.opened) continue;
      const ctx = (await (await h.api('/api/form', { session })).json()) as {
        selfAssessment: { basis: Basis };
      };
      const draft = completeSelfAssessment(q, ctx.selfAssessment.basis, { indicator: indicator(k, q.year) });
      for (const [n, h0] of HANDLUNGSFELDER.entries()) {
        const section = draft.abschnitte?.[h0.id];
        if (!section) continue;
        section.bewertung = rating(k, n, q.year);
        section.antworten = {
          ...section.antworten,
          hindernisse: k % 2 === 0 ? `Hindernis ${j.id} ${h0.id}` : '',
        };
      }
      const saved = await h.api('/api/form/draft', {
        method: 'PUT',
        session,
        body: JSON.stringify({ version: 0, answers: draft }),
      });
      expect(saved.status, await saved.clone().text()).toBe(200);
      if (k < plan.opened + plan.drafted) continue;
      const res = await h.api('/api/form/submit', {
        method: 'POST',
        session,
        body: JSON.stringify({ draftVersion: 1 }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
      submitted.push({ jobcenterId: j.id, k, year: q.year });
    }
  };

  beforeAll(async () => {
    h = await startApiHarness();
    const header =
      'jobcenter_id;beigetreten_am;unterzeichnet_von;funktion;traeger_zugestimmt_am;gremium;veroeffentlichung;bemerkung';
    const csv = [header, ...ACCEDED.map((j) => `${j.id};01.06.2018;GF;;01.05.2018;;ja;`)].join('\n');
    const imported = await h.api('/api/accessions/import', {
      method: 'POST',
      staff: true,
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    await round('sb-2026');
    await round('sb-2027');
  }, 180_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('the 2026 funnel counts each stage, by Landschaftsverband', async () => {
    const d = await get<Dashboard>('/api/evaluation/dashboard?jahr=2026');
    const plan = ROUND['sb-2026'];
    const reached = { invited: 12, opened: 12, draft: 10, submitted: 8, confirmed: 0 };
    expect(Object.fromEntries(d.funnel.map((f) => [f.stufe, f.gesamt]))).toEqual(reached);
    const lvr = plan.invited.slice(0, 12).filter((j) => j.landschaftsverband === 'LVR').length;
    expect(d.funnel[0]?.jeLandschaftsverband).toEqual({ LVR: lvr, LWL: 12 - lvr });
    expect(d.fragebogen?.version).toBe('sb-2026');
  });

  it('ratings, indicators and measure statuses equal what was submitted', async () => {
    for (const year of [2026, 2027]) {
      const d = await get<Dashboard>(`/api/evaluation/dashboard?jahr=${year}`);
      const mine = submitted.filter((s) => s.year === year);
      for (const [n, hf] of HANDLUNGSFELDER.entries()) {
        const values = mine.map((s) => rating(s.k, n, year));
        const of = (lv: string) =>
          mine.filter((s) => lvOf.get(s.jobcenterId) === lv).map((s) => rating(s.k, n, year));
        const mean = (v: number[]) =>
          v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 100) / 100 : null;
        const row = d.bewertung.find((b) => b.hf === hf.id);
        expect(row, `${year} ${hf.id}`).toEqual({
          hf: hf.id,
          n: mine.length,
          verteilung: [1, 2, 3, 4, 5].map((v) => values.filter((x) => x === v).length),
          mittelNrw: mean(values),
          mittelLvr: mean(of('LVR')),
          mittelLwl: mean(of('LWL')),
        });
      }
      const q = questionnaire(`sb-${year}`);
      expect(d.kennzahlen).toHaveLength(q.sections.reduce((n, s) => n + s.indicators.length, 0));
      const first = d.kennzahlen.find((k) => k.hf === 'hf1');
      const values = mine.map((s) => indicator(s.k, year)); // the first indicator of each section gets the base value
      expect(first).toMatchObject({
        n: mine.length,
        summe: values.reduce((a, b) => a + b, 0),
        min: Math.min(...values),
        max: Math.max(...values),
      });
      // No measures in these Jobcenters' imported accessions, none added: the table is empty.
      expect(d.massnahmen.every((m) => m.gesamt === 0)).toBe(true);
    }
  });

  it('trends show each year with its own questionnaire: a dropped indicator only for the year that asked it', async () => {
    const t = await get<Trends>('/api/evaluation/trends');
    expect(t.jahre.map((y) => [y.jahr, y.n])).toEqual([
      [2026, 8],
      [2027, 5],
    ]);
    const dropped = t.kennzahlen.find((k) => k.id === 'netzwerktreffen');
    expect(dropped?.werte.map((w) => [w.jahr, w.gefragt, w.n])).toEqual([
      [2026, true, 8],
      [2027, false, 0],
    ]);
    const added = t.kennzahlen.find((k) => k.id === 'digitale-angebote');
    expect(added?.werte.map((w) => [w.jahr, w.gefragt])).toEqual([
      [2026, false],
      [2027, true],
    ]);
    const hf2 = t.jahre[1]?.bewertung.find((b) => b.hf === 'hf2');
    const mine = submitted.filter((s) => s.year === 2027).map((s) => rating(s.k, 1, 2027));
    expect(hf2?.mittelNrw).toBe(Math.round((mine.reduce((a, b) => a + b, 0) / mine.length) * 100) / 100);
  });

  it('gathers the free-text answers per question and exports them', async () => {
    const texts = await get<TextAnswers>(
      '/api/evaluation/texts?jahr=2026&handlungsfeld=hf3&frage=hindernisse',
    );
    const expected = submitted
      .filter((s) => s.year === 2026 && s.k % 2 === 0)
      .map((s) => `Hindernis ${s.jobcenterId} hf3`);
    expect(texts.antworten.map((a) => a.text).sort()).toEqual(expected.sort());
    expect(texts.fragen).toEqual([
      expect.objectContaining({ hf: 'hf3', id: 'hindernisse', anzahl: expected.length }),
    ]);
    const file = await h.api('/api/evaluation/texts/export?jahr=2026&frage=hindernisse&format=csv', {
      staff: true,
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/antworten-2026-hindernisse-/);
    expect((await file.text()).split('\r\n').filter(Boolean)).toHaveLength(1 + expected.length * 6);
  });

  it('answers bad filter values with a 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['/api/evaluation/dashboard?jahr=abc', 'jahr'],
      ['/api/evaluation/dashboard?kampagne=xyz', 'kampagne'],
      ['/api/evaluation/dashboard?foo=1', 'foo'],
      ['/api/evaluation/texts', 'jahr'],
      ['/api/evaluation/texts?jahr=2026&handlungsfeld=hf0', 'handlungsfeld'],
    ];
    for (const [path, param] of cases) {
      const res = await h.api(path, { staff: true });
      expect(res.status, path).toBe(400);
      expect(await res.text(), path).toContain(param);
    }
  });

  it('MAGS feedback is e-mailed once, kept with the version and shown to the Jobcenter', async () => {
    // A Jobcenter that answered both years.
    const target = submitted.find(
      (s) => s.year === 2027 && submitted.some((t) => t.year === 2026 && t.jobcenterId === s.jobcenterId),
    );
    if (!target) throw new Error('no 2027 submission');
    const path = `/api/campaigns/${campaigns['sb-2027'] ?? ''}/responses/${target.jobcenterId}/feedback`;
    const text = `Vielen Dank, ${randomUUID()}: Ihre Fortschritte im Handlungsfeld 2 sind beispielhaft.`;
    const tooShort = await h.api(path, {
      method: 'POST',
      staff: true,
      body: JSON.stringify({ version: 1, text: 'kurz' }),
    });
    expect(tooShort.status).toBe(400);
    const viewer = await h.api(path, {
      method: 'POST',
      viewer: true,
      body: JSON.stringify({ version: 1, text }),
    });
    expect(viewer.status).toBe(403);
    const notSubmitted = await h.api(path, {
      method: 'POST',
      staff: true,
      body: JSON.stringify({ version: 2, text }),
    });
    expect(notSubmitted.status).toBe(409);
    const sent = await h.api(path, {
      method: 'POST',
      staff: true,
      body: JSON.stringify({ version: 1, text }),
    });
    expect(sent.status, await sent.clone().text()).toBe(201);
    const again = await h.api(path, {
      method: 'POST',
      staff: true,
      body: JSON.stringify({ version: 1, text }),
    });
    expect(again.status).toBe(409);
    const mails = (await fetchSentEmails(inject('sesEndpoint'))).filter((m) => m.body.text?.includes(text));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.destination.to).toEqual([`geschaeftsfuehrung.${target.jobcenterId}@example.org`]);
    expect(mails[0]?.subject).toMatch(/^Rückmeldung des MAGS zu Ihrer Selbstbewertung/);

    const profile = await get<JobcenterProfile>(`/api/evaluation/jobcenters/${target.jobcenterId}`, true);
    expect(profile.jahre.map((y) => y.jahr)).toEqual([2026, 2027]);
    expect(profile.jahre[1]?.rueckmeldungen).toEqual([expect.objectContaining({ version: 1, text })]);
    expect(profile.jahre[0]?.kennzahlen.some((k) => k.id === 'netzwerktreffen')).toBe(true);
    expect(profile.jahre[1]?.kennzahlen.some((k) => k.id === 'netzwerktreffen')).toBe(false);
    expect(profile.beitritt?.source).toBe('import');
    // The MAGS response page reads it with the version (a viewer too).
    const detail = await get<{ rueckmeldungen: { version: number; text: string }[] }>(
      `/api/campaigns/${campaigns['sb-2027'] ?? ''}/responses/${target.jobcenterId}`,
      true,
    );
    expect(detail.rueckmeldungen).toEqual([expect.objectContaining({ version: 1, text })]);
  });

  it('a viewer reads the dashboard, trends, texts and profiles', async () => {
    for (const path of [
      '/api/evaluation/dashboard?jahr=2027',
      '/api/evaluation/trends',
      '/api/evaluation/texts?jahr=2027',
      `/api/evaluation/jobcenters/${ACCEDED[0]?.id ?? ''}`,
    ])
      await get(path, true);
    expect((await h.api('/api/evaluation/jobcenters/gibt-es-nicht', { staff: true })).status).toBe(404);
  });
});
