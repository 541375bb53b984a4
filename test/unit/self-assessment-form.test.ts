import { describe, expect, it } from 'vitest';
import { SelfAssessmentAnswers } from '../../functions/questionnaire/self-assessment/answers';
import { buildBasis } from '../../functions/questionnaire/self-assessment/basis';
import { questionnaire } from '../../functions/questionnaire/self-assessment/versions';
import {
  describePath,
  differences,
  errorsBySection,
  fieldId,
  markDone,
  parseCount,
  readSelfAssessment,
  type SelfAssessmentInput,
  sectionErrors,
  setAnswer,
  setUnchanged,
  statusOf,
  summaryText,
  toSavableSelfAssessment,
  validateSelfAssessment,
} from '../../web/src/flows/self-assessment';
import { completeSelfAssessment } from '../fixtures';

/** The self-assessment in the browser: pure functions over the API's own schemas and checks. */
const q2026 = questionnaire('sb-2026');
const q2027 = questionnaire('sb-2027');
const measure = (id: string, hf: 'hf1' | 'hf2', titel: string) => ({
  id,
  handlungsfeld: hf,
  titel,
  beginn: '2018-04',
  ende: '2019-12',
});
const accession = {
  massnahmen: [
    measure('bonn-leichte-sprache', 'hf2', 'Leichte Sprache'),
    measure('bonn-aktionsplan', 'hf1', 'Plan'),
  ],
};
const firstYear = buildBasis({ accession });
const lastYear = completeSelfAssessment(q2026, firstYear, { text: 'Vorjahr', indicator: 40 });
const secondYear = buildBasis({
  accession,
  previous: {
    campaignId: 'c-2026',
    year: 2026,
    questionnaireVersion: 'sb-2026',
    version: 1,
    submittedAt: '2026-11-10T10:00:00.000Z',
    receiptNumber: 'SB-2026-BONN-1',
    answers: SelfAssessmentAnswers.parse(lastYear),
  },
});
const setup = { questionnaire: q2027, basis: secondYear };

