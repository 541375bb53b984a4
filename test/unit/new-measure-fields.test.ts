import { describe, expect, it } from 'vitest';
import {
  draftSchema,
  type SectionDraft,
  type SelfAssessmentAnswers,
} from '../../functions/self-assessment/questionnaire/answers';
import { buildBasis } from '../../functions/self-assessment/questionnaire/basis';
import { checkAssessment, checkSection } from '../../functions/self-assessment/questionnaire/check';
import {
  measureDetailsText,
  newMeasureDetailsById,
} from '../../functions/self-assessment/questionnaire/measure-details';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import {
  parseEuro,
  type SelfAssessmentInput,
  toSavableSelfAssessment,
} from '../../web/src/flows/self-assessment';
import { describePath, fieldId } from '../../web/src/flows/self-assessment-labels';
import { completeSelfAssessment } from '../fixtures';

/**
 * What sb-2027 asks of every new measure beyond title, description and stage (period, target
 * group, funding) and what sb-2026 does not ask: the API's checks, the browser's field ids and
 * names for them, and the text every view shows.
 */
const SB_2026 = questionnaire('sb-2026');
const SB_2027 = questionnaire('sb-2027');
const basis = buildBasis({});
const at = (leaf: string) => `abschnitte.hf2.neueMassnahmen.0.${leaf}`;

const complete2027 = {
  id: 'm-lotsen-2027',
  titel: 'Inklusionslotsen',
  status: 'in-umsetzung' as const,
  beginn: '2027-01',
  ende: '2027-12',
  zielgruppe: 'Junge Menschen unter 25 mit psychischen Beeinträchtigungen',
  mittelEuro: 12000,
  mittelHerkunft: 'ESF Plus',
};

/** HF 2 of a complete self-assessment with these new measures. */
const hf2With = (q: typeof SB_2027, neueMassnahmen: unknown[]): SectionDraft => ({
  ...completeSelfAssessment(q, basis).abschnitte?.hf2,
  neueMassnahmen: neueMassnahmen as SectionDraft['neueMassnahmen'],
});
const errorsOf = (q: typeof SB_2027, measure: Record<string, unknown>) =>
  checkSection(q, 'hf2', hf2With(q, [measure]), basis).errors;

