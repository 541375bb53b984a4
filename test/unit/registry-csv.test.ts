import { describe, expect, it } from 'vitest';
import type { Jobcenter } from '../../functions/registry/jobcenter';
import { MAX_IMPORT_ROWS, parseRegistryCsv, registryToCsv } from '../../functions/registry/registry-csv';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';

const stored: Jobcenter[] = SEED_JOBCENTERS.map((j) => ({
  ...j,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
}));
const csv = registryToCsv(stored);
const HEADER = csv.replace(/^\uFEFF/, '').split('\r\n')[0] as string;

describe('registry CSV', () => {
  it('exports and re-imports the seed registry unchanged', () => {
    const parsed = parseRegistryCsv(csv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const sortTraeger = (j: { traeger: { kind: string }[] }) =>
      [...j.traeger].sort((a, b) => a.kind.localeCompare(b.kind));
    expect(parsed.jobcenters.map((j) => ({ ...j, traeger: sortTraeger(j) }))).toEqual(
      SEED_JOBCENTERS.map((j) => ({ ...j, traeger: sortTraeger(j) })),
    );
  });

  it('names row and column for each broken cell and collects all errors', () => {
    const file = [
      HEADER,
      'essen;Essen;zkT;LVR;D;Stadt Essen;;GF;gf@essen.example.org;Inklusion;nicht-gueltig',
      'bonn;Bonn;gE;LVR;Köln;Stadt Bonn;Agentur;GF;gf@bonn.example.org;Inklusion;i@bonn.example.org',
      'Bad Id;X;zkT;LVR;D;Stadt X;;GF;gf@x.example.org;I;i@x.example.org',
    ].join('\n');
    const result = parseRegistryCsv(file);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 2, field: 'vertretung_email', message: expect.stringContaining('E-Mail') },
        { row: 3, field: 'regierungsbezirk', message: expect.any(String) },
        { row: 4, field: 'id', message: expect.stringContaining('Kleinbuchstaben') },
      ],
    });
  });

  it('enforces the Träger rule: gE with Agentur and Kommune, zkT with the Kommune only', () => {
    const file = [
      HEADER,
      'essen;Essen;zkT;LVR;D;Stadt Essen;Agentur für Arbeit Essen;GF;gf@e.example.org;I;i@e.example.org',
      'bonn;Bonn;gE;LVR;K;Stadt Bonn;;GF;gf@b.example.org;I;i@b.example.org',
    ].join('\n');
    expect(parseRegistryCsv(file)).toEqual({
      ok: false,
      errors: [
        { row: 2, field: 'traeger_agentur', message: expect.stringContaining('zkT') },
        { row: 3, field: 'traeger_agentur', message: expect.stringContaining('gE') },
      ],
    });
  });

  it('rejects formula cells, duplicate ids, short rows, unknown and missing columns', () => {
    const row = 'essen;Essen;zkT;LVR;D;Stadt Essen;;GF;gf@e.example.org;I;i@e.example.org';
    expect(parseRegistryCsv([HEADER, row.replace('GF', '=1+1'), row, row, 'essen;Essen'].join('\n'))).toEqual(
      {
        ok: false,
        errors: [
          { row: 2, field: 'hauptkontakt_name', message: expect.stringContaining('Formeln') },
          { row: 4, field: 'id', message: 'Die id steht schon in Zeile 3.' },
          { row: 5, field: 'zeile', message: 'Die Zeile hat 2 statt 11 Spalten.' },
        ],
      },
    );
    expect(parseRegistryCsv(`${HEADER};kommentar\n${row};x`)).toEqual({
      ok: false,
      errors: [{ row: 1, field: 'kommentar', message: 'Unbekannte Spalte.' }],
    });
    expect(parseRegistryCsv(HEADER.replace(';vertretung_email', ''))).toMatchObject({
      ok: false,
      errors: [{ row: 1, field: 'vertretung_email', message: 'Spalte fehlt.' }],
    });
  });

  it('rejects empty files and files over the transaction limit', () => {
    expect(parseRegistryCsv('')).toMatchObject({ ok: false, errors: [{ field: 'datei' }] });
    expect(parseRegistryCsv(HEADER)).toMatchObject({ ok: false, errors: [{ field: 'datei' }] });
    const many = Array.from(
      { length: MAX_IMPORT_ROWS + 1 },
      (_, i) => `jc-${i};JC ${i};zkT;LVR;D;Stadt;;GF;gf@x.example.org;I;i@x.example.org`,
    );
    expect(parseRegistryCsv([HEADER, ...many].join('\n'))).toMatchObject({
      ok: false,
      errors: [{ message: `Höchstens ${MAX_IMPORT_ROWS} Zeilen je Import.` }],
    });
  });

  it('accepts comma-separated files and header names in any case and order', () => {
    const cols = HEADER.split(';');
    const values = 'essen;Essen;zkT;LVR;D;Stadt Essen;;GF;gf@e.example.org;I;i@e.example.org'.split(';');
    const order = [...cols.keys()].reverse();
    const file = `${order.map((i) => cols[i]?.toUpperCase()).join(',')}\n${order.map((i) => values[i]).join(',')}`;
    expect(parseRegistryCsv(file)).toMatchObject({ ok: true, jobcenters: [{ id: 'essen', type: 'zkT' }] });
  });
});
