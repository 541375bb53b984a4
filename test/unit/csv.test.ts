import { describe, expect, it } from 'vitest';
import { csvCell, looksLikeFormula, parseCsv, toCsv } from '../../functions/registry/csv';

describe('CSV', () => {
  it('round-trips delimiters, quotes, line breaks and umlauts', () => {
    const rows = [
      ['id', 'name'],
      ['a', 'Köln; Bonn'],
      ['b', 'Sagt "Hallo"'],
      ['c', 'zwei\nZeilen'],
    ];
    const parsed = parseCsv(toCsv(rows));
    expect(parsed).toEqual({
      ok: true,
      delimiter: ';',
      rows: [
        { line: 1, cells: ['id', 'name'] },
        { line: 2, cells: ['a', 'Köln; Bonn'] },
        { line: 3, cells: ['b', 'Sagt "Hallo"'] },
        { line: 4, cells: ['c', 'zwei\nZeilen'] },
      ],
    });
  });

  it('writes a BOM for Excel and CRLF line ends', () => {
    expect(toCsv([['a', 'b']])).toBe('\uFEFFa;b\r\n');
  });

  it('detects comma-separated files and skips blank lines, keeping editor line numbers', () => {
    expect(parseCsv('id,name\n\nx,y\n')).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        { line: 1, cells: ['id', 'name'] },
        { line: 3, cells: ['x', 'y'] },
      ],
    });
  });

  it('reports an unterminated quote with the line it starts on', () => {
    expect(parseCsv('id;name\nx;"offen\n')).toEqual({ ok: false, row: 2, message: expect.any(String) });
  });

  it('reports a quote in the middle of a cell', () => {
    expect(parseCsv('id;name\nx;ab"c"\n')).toMatchObject({ ok: false, row: 2 });
  });

  it.each(['=CMD()', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'])('treats %j as a formula', (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
  });

  it('neutralises formula-like cells on export', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('Kreis Soest')).toBe('Kreis Soest');
  });
});
