import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  SelfAssessmentAnswers,
  SelfAssessmentDraft,
} from '../../functions/self-assessment/questionnaire/answers';
import type { Basis } from '../../functions/self-assessment/questionnaire/basis';
import { compareAssessments, yearOf } from '../../functions/self-assessment/questionnaire/report';
import { fetchSentEmails } from '../../local/services';
import { completeSelfAssessment, largestSelfAssessment } from '../fixtures';
import {
  type ApiHarness,
  DUESSELDORF_MEASURES,
  formHelpers,
  SB_2026,
  SB_2027,
  selfAssessmentCampaign,
  startWithCampaign2026,
} from './self-assessment-setup';

/**
 * The yearly self-assessment of one Jobcenter end to end over HTTP, on DynamoDB Local and the SES
 * emulator: prefilled from the accession (2026) and from the 2026 assessment (2027), bad input
 * rejected with nothing stored, concurrent saves, versions kept. The steps build on each other.
 */
describe('self-assessment (Selbstbewertung) over HTTP', () => {
  let h: ApiHarness;
  const subject2026 = `Selbstbewertung 2026 ${randomUUID()}`;
  const subject2027 = `Selbstbewertung 2027 ${randomUUID()}`;
  let campaign2026: { id: string; tokens: Map<string, string> };
  let session: string;
  const { form, save, submit } = formHelpers(() => h);

  beforeAll(async () => {
    ({ h, campaign2026, session } = await startWithCampaign2026(subject2026));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('opens prefilled from the accession: every declared measure, status "geplant" as the starting point', async () => {
    const ctx = await form(session);
    expect(ctx.fragebogen).toBe('sb-2026');
    expect(ctx.draft).toBeNull();
    const basis = ctx.selfAssessment?.basis;
    expect(basis?.previous).toBeNull();
    expect(basis?.measures.map((m) => [m.id, m.hf, m.quelle, m.vorjahr])).toEqual(
      DUESSELDORF_MEASURES.map((m) => [m.id, m.handlungsfeld, 'beitritt', 'geplant']),
    );
    expect(ctx.selfAssessment?.prefill.abschnitte?.hf2?.massnahmen).toEqual([
      { id: 'duesseldorf-standorte', titel: 'Prüfung aller Standorte auf Barrierefreiheit' },
    ]);
  });

  it('rejects bad input with a clear 400 naming the field, and stores nothing', async () => {
    const basis = (await form(session)).selfAssessment?.basis as Basis;
    const good = completeSelfAssessment(SB_2026, basis);
    const hf1 = good.abschnitte?.hf1 ?? {};
    const cases: [string, unknown, string, RegExp][] = [
      [
        'rating out of range',
        { ...good, abschnitte: { hf1: { ...hf1, bewertung: 7 } } },
        'abschnitte.hf1.bewertung',
        /1 bis 5/,
      ],
      [
        'unknown measure id',
        {
          ...good,
          abschnitte: { hf1: { ...hf1, massnahmen: [{ id: 'fremde-massnahme', status: 'umgesetzt' }] } },
        },
        'abschnitte.hf1.massnahmen.0.id',
        /nicht bekannt/,
      ],
      ['unknown questionnaire', { ...good, fragebogen: 'sb-1999' }, 'fragebogen', /gibt es nicht/],
      [
        "another year's questionnaire",
        { ...good, fragebogen: 'sb-2027' },
        'fragebogen',
        /nicht zu dieser Befragung/,
      ],
      [
        'oversize text',
        { ...good, abschnitte: { hf1: { ...hf1, antworten: { umgesetzt: 'x'.repeat(2001) } } } },
        'abschnitte.hf1.antworten.umgesetzt',
        /Höchstens 2000/,
      ],
      [
        'share above 100 %',
        { ...good, abschnitte: { hf2: { kennzahlen: { 'standorte-geprueft': 150 } } } },
        'abschnitte.hf2.kennzahlen.standorte-geprueft',
        /Höchstens 100/,
      ],
      [
        'indicator of another year',
        { ...good, abschnitte: { hf2: { kennzahlen: { 'digitale-angebote': 5 } } } },
        'abschnitte.hf2.kennzahlen.digitale-angebote',
        /.+/,
      ],
      [
        '"unchanged" without a previous year',
        { ...good, abschnitte: { hf1: { ...hf1, unveraendert: ['bewertung'] } } },
        'abschnitte.hf1.unveraendert.0',
        /keinen Vorjahreswert/,
      ],
      [
        'a draft too large for one item (every field within its limit)',
        largestSelfAssessment('ä'),
        '(Formular)',
        /zu umfangreich/,
      ],
    ];
    for (const [name, answers, field, message] of cases) {
      const res = await save(session, 0, answers);
      expect(res.status, name).toBe(400);
      const { error } = (await res.json()) as { error: { fields: { field: string; message: string }[] } };
      expect(
        error.fields.find((f) => f.field === field)?.message,
        `${name}: ${JSON.stringify(error.fields)}`,
      ).toMatch(message);
    }
    expect(await h.store.getDraft(campaign2026.id, 'duesseldorf')).toBeUndefined();
    expect((await h.store.getInvitation(campaign2026.id, 'duesseldorf'))?.progress).toBe('opened');
  });

  it('two concurrent saves: one wins, the other gets a conflict carrying the stored draft; nothing is lost', async () => {
    const prefill = (await form(session)).selfAssessment?.prefill as SelfAssessmentDraft;
    const withRating = (bewertung: number) => ({
      ...prefill,
      abschnitte: { ...prefill.abschnitte, hf1: { ...prefill.abschnitte?.hf1, bewertung } },
    });
    const [a, b] = await Promise.all([save(session, 0, withRating(2)), save(session, 0, withRating(4))]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 2 : 4;
    const conflict = (await (a.status === 409 ? a : b).json()) as {
      error: { message: string; current: { version: number; answers: SelfAssessmentDraft } };
    };
    expect(conflict.error.message).toMatch(/inzwischen gespeichert/);
    expect(conflict.error.current.version).toBe(1);
    expect(conflict.error.current.answers.abschnitte?.hf1?.bewertung).toBe(winner);
    expect((await h.store.getDraft(campaign2026.id, 'duesseldorf'))?.answers).toMatchObject({
      abschnitte: { hf1: { bewertung: winner } },
    });
    // The loser re-bases on the stored version and saves again: both edits are kept.
    const merged = {
      ...withRating(winner),
      abschnitte: { ...withRating(winner).abschnitte, hf6: { bewertung: 5 } },
    };
    expect((await save(session, 1, merged)).status).toBe(200);
    expect((await form(session)).draft?.version).toBe(2);
  });

  it('refuses to submit an incomplete assessment and names what is missing', async () => {
    const res = await submit(session, 2);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { fields: { field: string; message: string }[] } };
    expect(error.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining([
        'abschnitte.hf2.bewertung',
        'erledigt.hf2',
        'abschnitte.hf2.massnahmen.0.status',
      ]),
    );
    expect(await h.store.listSubmissions(campaign2026.id, 'duesseldorf')).toEqual([]);
  });

  it('submits versions: each kept with its questionnaire version; receipt to the Jobcenter, notice to MAGS', async () => {
    const basis = (await form(session)).selfAssessment?.basis as Basis;
    const first = completeSelfAssessment(SB_2026, basis, { status: 'in-umsetzung', rating: 2, indicator: 5 });
    // HF1's measure is given up; HF6 gets a new measure: both matter for next year.
    const answers: SelfAssessmentDraft = {
      ...first,
      abschnitte: {
        ...first.abschnitte,
        hf1: {
          ...first.abschnitte?.hf1,
          massnahmen: [{ id: 'duesseldorf-aktionsplan', titel: '', status: 'aufgegeben' }],
        },
        hf6: {
          ...first.abschnitte?.hf6,
          neueMassnahmen: [{ id: 'neu-inklusionslotsen', titel: 'Inklusionslotsen', status: 'in-umsetzung' }],
        },
      },
    };
    expect((await save(session, 2, answers)).status).toBe(200);
    const v1 = await submit(session, 3);
    expect(v1.status).toBe(201);
    expect(await v1.json()).toMatchObject({ version: 1, receiptNumber: 'SB-2026-DUESSELDORF-1' });

    const second = {
      ...answers,
      abschnitte: { ...answers.abschnitte, hf4: { ...answers.abschnitte?.hf4, bewertung: 4 } },
    };
    expect((await save(session, 3, second)).status).toBe(200);
    expect((await submit(session, 4)).status).toBe(201);

    const stored = await h.store.listSubmissions(campaign2026.id, 'duesseldorf');
    expect(stored.map((s) => [s.version, s.fragebogen])).toEqual([
      [1, 'sb-2026'],
      [2, 'sb-2026'],
    ]);
    const v2 = stored[1]?.answers as SelfAssessmentAnswers;
    // The server took the carried measure titles from the accession, not from the client.
    expect(v2.abschnitte.hf1.massnahmen).toEqual([
      { id: 'duesseldorf-aktionsplan', titel: 'Lokaler Aktionsplan Inklusion', status: 'aufgegeben' },
    ]);
    expect(v2.abschnitte.hf4.bewertung).toBe(4);
    expect(await h.store.getInvitation(campaign2026.id, 'duesseldorf')).toMatchObject({
      progress: 'submitted',
      submittedVersion: 2,
    });

    const mails = (await fetchSentEmails(inject('sesEndpoint'))).filter((m) =>
      m.subject.includes('SB-2026-DUESSELDORF-'),
    );
    expect(mails.map((m) => m.destination.to[0])).toEqual([
      'geschaeftsfuehrung.duesseldorf@example.org',
      'geschaeftsfuehrung.duesseldorf@example.org',
    ]);
    expect(mails[0]?.body.text).toContain('Lokaler Aktionsplan Inklusion');
    const notices = (await fetchSentEmails(inject('sesEndpoint'))).filter((m) =>
      m.subject.startsWith('Selbstbewertung 2026: Jobcenter Düsseldorf hat abgegeben'),
    );
    expect(notices).toHaveLength(2);

    // MAGS sees every version.
    const response = await h.api(`/api/campaigns/${campaign2026.id}/responses/duesseldorf`, { staff: true });
    const detail = (await response.json()) as { submissions: { version: number }[]; previousYear: unknown };
    expect(detail.submissions.map((s) => s.version)).toEqual([1, 2]);
    expect(detail.previousYear).toBeNull();
    // Self-assessments have no accession review step.
    expect(
      (
        await h.api(`/api/campaigns/${campaign2026.id}/responses/duesseldorf/confirm`, {
          method: 'POST',
          staff: true,
        })
      ).status,
    ).toBe(409);
  });

  it('2027 opens prefilled from the accession and the latest 2026 version; "unchanged" takes 2026 values', async () => {
    const campaign2027 = await h.launch(
      selfAssessmentCampaign(subject2027, 'sb-2027', ['duesseldorf']),
      subject2027,
    );
    const s2027 = await h.openSession(campaign2027.tokens.get('duesseldorf'));
    const ctx = await form(s2027);
    const basis = ctx.selfAssessment?.basis as Basis;
    expect(basis.previous).toMatchObject({
      year: 2026,
      version: 2,
      fragebogen: 'sb-2026',
      campaignId: campaign2026.id,
    });
    // Given-up HF1 measure gone; the others carry their 2026 status; the new HF6 measure carries over.
    expect(basis.measures.map((m) => [m.id, m.quelle, m.vorjahr])).toEqual([
      ...DUESSELDORF_MEASURES.filter((m) => m.id !== 'duesseldorf-aktionsplan').map((m) => [
        m.id,
        'beitritt',
        'in-umsetzung',
      ]),
      ['neu-inklusionslotsen', 'selbstbewertung', 'in-umsetzung'],
    ]);
    expect(ctx.selfAssessment?.prefill.abschnitte?.hf1?.massnahmen).toEqual([]);
    expect(ctx.selfAssessment?.prefill.abschnitte?.hf6?.massnahmen).toEqual([
      { id: 'duesseldorf-netzwerk', titel: 'Lokales Netzwerk mit Beratungsstellen' },
      { id: 'neu-inklusionslotsen', titel: 'Inklusionslotsen' },
    ]);

    const complete = completeSelfAssessment(SB_2027, basis, { rating: 3, indicator: 20, text: '2027' });
    const hf6 = complete.abschnitte?.hf6 ?? {};
    // 2027 asks every new measure for its period and target group (required) and funding (optional).
    const lotsen = { id: 'neu-lotsen-2027', titel: 'Lotsen für junge Menschen', status: 'geplant' as const };
    const details = {
      beginn: '2027-01',
      ende: '2027-12',
      zielgruppe: 'Junge Menschen unter 25 mit psychischen Beeinträchtigungen',
      mittelEuro: 12000,
      mittelHerkunft: 'ESF Plus',
    };
    const withNew = (measure: object): SelfAssessmentDraft => ({
      ...complete,
      abschnitte: {
        ...complete.abschnitte,
        hf2: { ...complete.abschnitte?.hf2, neueMassnahmen: [measure as typeof lotsen] },
      },
    });
    expect((await save(s2027, 0, withNew(lotsen))).status).toBe(200);
    const refused = await submit(s2027, 1);
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { fields: { field: string }[] } };
    expect(error.fields.map((f) => f.field)).toEqual([
      'abschnitte.hf2.neueMassnahmen.0.beginn',
      'abschnitte.hf2.neueMassnahmen.0.ende',
      'abschnitte.hf2.neueMassnahmen.0.zielgruppe',
    ]);
    const withDetails = withNew({ ...lotsen, ...details });
    const answers: SelfAssessmentDraft = {
      ...withDetails,
      abschnitte: {
        ...withDetails.abschnitte,
        // Confirmed unchanged: the typed values are replaced by 2026's.
        hf6: {
          ...hf6,
          bewertung: 1,
          kennzahlen: { ...hf6.kennzahlen, netzwerkpartner: 999 },
          unveraendert: [
            'bewertung',
            'kennzahlen.netzwerkpartner',
            'massnahmen.neu-inklusionslotsen',
            'antworten.umgesetzt',
          ],
        },
      },
    };
    expect((await save(s2027, 1, answers)).status).toBe(200);
    expect((await submit(s2027, 2)).status).toBe(201);
    const [stored] = await h.store.listSubmissions(campaign2027.id, 'duesseldorf');
    const a2027 = stored?.answers as SelfAssessmentAnswers;
    const a2026 = basis.previous?.answers as SelfAssessmentAnswers;
    expect(stored?.fragebogen).toBe('sb-2027');
    expect(a2027.abschnitte.hf2.neueMassnahmen).toEqual([{ ...lotsen, ...details }]);
    expect(a2027.abschnitte.hf6.bewertung).toBe(a2026.abschnitte.hf6.bewertung);
    expect(a2027.abschnitte.hf6.kennzahlen.netzwerkpartner).toBe(
      a2026.abschnitte.hf6.kennzahlen.netzwerkpartner,
    );
    expect(a2027.abschnitte.hf6.antworten.umgesetzt).toBe(a2026.abschnitte.hf6.antworten.umgesetzt);
    expect(a2027.abschnitte.hf6.massnahmen.find((m) => m.id === 'neu-inklusionslotsen')?.status).toBe(
      'in-umsetzung',
    );

    // 2027 dropped "Netzwerktreffen": the report still shows the 2026 answer beside it.
    const report = compareAssessments(yearOf(a2027), yearOf(a2026));
    const meetings = report.find((s) => s.hf === 'hf6')?.indicators.find((r) => r.id === 'netzwerktreffen');
    expect(meetings).toMatchObject({
      label: 'Anzahl der Netzwerktreffen im Jahr',
      previous: String(a2026.abschnitte.hf6.kennzahlen.netzwerktreffen),
      change: 'no-longer-asked',
    });
    expect(meetings?.current).toBeUndefined();
    const receipt = (await fetchSentEmails(inject('sesEndpoint'))).find((m) =>
      m.subject.includes('SB-2027-DUESSELDORF-1'),
    );
    expect(receipt?.body.text).toMatch(/Anzahl der Netzwerktreffen im Jahr[\s\S]*nicht mehr erfragt/);
    expect((receipt?.body.text ?? '').replace(/\s+/g, ' ')).toContain(
      'Zeitraum: 01/2027 bis 12/2027, Zielgruppe: Junge Menschen unter 25 mit psychischen Beeinträchtigungen, Mittel: 12.000 € (ESF Plus)',
    );
  });
});