describe('new measures in sb-2027: period, target group, funding', () => {
  it('refuses a new measure without period and target group, naming each field', () => {
    const { beginn: _b, ende: _e, zielgruppe: _z, ...without } = complete2027;
    expect(errorsOf(SB_2027, without)).toEqual([
      { field: at('beginn'), message: 'Bitte den Beginn angeben (Monat).' },
      { field: at('ende'), message: 'Bitte das voraussichtliche Ende angeben (Monat).' },
      { field: at('zielgruppe'), message: 'Bitte die Zielgruppe der Maßnahme angeben.' },
    ]);
    // A blank target group counts as none.
    expect(errorsOf(SB_2027, { ...complete2027, zielgruppe: '   ' })).toEqual([
      { field: at('zielgruppe'), message: 'Bitte die Zielgruppe der Maßnahme angeben.' },
    ]);
  });

  it('names every missing field at once, also when title and stage are missing too', () => {
    expect(errorsOf(SB_2027, { id: 'm-lotsen-2027', titel: '' }).map((e) => e.field)).toEqual([
      at('titel'),
      at('status'),
      at('beginn'),
      at('ende'),
      at('zielgruppe'),
    ]);
  });

  it('refuses an end before the start and a month in another format', () => {
    expect(errorsOf(SB_2027, { ...complete2027, beginn: '2027-06', ende: '2027-05' })).toEqual([
      { field: at('ende'), message: 'Das Ende darf nicht vor dem Beginn liegen.' },
    ]);
    expect(errorsOf(SB_2027, { ...complete2027, beginn: '2027-06', ende: '2027-06' })).toEqual([]);
    expect(errorsOf(SB_2027, { ...complete2027, beginn: '01.2027' })).toEqual([
      { field: at('beginn'), message: 'Bitte als Monat im Format JJJJ-MM angeben.' },
    ]);
  });

  it('refuses a negative, fractional or too large amount; the funding stays optional', () => {
    expect(errorsOf(SB_2027, { ...complete2027, mittelEuro: -1 })).toEqual([
      { field: at('mittelEuro'), message: 'Der Betrag darf nicht negativ sein.' },
    ]);
    expect(errorsOf(SB_2027, { ...complete2027, mittelEuro: 12000.5 })).toEqual([
      { field: at('mittelEuro'), message: 'Bitte einen Betrag in ganzen Euro angeben.' },
    ]);
    expect(errorsOf(SB_2027, { ...complete2027, mittelEuro: 100_000_001 })).toEqual([
      { field: at('mittelEuro'), message: 'Höchstens 100.000.000 Euro.' },
    ]);
    expect(errorsOf(SB_2027, { ...complete2027, mittelEuro: '12.000' })).toEqual([
      { field: at('mittelEuro'), message: 'Bitte einen Betrag in Euro angeben.' },
    ]);
    const { mittelEuro: _m, mittelHerkunft: _h, ...unfunded } = complete2027;
    expect(errorsOf(SB_2027, unfunded)).toEqual([]);
    expect(errorsOf(SB_2027, { ...complete2027, mittelEuro: 0 })).toEqual([]);
  });

  it('accepts a complete new measure and keeps every field in the submission', () => {
    const draft = completeSelfAssessment(SB_2027, basis);
    const abschnitte = draft.abschnitte ?? {};
    const result = checkAssessment(
      SB_2027,
      { ...draft, abschnitte: { ...abschnitte, hf2: hf2With(SB_2027, [complete2027]) } },
      basis,
    );
    expect(result.errors).toEqual([]);
    expect(result.answers?.abschnitte.hf2.neueMassnahmen).toEqual([complete2027]);
  });

  it('next year, the measure carries its period, target group and funding', () => {
    const draft = completeSelfAssessment(SB_2027, basis);
    const answers = checkAssessment(
      SB_2027,
      { ...draft, abschnitte: { ...draft.abschnitte, hf2: hf2With(SB_2027, [complete2027]) } },
      basis,
    ).answers as SelfAssessmentAnswers;
    const next = buildBasis({
      earlier: [
        {
          campaignId: 'c-2027',
          year: 2027,
          fragebogen: 'sb-2027',
          version: 1,
          submittedAt: '2027-12-01T10:00:00.000Z',
          receiptNumber: 'SB-2027',
          answers,
        },
      ],
    });
    expect(next.measures).toEqual([
      {
        id: 'm-lotsen-2027',
        hf: 'hf2',
        titel: 'Inklusionslotsen',
        quelle: 'selbstbewertung',
        vorjahr: 'in-umsetzung',
        beginn: '2027-01',
        ende: '2027-12',
        zielgruppe: 'Junge Menschen unter 25 mit psychischen Beeinträchtigungen',
        mittelEuro: 12000,
        mittelHerkunft: 'ESF Plus',
      },
    ]);
  });

  it('sb-2026 does not ask them: refused in the submission and in a draft', () => {
    const { beginn: _b, ende: _e, mittelEuro: _m, mittelHerkunft: _h, ...withTarget } = complete2027;
    expect(errorsOf(SB_2026, withTarget)).toEqual([
      { field: at('zielgruppe'), message: 'Diese Angabe wird in diesem Fragebogen nicht erfragt.' },
    ]);
    const { zielgruppe: _z, ...plain } = withTarget;
    expect(errorsOf(SB_2026, plain)).toEqual([]);
    expect(
      draftSchema(SB_2026).safeParse({
        fragebogen: 'sb-2026',
        abschnitte: { hf2: { neueMassnahmen: [{ id: 'm-lotsen-2027', beginn: '2027-01' }] } },
      }).success,
    ).toBe(false);
  });

  it('a draft takes any part of a 2027 new measure, but not an end before the start', () => {
    const draft = (measure: Record<string, unknown>) =>
      draftSchema(SB_2027).safeParse({
        fragebogen: 'sb-2027',
        abschnitte: { hf2: { neueMassnahmen: [measure] } },
      });
    expect(draft({ id: 'm-lotsen-2027' }).success).toBe(true);
    expect(draft({ id: 'm-lotsen-2027', beginn: '2027-01' }).success).toBe(true);
    expect(draft({ id: 'm-lotsen-2027', zielgruppe: 'Rehabilitanden', mittelEuro: 500 }).success).toBe(true);
    expect(draft({ id: 'm-lotsen-2027', beginn: '2027-06', ende: '2027-01' }).success).toBe(false);
  });
});

