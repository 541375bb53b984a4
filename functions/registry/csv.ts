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

export type TableError = { row?: number; field: string; message: string };
export type CsvTableResult<C extends string> =
  /** `errors` here are those of single rows; their rows are left out of `rows`. */
  | { ok: true; rows: { line: number; row: Record<C, string> }[]; errors: TableError[] }
  | { ok: false; errors: TableError[] };

/**
 * Reads a CSV file with a header of known columns (any order, case-insensitive): unknown,
 * doubled and missing columns, an empty file, too many rows, rows with the wrong number of cells
 * and formula-like cells are all reported with row and column, so the user can fix everything at once.
 */
export const parseCsvTable = <C extends string>(
  input: string,
  columns: readonly C[],
  maxRows: number,
): CsvTableResult<C> => {
  const parsed = parseCsv(input);
  if (!parsed.ok)
    return { ok: false, errors: [{ row: parsed.row, field: 'datei', message: parsed.message }] };
  const [header, ...body] = parsed.rows;
  if (!header) return { ok: false, errors: [{ row: 1, field: 'datei', message: 'Die Datei ist leer.' }] };

  const errors: TableError[] = [];
  const names = header.cells.map((c) => c.trim().toLowerCase());
  for (const [i, name] of names.entries()) {
    if (!(columns as readonly string[]).includes(name))
      errors.push({ row: header.line, field: name || `Spalte ${i + 1}`, message: 'Unbekannte Spalte.' });
    else if (names.indexOf(name) !== i)
      errors.push({ row: header.line, field: name, message: 'Spalte kommt doppelt vor.' });
  }
  for (const column of columns)
    if (!names.includes(column)) errors.push({ row: header.line, field: column, message: 'Spalte fehlt.' });
  if (errors.length > 0) return { ok: false, errors };
  if (body.length === 0)
    return {
      ok: false,
      errors: [{ row: header.line, field: 'datei', message: 'Die Datei enthält keine Zeilen.' }],
    };
  if (body.length > maxRows)
    return {
      ok: false,
      errors: [{ row: header.line, field: 'datei', message: `Höchstens ${maxRows} Zeilen je Import.` }],
    };

  const rows: { line: number; row: Record<C, string> }[] = [];
  for (const { line, cells } of body) {
    if (cells.length !== names.length) {
      errors.push({
        row: line,
        field: 'zeile',
        message: `Die Zeile hat ${cells.length} statt ${names.length} Spalten.`,
      });
      continue;
    }
    const row = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ''])) as Record<C, string>;
    const formulas = columns.filter((c) => looksLikeFormula(row[c]));
    for (const column of formulas)
      errors.push({
        row: line,
        field: column,
        message: 'Die Zelle beginnt mit =, +, -, @ oder einem Tabulator. Formeln sind nicht erlaubt.',
      });
    if (formulas.length === 0) rows.push({ line, row });
  }
  return { ok: true, rows, errors };
};

/** Drops repeated errors (same row, field and message) and lists them in file order. */
export const dedupeErrors = <E extends TableError>(errors: E[]): E[] => {
  const seen = new Set<string>();
  return [...errors]
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    .filter((e) => {
      const k = `${e.row}|${e.field}|${e.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
};