describe('self-assessment answers in the browser', () => {
  it('starts from the prefill with every carried measure and drops what the API would reject', () => {
    const read = readSelfAssessment(
      {
        fragebogen: 'sb-2027',
        abschnitte: {
          hf2: {
            massnahmen: [{ id: 'fremde-massnahme', titel: 'x' }],
            kennzahlen: { 'standorte-geprueft': 250, 'gibt-es-nicht': 3 },
            unveraendert: ['kennzahlen.digitale-angebote'],
          },
        },
      },
      setup,
    );
    expect(read.abschnitte?.hf2).toEqual({
      massnahmen: [{ id: 'bonn-leichte-sprache', titel: 'Leichte Sprache' }],
      kennzahlen: {},
      unveraendert: [],
    });
    expect(read.abschnitte?.hf1?.massnahmen?.map((m) => m.id)).toEqual(['bonn-aktionsplan']);
  });

  it('keeps a count as typed until it is a number; autosave leaves it out and names it', () => {
    expect(parseCount('1.200')).toBe(1200);
    expect(parseCount(' 45 %')).toBe(45);
    expect(parseCount('12,5')).toBe(12.5);
    expect(parseCount('')).toBeUndefined();
    expect(parseCount('viele')).toBe('viele');
    let a: SelfAssessmentInput = readSelfAssessment({ fragebogen: 'sb-2027' }, setup);
    a = setAnswer(a, 'hf2', 'kennzahlen.standorte-geprueft', parseCount('viele'));
    a = setAnswer(a, 'hf2', 'kennzahlen.standorte-barrierefrei', 150);
    a = setAnswer(a, 'hf2', 'kennzahlen.digitale-angebote', 7);
    const { draft, dropped } = toSavableSelfAssessment(a, q2027);
    expect(draft.abschnitte?.hf2?.kennzahlen).toEqual({ 'digitale-angebote': 7 });
    expect(dropped.sort()).toEqual([
      'abschnitte.hf2.kennzahlen.standorte-barrierefrei',
      'abschnitte.hf2.kennzahlen.standorte-geprueft',
    ]);
    expect(sectionErrors(setup, a, 'hf2').find((e) => e.field.endsWith('standorte-geprueft'))?.message).toBe(
      'Bitte eine Zahl angeben.',
    );
  });

  it('"unchanged" takes last year\'s value; changing the answer withdraws it; any edit withdraws "done"', () => {
    const previous = new Map<string, unknown>([['kennzahlen.standorte-geprueft', 40]]);
    let a = markDone(readSelfAssessment({ fragebogen: 'sb-2027' }, setup), 'hf2');
    expect(a.erledigt).toEqual(['hf2']);
    a = setUnchanged(a, 'hf2', 'kennzahlen.standorte-geprueft', true, previous);
    expect(a.abschnitte?.hf2?.kennzahlen?.['standorte-geprueft']).toBe(40);
    expect(a.abschnitte?.hf2?.unveraendert).toEqual(['kennzahlen.standorte-geprueft']);
    expect(a.erledigt).toEqual([]);
    a = setAnswer(a, 'hf2', 'kennzahlen.standorte-geprueft', 41);
    expect(a.abschnitte?.hf2?.unveraendert).toEqual([]);
  });

  it('marks a section done only with the API check; the whole assessment then validates', () => {
    const complete = readSelfAssessment(completeSelfAssessment(q2027, secondYear), setup);
    expect(validateSelfAssessment(complete, setup)).toEqual([]);
    expect(statusOf(setup, complete, 'hf2')).toBe('erledigt');
    const edited = setAnswer(complete, 'hf2', 'antworten.umgesetzt', '');
    expect(statusOf(setup, edited, 'hf2')).toBe('in-bearbeitung');
    expect(sectionErrors(setup, markDone(edited, 'hf2'), 'hf2')).toEqual([
      { field: 'abschnitte.hf2.antworten.umgesetzt', message: 'Bitte ausfüllen.' },
    ]);
  });

  it('names fields and their inputs the same way for browser and server errors', () => {
    const a = readSelfAssessment({ fragebogen: 'sb-2027' }, setup);
    expect(fieldId('abschnitte.hf2.massnahmen.0.status', a, q2027)).toBe(
      'f-abschnitte-hf2-massnahmen-0-status',
    );
    expect(fieldId('abschnitte.hf2.massnahmen', a, q2027)).toBe('f-abschnitte-hf2-massnahmen-0-status');
    expect(fieldId('abschnitte.hf2.kennzahlen', a, q2027)).toBe(
      'f-abschnitte-hf2-kennzahlen-standorte-geprueft',
    );
    expect(fieldId('erledigt.hf3', a, q2027)).toBe('f-erledigt-hf3');
    expect(describePath('abschnitte.hf2.massnahmen.0.status', a, q2027, { withSection: true })).toBe(
      'Handlungsfeld 2, Maßnahme „Leichte Sprache“, Stand',
    );
    expect(summaryText(describePath('abschnitte.hf2.antworten.geplant', a, q2027), 'Bitte ausfüllen.')).toBe(
      'Welche nächsten Schritte planen Sie? Bitte ausfüllen.',
    );
    const lines = errorsBySection(validateSelfAssessment(a, setup), a, q2027);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatchObject({ hf: 'hf2', field: 'f-abschnitte-hf2-massnahmen-0-status' });
    expect(lines[1]?.text).toMatch(
      /^Handlungsfeld 2, Maßnahme „Leichte Sprache“, Stand: .* \(und \d+ weitere Angaben\)$/,
    );
  });

  it('lists what differs from a version saved elsewhere', () => {
    const mine = readSelfAssessment({ fragebogen: 'sb-2027' }, setup);
    const theirs = setAnswer(mine, 'hf1', 'kennzahlen.beschaeftigungsquote', 6);
    expect(differences(mine, theirs, q2027)).toEqual([
      {
        label: 'Handlungsfeld 1, Anteil schwerbehinderter Beschäftigter im Jobcenter',
        mine: '(leer)',
        theirs: '6 %',
      },
    ]);
  });
});
