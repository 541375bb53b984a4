import { describe, expect, it } from 'vitest';
import type { AccessionAnswers } from '../../functions/questionnaire/accession-form';
import type { SelfAssessmentAnswers } from '../../functions/self-assessment/questionnaire/answers';
import { draftSchema } from '../../functions/self-assessment/questionnaire/answers';
import {
  type Basis,
  buildBasis,
  prefillDraft,
  previousValues,
} from '../../functions/self-assessment/questionnaire/basis';
import {
  applyUnchanged,
  basisErrors,
  checkAssessment,
  checkSection,
  sectionStatus,
} from '../../functions/self-assessment/questionnaire/check';
import { Questionnaire } from '../../functions/self-assessment/questionnaire/questionnaire-shape';
import { compareAssessments, yearOf } from '../../functions/self-assessment/questionnaire/report';
import { QUESTIONNAIRES, questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { completeSelfAssessment } from '../fixtures';

const SB_2026 = questionnaire('sb-2026');
const SB_2027 = questionnaire('sb-2027');

const accession: Pick<AccessionAnswers, 'massnahmen'> = {
  massnahmen: [
    { id: 'm-aktionsplan', handlungsfeld: 'hf1', titel: 'Aktionsplan', beginn: '2018-04', ende: '2019-12' },
    {
      id: 'm-standorte',
      handlungsfeld: 'hf2',
      titel: 'Standorte prüfen',
      beginn: '2018-04',
      ende: '2019-12',
    },
  ],
};

const answers2026 = (basis: Basis): SelfAssessmentAnswers => {
  const draft = completeSelfAssessment(SB_2026, basis, { rating: 2, indicator: 7 });
  const result = checkAssessment(SB_2026, draft, basis);
  if (!result.answers) throw new Error(JSON.stringify(result.errors));
  return result.answers;
};

/** A submitted self-assessment of `year`, as the basis reads it. */
const submitted = (year: number, answers: SelfAssessmentAnswers) => ({
  campaignId: `c-${year}`,
  year,
  fragebogen: answers.fragebogen,
  version: 1,
  submittedAt: `${year}-12-01T10:00:00.000Z`,
  receiptNumber: `SB-${year}`,
  answers,
});

describe('self-assessment questionnaires', () => {
  it('every published version is valid: six sections in order, 2–3 indicators, unique ids, sb-<year>', () => {
    for (const q of Object.values(QUESTIONNAIRES)) expect(Questionnaire.safeParse(q).success).toBe(true);
    expect(Object.keys(QUESTIONNAIRES)).toEqual(['sb-2026', 'sb-2027']);
    expect(SB_2027.sections.find((s) => s.hf === 'hf6')?.indicators.map((i) => i.id)).not.toContain(
      'netzwerktreffen',
    );
  });

  it('2027 changes exactly the indicators it names: one dropped and one added in HF2 and HF6', () => {
    const ids = (q: typeof SB_2026, hf: string) =>
      q.sections.find((s) => s.hf === hf)?.indicators.map((i) => i.id) ?? [];
    const changes = SB_2026.sections.map(({ hf }) => ({
      hf,
      dropped: ids(SB_2026, hf).filter((id) => !ids(SB_2027, hf).includes(id)),
      added: ids(SB_2027, hf).filter((id) => !ids(SB_2026, hf).includes(id)),
    }));
    expect(changes.filter((c) => c.dropped.length > 0 || c.added.length > 0)).toEqual([
      { hf: 'hf2', dropped: ['leichte-sprache'], added: ['digitale-angebote'] },
      { hf: 'hf6', dropped: ['netzwerktreffen'], added: ['kooperationsvereinbarungen'] },
    ]);
  });

  it('a draft must name this questionnaire; its questions only, with their limits', () => {
    const schema = draftSchema(SB_2026);
    expect(schema.safeParse({ fragebogen: 'sb-2026' }).success).toBe(true);
    expect(schema.safeParse({ fragebogen: 'sb-2027' }).success).toBe(false);
    expect(
      schema.safeParse({
        fragebogen: 'sb-2026',
        abschnitte: { hf2: { kennzahlen: { 'digitale-angebote': 1 } } },
      }).success,
    ).toBe(false);
    expect(
      schema.safeParse({
        fragebogen: 'sb-2026',
        abschnitte: { hf2: { kennzahlen: { 'standorte-geprueft': 101 } } },
      }).success,
    ).toBe(false);
    expect(
      schema.safeParse({ fragebogen: 'sb-2026', abschnitte: { hf4: { kennzahlen: { vermittlungen: 1.5 } } } })
        .success,
    ).toBe(false);
    expect(schema.safeParse({ fragebogen: 'sb-2026', abschnitte: { hf7: {} } }).success).toBe(false);
    expect(
      draftSchema(SB_2027).safeParse({
        fragebogen: 'sb-2027',
        abschnitte: { hf2: { kennzahlen: { 'digitale-angebote': 1 } } },
      }).success,
    ).toBe(true);
  });
});

describe('basis: what a year starts from', () => {
  it('first year: the accession measures, as planned; nothing from last year', () => {
    const basis = buildBasis({ accession });
    expect(basis.previous).toBeNull();
    expect(basis.measures.map((m) => [m.id, m.hf, m.quelle, m.vorjahr])).toEqual([
      ['m-aktionsplan', 'hf1', 'beitritt', 'geplant'],
      ['m-standorte', 'hf2', 'beitritt', 'geplant'],
    ]);
    expect(prefillDraft(SB_2026, basis).abschnitte?.hf2?.massnahmen).toEqual([
      { id: 'm-standorte', titel: 'Standorte prüfen' },
    ]);
    expect([...previousValues(basis, 'hf1')]).toEqual([['massnahmen.m-aktionsplan', 'geplant']]);
  });

  it('next year: last status per measure, new measures carried, given-up ones dropped', () => {
    const first = buildBasis({ accession });
    const a = answers2026(first);
    a.abschnitte.hf1.massnahmen = [{ id: 'm-aktionsplan', titel: 'Aktionsplan', status: 'aufgegeben' }];
    a.abschnitte.hf2.massnahmen = [{ id: 'm-standorte', titel: 'Standorte prüfen', status: 'umgesetzt' }];
    a.abschnitte.hf6.neueMassnahmen = [{ id: 'm-lotsen-01', titel: 'Lotsen', status: 'geplant' }];
    const basis = buildBasis({ accession, earlier: [submitted(2026, a)] });
    expect(basis.measures.map((m) => [m.id, m.quelle, m.vorjahr])).toEqual([
      ['m-standorte', 'beitritt', 'umgesetzt'],
      ['m-lotsen-01', 'selbstbewertung', 'geplant'],
    ]);
    const values = previousValues(basis, 'hf6');
    expect(values.get('bewertung')).toBe(2);
    expect(values.get('kennzahlen.netzwerkpartner')).toBe(7);
    expect(values.get('massnahmen.m-lotsen-01')).toBe('geplant');
  });
  it('a measure given up stays gone in later years, even when a later year does not mention it', () => {
    const first = buildBasis({ accession });
    const a2026 = answers2026(first);
    a2026.abschnitte.hf1.massnahmen = [{ id: 'm-aktionsplan', titel: 'Aktionsplan', status: 'aufgegeben' }];
    const basis2027 = buildBasis({ accession, earlier: [submitted(2026, a2026)] });
    const draft2027 = completeSelfAssessment(SB_2027, basis2027);
    const a2027 = checkAssessment(SB_2027, draft2027, basis2027).answers as SelfAssessmentAnswers;
    expect(a2027.abschnitte.hf1.massnahmen).toEqual([]);
    const basis2028 = buildBasis({ accession, earlier: [submitted(2026, a2026), submitted(2027, a2027)] });
    expect(basis2028.measures.map((m) => m.id)).toEqual(['m-standorte']);
    expect(basis2028.previous?.year).toBe(2027);
  });
});

describe('section checks and status', () => {
  const basis = buildBasis({ accession });
  const complete = completeSelfAssessment(SB_2026, basis);

  it('status: not started → in progress → done only when marked and complete', () => {
    expect(sectionStatus(SB_2026, 'hf2', prefillDraft(SB_2026, basis), basis)).toBe('not-started');
    const started = {
      fragebogen: 'sb-2026',
      abschnitte: { hf2: { bewertung: 3 } },
      erledigt: ['hf2' as const],
    };
    expect(sectionStatus(SB_2026, 'hf2', started, basis)).toBe('in-progress');
    expect(sectionStatus(SB_2026, 'hf2', { ...complete, erledigt: [] }, basis)).toBe('in-progress');
    expect(sectionStatus(SB_2026, 'hf2', complete, basis)).toBe('done');
  });

  it('names every missing answer, including a carried measure left out', () => {
    const { errors } = checkSection(SB_2026, 'hf2', { massnahmen: [], antworten: { umgesetzt: 'x' } }, basis);
    expect(errors.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'abschnitte.hf2.massnahmen',
        'abschnitte.hf2.bewertung',
        'abschnitte.hf2.kennzahlen.standorte-geprueft',
        'abschnitte.hf2.antworten.geplant',
      ]),
    );
    expect(errors.find((e) => e.field === 'abschnitte.hf2.massnahmen')?.message).toContain(
      'Standorte prüfen',
    );
  });

  it('a new measure may not reuse a carried id, and a catalogue entry must belong to the field', () => {
    const hf2 = complete.abschnitte?.hf2 ?? {};
    const clash = checkSection(
      SB_2026,
      'hf2',
      { ...hf2, neueMassnahmen: [{ id: 'm-aktionsplan', titel: 'x', status: 'geplant' }] },
      basis,
    );
    expect(clash.errors.map((e) => e.message)).toContain('Diese Kennung ist bereits vergeben.');
    const wrongField = checkSection(
      SB_2026,
      'hf2',
      {
        ...hf2,
        neueMassnahmen: [{ id: 'm-neu-0001', katalogId: 'hf6-inklusionstag', titel: 'x', status: 'geplant' }],
      },
      basis,
    );
    expect(wrongField.errors.map((e) => e.field)).toContain('abschnitte.hf2.neueMassnahmen');
  });

  it('"unchanged" answers take last year\'s value, whatever was typed', () => {
    const previous = new Map<string, unknown>([
      ['bewertung', 4],
      ['kennzahlen.schulungen', 12],
      ['antworten.geplant', 'Mehr Kurse'],
    ]);
    const applied = applyUnchanged(
      {
        bewertung: 1,
        kennzahlen: { schulungen: 99 },
        antworten: { geplant: 'anders' },
        unveraendert: ['bewertung', 'kennzahlen.schulungen', 'antworten.geplant'],
      },
      previous,
    );
    expect(applied).toMatchObject({
      bewertung: 4,
      kennzahlen: { schulungen: 12 },
      antworten: { geplant: 'Mehr Kurse' },
    });
  });
});

