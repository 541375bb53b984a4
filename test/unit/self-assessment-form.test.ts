import { describe, expect, it } from 'vitest';
import { SelfAssessmentAnswers } from '../../functions/self-assessment/questionnaire/answers';
import { buildBasis } from '../../functions/self-assessment/questionnaire/basis';
import {
  MEASURE_STATUS_HINTS,
  MEASURE_STATUS_LABELS,
  MeasureStatus,
} from '../../functions/self-assessment/questionnaire/definition';
import { Questionnaire as QuestionnaireSchema } from '../../functions/self-assessment/questionnaire/questionnaire-shape';
import { QUESTIONNAIRES, questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import {
  editSection,
  markDone,
  newMeasureInput,
  parseCount,
  readSelfAssessment,
  type SelfAssessmentInput,
  sectionErrors,
  setAnswer,
  setNewMeasure,
  setUnchanged,
  statusOf,
  toSavableSelfAssessment,
  validateSelfAssessment,
} from '../../web/src/flows/self-assessment';
import {
  describePath,
  errorsBySection,
  fieldId,
  STATUS_CHOICES,
  summaryText,
} from '../../web/src/flows/self-assessment-labels';
import { describeConflicts, mergeSelfAssessment } from '../../web/src/flows/self-assessment-merge';
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
  earlier: [
    {
      campaignId: 'c-2026',
      year: 2026,
      fragebogen: 'sb-2026',
      version: 1,
      submittedAt: '2026-11-10T10:00:00.000Z',
      receiptNumber: 'SB-2026-BONN-1',
      answers: SelfAssessmentAnswers.parse(lastYear),
    },
  ],
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
    expect(statusOf(setup, complete, 'hf2')).toBe('done');
    const edited = setAnswer(complete, 'hf2', 'antworten.umgesetzt', '');
    expect(statusOf(setup, edited, 'hf2')).toBe('in-progress');
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

  it('unchecking "unchanged" brings back the answer typed before checking', () => {
    const key = 'antworten.umgesetzt';
    const previous = new Map<string, unknown>([[key, 'Vorjahr']]);
    let a = setAnswer(readSelfAssessment({ fragebogen: 'sb-2027' }, setup), 'hf2', key, 'Neu getippt');
    a = setUnchanged(a, 'hf2', key, true, previous);
    expect(a.abschnitte?.hf2?.antworten?.umgesetzt).toBe('Vorjahr');
    a = setUnchanged(a, 'hf2', key, false, previous, 'Neu getippt');
    expect(a.abschnitte?.hf2?.antworten?.umgesetzt).toBe('Neu getippt');
    expect(a.abschnitte?.hf2?.unveraendert).toEqual([]);
    // Nothing typed before: last year's answer stays as a start.
    a = setUnchanged(setUnchanged(a, 'hf2', key, true, previous), 'hf2', key, false, previous);
    expect(a.abschnitte?.hf2?.antworten?.umgesetzt).toBe('Vorjahr');
  });
});

