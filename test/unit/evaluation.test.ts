import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAccessionCsv } from '../../functions/accessions/accession-csv';
import { measureSetsOfAccession, measureSetsOfSelfAssessment } from '../../functions/evaluation/measure-set';
import { filterRows, MeasureQuery, rowsOf, sortRows } from '../../functions/evaluation/measure-table';
import { buildRegister } from '../../functions/evaluation/register';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';
import { buildBasis } from '../../functions/self-assessment/questionnaire/basis';
import { Questionnaire as QuestionnaireSchema } from '../../functions/self-assessment/questionnaire/questionnaire-shape';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { completeSelfAssessment } from '../fixtures';

const jobcenter = (id: string) => {
  const j = SEED_JOBCENTERS.find((x) => x.id === id);
  if (!j) throw new Error(id);
  return { ...j, version: 1, updatedAt: '2026-01-01T00:00:00.000Z' };
};
const declared = [
  {
    id: 'm-aktionsplan-01',
    handlungsfeld: 'hf1' as const,
    titel: 'Aktionsplan',
    beginn: '2018-04',
    ende: '2019-12',
  },
  { id: 'm-standorte-001', handlungsfeld: 'hf2' as const, titel: 'Standorte prüfen', zielgruppe: 'alle' },
];
const accession = {
  source: 'papier' as const,
  accededOn: '2018-03-15',
  confirmedAt: '2026-12-01T10:00:00.000Z',
};

describe('the measure-set read model', () => {
  it('makes one set per Handlungsfeld of the accession year, empty ones too, all measures planned', () => {
    const sets = measureSetsOfAccession(jobcenter('duesseldorf'), accession, declared);
    expect(sets.map((s) => `${s.year} ${s.hf} ${s.measures.length}`)).toEqual([
      '2018 hf1 1',
      '2018 hf2 1',
      '2018 hf3 0',
      '2018 hf4 0',
      '2018 hf5 0',
      '2018 hf6 0',
    ]);
    expect(sets[0]?.measures[0]).toEqual({
      id: 'm-aktionsplan-01',
      titel: 'Aktionsplan',
      status: 'geplant',
      beginn: '2018-04',
      ende: '2019-12',
    });
    expect(sets[0]?.source).toEqual({ kind: 'beitritt', via: 'papier' });
  });

  it('a self-assessment carries the declared period and target group with this year’s status', () => {
    const basis = buildBasis({ accession: { massnahmen: declared } });
    const draft = completeSelfAssessment(questionnaire('sb-2026'), basis, { status: 'verstetigt' });
    const sets = measureSetsOfSelfAssessment(
      jobcenter('duesseldorf'),
      {
        campaignId: 'c1',
        questionnaireYear: 2026,
        fragebogen: 'sb-2026',
        version: 2,
        receiptNumber: 'SB-2026-X',
        submittedAt: '2026-12-01T10:00:00.000Z',
      },
      draft as never,
      basis,
    );
    const rows = rowsOf(sets);
    expect(rows.map((r) => [r.massnahme, r.status, r.beginn, r.zielgruppe, r.quelle])).toEqual([
      ['Aktionsplan', 'verstetigt', '2018-04', undefined, 'Selbstbewertung 2026, Fassung 2'],
      ['Standorte prüfen', 'verstetigt', undefined, 'alle', 'Selbstbewertung 2026, Fassung 2'],
    ]);
  });
});

describe('the measures table', () => {
  const rows = rowsOf([
    ...measureSetsOfAccession(jobcenter('duesseldorf'), accession, declared),
    ...measureSetsOfAccession(jobcenter('kreis-wesel'), { ...accession, accededOn: '2019-01-10' }, [
      { id: 'm-eingang-0001', handlungsfeld: 'hf2', titel: 'Eingang: =HYPERLINK("x")' },
    ]),
    ...measureSetsOfAccession(jobcenter('muenster'), accession, [
      { id: 'm-jugend-00001', handlungsfeld: 'hf5', titel: 'Jugendberufsagentur Köln-Stil' },
    ]),
  ]);

  it('filters by LV, year and diacritics-folded free text', () => {
    expect(filterRows(rows, { landschaftsverband: 'LWL' }).map((r) => r.jobcenterId)).toEqual(['muenster']);
    expect(filterRows(rows, { jahr: 2019 }).map((r) => r.jobcenterId)).toEqual(['kreis-wesel']);
    expect(filterRows(rows, { q: 'koln' }).map((r) => r.massnahme)).toEqual([
      'Jugendberufsagentur Köln-Stil',
    ]);
    expect(filterRows(rows, { q: 'MÜNSTER' }).map((r) => r.jobcenterId)).toEqual(['muenster']);
  });

  it('sorts in German order with a stable tie-break, both directions', () => {
    expect(sortRows(rows, {}).map((r) => r.jobcenter)).toEqual([
      'Düsseldorf',
      'Düsseldorf',
      'Kreis Wesel',
      'Münster',
    ]);
    expect(sortRows(rows, { sortierung: 'jobcenter', richtung: 'ab' }).map((r) => r.jobcenter)[0]).toBe(
      'Münster',
    );
    expect(sortRows(rows, { sortierung: 'beginn' }).map((r) => r.massnahme)[0]).toBe('Aktionsplan');
  });

  it('names the parameter of a bad filter value', () => {
    const result = MeasureQuery.safeParse({ handlungsfeld: 'hf9', jahr: '20x', extra: '1' });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => `${i.path.join('.') || '(Eingabe)'}: ${i.message}`) ?? [];
    expect(fields.join('\n')).toMatch(/handlungsfeld: Ungültiger Wert für „handlungsfeld“/);
    expect(fields.join('\n')).toMatch(/jahr: Ungültiger Wert für „jahr“/);
  });
});