describe('the new fields in the browser', () => {
  const answers: SelfAssessmentInput = {
    fragebogen: 'sb-2027',
    abschnitte: { hf2: { neueMassnahmen: [{ id: 'm-lotsen-2027', titel: 'Lotsen' }] } },
  };

  it('an error leads to its own input and names it', () => {
    for (const leaf of ['beginn', 'ende', 'zielgruppe', 'mittelEuro', 'mittelHerkunft'])
      expect(fieldId(at(leaf), answers, SB_2027)).toBe(`f-abschnitte-hf2-neueMassnahmen-0-${leaf}`);
    expect(fieldId(at('unbekannt'), answers, SB_2027)).toBe('f-abschnitte-hf2-neueMassnahmen-0-titel');
    expect(describePath(at('beginn'), answers, SB_2027)).toBe('Neue Maßnahme 1, Beginn');
    expect(describePath(at('ende'), answers, SB_2027)).toBe('Neue Maßnahme 1, Voraussichtliches Ende');
    expect(describePath(at('zielgruppe'), answers, SB_2027)).toBe('Neue Maßnahme 1, Zielgruppe');
    expect(describePath(at('mittelEuro'), answers, SB_2027, { withSection: true })).toBe(
      'Handlungsfeld 2, Neue Maßnahme 1, Mittel in Euro',
    );
    expect(describePath(at('mittelHerkunft'), answers, SB_2027)).toBe('Neue Maßnahme 1, Herkunft der Mittel');
  });

  it('reads an amount as typed; what is not a whole amount stays in the browser, named', () => {
    expect(parseEuro('12.000')).toBe(12000);
    expect(parseEuro('12000 €')).toBe(12000);
    expect(parseEuro('1.500.000 Euro')).toBe(1500000);
    expect(parseEuro(' ')).toBeUndefined();
    expect(parseEuro('zwölftausend')).toBe('zwölftausend');
    const typed: SelfAssessmentInput = {
      fragebogen: 'sb-2027',
      abschnitte: {
        hf2: {
          neueMassnahmen: [{ id: 'm-lotsen-2027', titel: 'Lotsen', beginn: '2027-01', mittelEuro: 'viel' }],
        },
      },
    };
    const { draft, dropped } = toSavableSelfAssessment(typed, SB_2027);
    expect(dropped).toEqual([at('mittelEuro')]);
    expect(draft.abschnitte?.hf2?.neueMassnahmen).toEqual([
      { id: 'm-lotsen-2027', titel: 'Lotsen', beginn: '2027-01' },
    ]);
  });
});

describe('the new fields in words', () => {
  it('shows what was given: period, target group, amount and source', () => {
    expect(measureDetailsText(complete2027)).toBe(
      'Zeitraum: 01/2027 bis 12/2027, Zielgruppe: Junge Menschen unter 25 mit psychischen Beeinträchtigungen, Mittel: 12.000 € (ESF Plus)',
    );
    expect(measureDetailsText({ beginn: '2027-03', ende: '2027-03', zielgruppe: 'Alle' })).toBe(
      'Zeitraum: 03/2027, Zielgruppe: Alle',
    );
    expect(measureDetailsText({ beginn: '2027-03', mittelHerkunft: 'kommunale Mittel' })).toBe(
      'Zeitraum: ab 03/2027, Mittel: kommunale Mittel',
    );
    expect(measureDetailsText({ mittelEuro: 1500000 })).toBe('Mittel: 1.500.000 €');
    expect(measureDetailsText({ titel: 'Ohne' } as never)).toBeUndefined();
    expect(
      newMeasureDetailsById({ neueMassnahmen: [complete2027, { id: 'm-ohne-details' }] }).has(
        'm-ohne-details',
      ),
    ).toBe(false);
  });
});