describe('merging with a version saved elsewhere', () => {
  const base = readSelfAssessment({ fragebogen: 'sb-2027' }, setup);
  const previous = new Map<string, unknown>([['kennzahlen.standorte-geprueft', 40]]);

  it('takes what only one side changed, per answer, without a conflict', () => {
    const mine = setCarried(setAnswer(base, 'hf1', 'kennzahlen.beschaeftigungsquote', 6), 'hf2', 'umgesetzt');
    const theirs = setAnswer(
      setAnswer(base, 'hf2', 'antworten.umgesetzt', 'Rampe gebaut'),
      'hf2',
      'kennzahlen.schulungen',
      3,
    );
    const { merged, conflicts } = mergeSelfAssessment(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.abschnitte?.hf1?.kennzahlen).toEqual({ beschaeftigungsquote: 6 });
    expect(merged.abschnitte?.hf2?.kennzahlen).toEqual({ schulungen: 3 });
    expect(merged.abschnitte?.hf2?.antworten).toEqual({ umgesetzt: 'Rampe gebaut' });
    expect(merged.abschnitte?.hf2?.massnahmen).toEqual([
      { id: 'bonn-leichte-sprache', titel: 'Leichte Sprache', status: 'umgesetzt' },
    ]);
  });

  it('keeps new measures added on both sides, and a removal where the other side did not change it', () => {
    const one = newMeasureInput();
    const two = newMeasureInput();
    const withOne = editSection(base, 'hf3', (s) => ({ ...s, neueMassnahmen: [{ ...one, titel: 'Eins' }] }));
    const mine = editSection(withOne, 'hf3', (s) => ({
      ...s,
      neueMassnahmen: [...(s.neueMassnahmen ?? []), { ...two, titel: 'Zwei' }],
    }));
    const theirs = setNewMeasure(withOne, 'hf3', one.id, (m) => ({ ...m, status: 'geplant' }));
    const { merged, conflicts } = mergeSelfAssessment(withOne, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.abschnitte?.hf3?.neueMassnahmen).toEqual([
      { ...one, titel: 'Eins', status: 'geplant' },
      { ...two, titel: 'Zwei' },
    ]);
    // Removed here, unchanged there: removed.
    const removed = editSection(withOne, 'hf3', (s) => ({ ...s, neueMassnahmen: [] }));
    const other = setAnswer(withOne, 'hf4', 'bewertung', 2);
    expect(mergeSelfAssessment(withOne, removed, other).merged.abschnitte?.hf3?.neueMassnahmen).toEqual([]);
    // Removed here, changed there: one conflict about the whole measure.
    const result = mergeSelfAssessment(withOne, removed, theirs);
    expect(result.conflicts.map((c) => c.path)).toEqual([`abschnitte.hf3.neueMassnahmen.${one.id}`]);
    expect(describeConflicts(result.conflicts, removed, theirs, q2027)).toEqual([
      {
        path: `abschnitte.hf3.neueMassnahmen.${one.id}`,
        label: 'Handlungsfeld 3, Neue Maßnahme „Eins“',
        mine: '(entfernt)',
        theirs: 'Eins, geplant',
      },
    ]);
  });

  it('lists exactly the answers changed differently on both sides; the choice decides them', () => {
    const mine = setAnswer(
      setAnswer(base, 'hf1', 'kennzahlen.beschaeftigungsquote', 6),
      'hf1',
      'antworten.umgesetzt',
      'Hier',
    );
    const theirs = setAnswer(
      setAnswer(base, 'hf1', 'kennzahlen.beschaeftigungsquote', 7),
      'hf1',
      'antworten.geplant',
      'Dort',
    );
    const { merged, conflicts } = mergeSelfAssessment(base, mine, theirs);
    expect(describeConflicts(conflicts, mine, theirs, q2027)).toEqual([
      {
        path: 'abschnitte.hf1.kennzahlen.beschaeftigungsquote',
        label: 'Handlungsfeld 1, Anteil schwerbehinderter Beschäftigter im Jobcenter',
        mine: '6 %',
        theirs: '7 %',
      },
    ]);
    expect(merged.abschnitte?.hf1?.kennzahlen?.beschaeftigungsquote).toBe(6);
    expect(merged.abschnitte?.hf1?.antworten).toEqual({ umgesetzt: 'Hier', geplant: 'Dort' });
    const chosen = mergeSelfAssessment(base, mine, theirs, {
      'abschnitte.hf1.kennzahlen.beschaeftigungsquote': 'theirs',
    }).merged;
    expect(chosen.abschnitte?.hf1?.kennzahlen?.beschaeftigungsquote).toBe(7);
    expect(chosen.abschnitte?.hf1?.antworten).toEqual({ umgesetzt: 'Hier', geplant: 'Dort' });
  });

  it('the same change on both sides, or a field typed and cleared again, is no conflict', () => {
    const mine = setAnswer(setAnswer(base, 'hf2', 'antworten.hindernisse', ''), 'hf1', 'bewertung', 4);
    const theirs = setAnswer(base, 'hf1', 'bewertung', 4);
    expect(mergeSelfAssessment(base, mine, theirs).conflicts).toEqual([]);
  });

  it('keeps "unchanged" and "done" only where they still hold after the merge', () => {
    const key = 'kennzahlen.standorte-geprueft';
    // Confirmed here, the same answer typed over there: the typed answer wins the choice, the
    // confirmation (which would take last year's value on submit) goes.
    const confirmed = setUnchanged(base, 'hf2', key, true, previous);
    const typed = setAnswer(base, 'hf2', key, 45);
    const keep = mergeSelfAssessment(base, confirmed, typed, { [`abschnitte.hf2.${key}`]: 'mine' }).merged;
    expect(keep.abschnitte?.hf2?.unveraendert).toEqual([key]);
    const drop = mergeSelfAssessment(base, confirmed, typed, { [`abschnitte.hf2.${key}`]: 'theirs' }).merged;
    expect(drop.abschnitte?.hf2?.kennzahlen?.[key.split('.')[1] ?? '']).toBe(45);
    expect(drop.abschnitte?.hf2?.unveraendert).toEqual([]);
    // Marked done here, the same section changed there: the mark is withdrawn (as when editing).
    const complete = readSelfAssessment(completeSelfAssessment(q2027, secondYear), setup);
    const start = { ...complete, erledigt: [] };
    const done = markDone(start, 'hf2');
    const changed = setAnswer(start, 'hf2', 'antworten.hindernisse', 'Personal');
    const merged = mergeSelfAssessment(start, done, changed).merged;
    expect(merged.abschnitte?.hf2?.antworten?.hindernisse).toBe('Personal');
    expect(merged.erledigt).toEqual([]);
    // Changed elsewhere in another section: the mark stays.
    const elsewhere = setAnswer(start, 'hf3', 'antworten.hindernisse', 'Personal');
    expect(mergeSelfAssessment(start, done, elsewhere).merged.erledigt).toEqual(['hf2']);
    expect(mergeSelfAssessment(start, elsewhere, done).merged.erledigt).toEqual(['hf2']);
  });
});

const setCarried = (a: SelfAssessmentInput, hf: 'hf2', status: 'umgesetzt') =>
  editSection(a, hf, (s) => ({
    ...s,
    massnahmen: (s.massnahmen ?? []).map((m) => ({ ...m, status })),
  }));

describe('published questionnaires', () => {
  it('each passes the questionnaire schema unchanged (so handlers need not parse them at cold start)', () => {
    expect(Object.keys(QUESTIONNAIRES).length).toBeGreaterThanOrEqual(2);
    for (const q of Object.values(QUESTIONNAIRES)) expect(QuestionnaireSchema.parse(q)).toEqual(q);
  });
});

describe('measure stages', () => {
  it('offers the choices with the labels and hints declared with the status, nowhere else', () => {
    expect(STATUS_CHOICES.map((c) => c.value)).toEqual(MeasureStatus.options);
    for (const c of STATUS_CHOICES) {
      expect(c.label.toLowerCase()).toBe(MEASURE_STATUS_LABELS[c.value].toLowerCase());
      expect(c.hint).toBe(MEASURE_STATUS_HINTS[c.value]);
    }
    expect(STATUS_CHOICES.find((c) => c.value === 'in-umsetzung')?.label).toBe('In Umsetzung');
  });
});