describe('rules across sections and years', () => {
  const basis = buildBasis({ accession });
  const complete = completeSelfAssessment(SB_2026, basis);
  const newMeasure = (id: string) => ({ id, titel: 'Neu', status: 'geplant' as const });

  it('a new measure id may appear in one Handlungsfeld only', () => {
    const draft = {
      ...complete,
      abschnitte: {
        ...complete.abschnitte,
        hf3: { ...complete.abschnitte?.hf3, neueMassnahmen: [newMeasure('m-doppelt-01')] },
        hf4: { ...complete.abschnitte?.hf4, neueMassnahmen: [newMeasure('m-doppelt-01')] },
      },
    };
    expect(checkAssessment(SB_2026, draft, basis).errors).toEqual([
      { field: 'abschnitte.hf4.neueMassnahmen.0.id', message: 'Diese Kennung ist bereits vergeben.' },
    ]);
  });

  it("at most the questionnaire's number of new measures per Handlungsfeld", () => {
    const many = Array.from({ length: SB_2026.maxNewMeasures + 1 }, (_, i) =>
      newMeasure(`m-neu-${String(i).padStart(4, '0')}`),
    );
    const { errors } = checkSection(
      SB_2026,
      'hf3',
      { ...complete.abschnitte?.hf3, neueMassnahmen: many },
      basis,
    );
    expect(errors.map((e) => e.message)).toContain(
      `Höchstens ${SB_2026.maxNewMeasures} neue Maßnahmen je Handlungsfeld.`,
    );
    expect(
      draftSchema(SB_2026).safeParse({ fragebogen: 'sb-2026', abschnitte: { hf3: { neueMassnahmen: many } } })
        .success,
    ).toBe(false);
  });

  it('cannot confirm as unchanged what this year no longer asks', () => {
    const a2026 = answers2026(basis);
    const b2027 = buildBasis({
      accession,
      earlier: [submitted(2026, a2026)],
    });
    expect(basisErrors(SB_2027, 'hf6', { unveraendert: ['kennzahlen.netzwerktreffen'] }, b2027)).toEqual([
      { field: 'abschnitte.hf6.unveraendert.0', message: 'Diese Angabe wird in diesem Jahr nicht erfragt.' },
    ]);
    expect(basisErrors(SB_2027, 'hf6', { unveraendert: ['kennzahlen.netzwerkpartner'] }, b2027)).toEqual([]);
  });
});

