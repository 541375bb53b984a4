/**
 * Minimal RFC 4180 CSV reading and writing for the registry. Pure functions; the registry
 * import/export use cases decide what the columns mean.
 */
export type CsvRow = { line: number; cells: string[] };
export type CsvParseResult =
  | { ok: true; delimiter: string; rows: CsvRow[] }
  | { ok: false; row: number; message: string };

const FORMULA_START = /^[=+\-@\t\r]/;

/** True for cells a spreadsheet would execute as a formula (CSV injection). */
export const looksLikeFormula = (cell: string): boolean => FORMULA_START.test(cell);

/** Quotes a cell when needed and neutralises formula-like content with a leading apostrophe. */
export const csvCell = (value: string, delimiter = ';'): string => {
  const safe = looksLikeFormula(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** UTF-8 BOM first so that Excel opens umlauts correctly; `;` as Excel in Germany expects. */
export const toCsv = (rows: readonly (readonly string[])[], delimiter = ';'): string =>
  `\uFEFF${rows.map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\r\n')}\r\n`;

/** Detects `;` or `,` from the header line (outside quotes). */
const detectDelimiter = (text: string): string => {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const semis = firstLine.split(';').length;
  const commas = firstLine.split(',').length;
  return commas > semis ? ',' : ';';
};

/** Parses CSV text. `line` is the 1-based line where a row starts, as an editor shows it. */
export const parseCsv = (input: string): CsvParseResult => {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let rowStartLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell.length > 0)
        return { ok: false, row: line, message: 'Anführungszeichen mitten in einer Zelle.' };
      inQuotes = true;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((c) => c.trim() !== '')) rows.push({ line: rowStartLine, cells: row });
      row = [];
      cell = '';
      line++;
      rowStartLine = line;
    } else {
      cell += ch;
    }
  }
  if (inQuotes) return { ok: false, row: rowStartLine, message: 'Anführungszeichen wird nicht geschlossen.' };
  row.push(cell);
  if (row.some((c) => c.trim() !== '')) rows.push({ line: rowStartLine, cells: row });
  return { ok: true, delimiter, rows };
};