describe('the accession register', () => {
  it('counts acceded, invited and never invited; the furthest invitation step wins', () => {
    const jobcenters = ['duesseldorf', 'bonn', 'essen', 'muenster'].map(jobcenter);
    const register = buildRegister({
      jobcenters,
      accessions: [{ jobcenterId: 'duesseldorf', ...accession, confirmedBy: 'a', publicListing: true }],
      invitations: [
        { jobcenterId: 'bonn', campaignId: 'c1', progress: 'submitted' },
        { jobcenterId: 'bonn', campaignId: 'c2', progress: 'opened' },
        { jobcenterId: 'essen', campaignId: 'c2', progress: 'returned' },
      ],
    });
    expect(register.rows.map((r) => `${r.jobcenterId}:${r.stand}`)).toEqual([
      'duesseldorf:acceded',
      'bonn:declaration-received',
      'essen:returned',
      'muenster:not-invited',
    ]);
    expect(register.counts.jeLandschaftsverband).toEqual({
      LVR: { gesamt: 3, beigetreten: 1 },
      LWL: { gesamt: 1, beigetreten: 0 },
    });
    expect(register.zeitleiste).toEqual([{ monat: '2018-03', anzahl: 1, kumuliert: 1 }]);
  });
});

describe('the historical accession file', () => {
  const header =
    'jobcenter_id;beigetreten_am;unterzeichnet_von;funktion;traeger_zugestimmt_am;gremium;veroeffentlichung;bemerkung';
  it('reads German dates and ja/nein', () => {
    const parsed = parseAccessionCsv(`${header}\nbonn;4.6.2018;Frau X;GF;01.06.2018;;Ja;`, '2026-12-01');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({
      jobcenterId: 'bonn',
      accededOn: '2018-06-04',
      publicListing: true,
    });
  });
  it('the example file of the README imports cleanly: 44 Jobcenters besides the 3 demo accessions', () => {
    const file = readFileSync(join(__dirname, '../../docs/examples/beitritte-2018-beispiel.csv'), 'utf8');
    const parsed = parseAccessionCsv(file, '2026-12-01');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(44);
    const known = new Set(SEED_JOBCENTERS.map((j) => j.id));
    expect(
      parsed.rows.every(
        (r) => known.has(r.jobcenterId) && !['duesseldorf', 'bonn', 'kreis-wesel'].includes(r.jobcenterId),
      ),
    ).toBe(true);
  });

  it('reports every bad cell with row and column', () => {
    const parsed = parseAccessionCsv(
      `${header}\nbonn;31.02.2018;X;;01.01.2018;;ja;\nbonn;01.03.2018;;;01.04.2018;;vielleicht;\nessen;01.01.2030;X;;01.01.2018;;ja;\nduisburg;01.03.2018;@cmd;;01.01.2018;;ja;`,
      '2026-12-01',
    );
    expect(parsed.errors.map((e) => `${e.row}:${e.field}`)).toEqual([
      '2:beigetreten_am',
      '3:unterzeichnet_von',
      '3:veroeffentlichung',
      '4:beigetreten_am',
      '5:unterzeichnet_von',
    ]);
  });
});

/** SHA-256 (first 16 hex digits) of sb-2026 as launched; taken from the commit before 2027's new fields. */
const PUBLISHED_SB_2026 = '83632d8462cf1c32';

describe('published questionnaires never change', () => {
  // sb-2026 has been launched: changing it would change the meaning of stored answers. A new
  // question goes into the next year's questionnaire (as sb-2027's new-measure fields did).
  it('sb-2026 is byte-for-byte the published version', () => {
    // In the schema's key order (the published fingerprint was taken of the parsed questionnaire).
    const fingerprint = createHash('sha256')
      .update(JSON.stringify(QuestionnaireSchema.parse(questionnaire('sb-2026'))))
      .digest('hex');
    expect(fingerprint.slice(0, 16)).toBe(PUBLISHED_SB_2026);
  });
});