describe('comparison against last year', () => {
  it("reads each year with its own questionnaire: dropped questions keep last year's answer, new ones have none", () => {
    const basis = buildBasis({ accession });
    const a2026 = answers2026(basis);
    const b2027 = buildBasis({
      accession,
      earlier: [submitted(2026, a2026)],
    });
    const draft = completeSelfAssessment(SB_2027, b2027, { rating: 3, indicator: 7 });
    const a2027 = checkAssessment(SB_2027, draft, b2027).answers as SelfAssessmentAnswers;
    const report = compareAssessments(yearOf(a2027), yearOf(a2026));
    const hf6 = report.find((s) => s.hf === 'hf6');
    expect(hf6?.indicators.find((r) => r.id === 'netzwerktreffen')).toMatchObject({
      previous: '8',
      change: 'no-longer-asked',
    });
    expect(hf6?.indicators.find((r) => r.id === 'kooperationsvereinbarungen')).toMatchObject({
      current: '8',
      change: 'new',
    });
    expect(hf6?.indicators.find((r) => r.id === 'netzwerkpartner')).toMatchObject({
      current: '7',
      previous: '7',
      change: 'unchanged',
    });
    expect(hf6?.rating).toMatchObject({
      current: '3 – Auf gutem Weg',
      previous: '2 – Erste Schritte',
      change: 'changed',
    });
    // Reworded question: this year's wording, last year's answer beside it.
    expect(hf6?.questions.find((r) => r.id === 'geplant')?.label).toBe(
      'Welche nächsten Schritte planen Sie?',
    );
    expect(report.find((s) => s.hf === 'hf2')?.measures[0]).toMatchObject({
      label: 'Standorte prüfen',
      current: 'in Umsetzung',
      previous: 'in Umsetzung',
    });
  });
});
