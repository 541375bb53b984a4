import ExcelJS from 'exceljs';
import { toCsv } from '../registry/csv';
import { PayloadTooLargeError } from '../shared/errors';
import { XLSX_TYPE } from './api-schemas';
import { type Column, germanCell } from './table-columns';

/**
 * Writes a view as a file: CSV (UTF-8 with BOM, `;`, formula-like cells neutralised) or a real
 * XLSX workbook (typed date and number cells, header row frozen, autofilter). A Lambda answer may
 * carry 6 MB (base64 for binary files): a larger file is refused with a hint to filter.
 */
export type ExportFormat = 'csv' | 'xlsx';
export type ExportSheet<R> = { name: string; columns: readonly Column<R>[]; rows: readonly R[] };
export type ExportedFile = { body: Buffer; contentType: string; filename: string };
/** Sheets of different row types in one workbook. */
export type AnySheet = ExportSheet<unknown>;
export const sheet = <R>(s: ExportSheet<R>): AnySheet => s as unknown as AnySheet;

/** The Lambda response limit (6 MB) less room for headers, counting base64 for XLSX. */
export const MAX_EXPORT_BYTES = 5 * 1024 * 1024;

const toDate = (kind: 'date' | 'month', value: string) =>
  new Date(
    Date.UTC(
      Number(value.slice(0, 4)),
      Number(value.slice(5, 7)) - 1,
      kind === 'date' ? Number(value.slice(8, 10)) : 1,
    ),
  );

const NUMBER_FORMAT = { date: 'dd.mm.yyyy', month: 'mm.yyyy', euro: '#,##0 "€"', number: '0' } as const;

const addSheet = (workbook: ExcelJS.Workbook, sheet: AnySheet) => {
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.kind in NUMBER_FORMAT
      ? { style: { numFmt: NUMBER_FORMAT[c.kind as keyof typeof NUMBER_FORMAT] } }
      : {}),
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of sheet.rows)
    ws.addRow(
      sheet.columns.map((c) => {
        const v = c.value(row);
        if (v === undefined || v === '') return null;
        if ((c.kind === 'date' || c.kind === 'month') && typeof v === 'string') return toDate(c.kind, v);
        // Strings stay strings: a title such as `=HYPERLINK("x")` is text in the cell, never a formula.
        return v;
      }),
    );
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: sheet.rows.length + 1, column: sheet.columns.length },
  };
};

export const writeExport = async (
  format: ExportFormat,
  basename: string,
  /** The first sheet is the view itself (the only one in a CSV file); more sheets explain it. */
  sheets: readonly AnySheet[],
): Promise<ExportedFile> => {
  let body: Buffer;
  if (format === 'csv') {
    const [main] = sheets;
    body = Buffer.from(
      main
        ? toCsv([
            main.columns.map((c) => c.header),
            ...main.rows.map((r) => main.columns.map((c) => germanCell(c.kind, c.value(r)))),
          ])
        : '',
      'utf8',
    );
  } else {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Rahmenvereinbarung Inklusion (MAGS NRW)';
    for (const sheet of sheets) addSheet(workbook, sheet);
    body = Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const size = format === 'xlsx' ? Math.ceil(body.byteLength / 3) * 4 : body.byteLength;
  if (size > MAX_EXPORT_BYTES)
    throw new PayloadTooLargeError(
      'Die Datei wäre zu groß. Bitte schränken Sie die Auswahl mit einem Filter ein.',
    );
  return {
    body,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
    filename: `${basename}.${format}`,
  };
};
