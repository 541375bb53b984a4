import * as z from 'zod';
import { dedupeErrors, parseCsvTable } from '../registry/csv';
import { JobcenterId, requiredText, text } from '../registry/jobcenter';
import type { FieldError } from '../shared/errors';
import { accessionDateErrors } from './paper-accession';

/**
 * The file of historical accessions (records kept before this system). Headers are German: MAGS
 * staff fill it in a spreadsheet. Dates as TT.MM.JJJJ or JJJJ-MM-TT; publication `ja` / `nein`.
 */
export const ACCESSION_IMPORT_COLUMNS = [
  'jobcenter_id',
  'beigetreten_am',
  'unterzeichnet_von',
  'funktion',
  'traeger_zugestimmt_am',
  'gremium',
  'veroeffentlichung',
  'bemerkung',
] as const;
type Column = (typeof ACCESSION_IMPORT_COLUMNS)[number];

export const MAX_ACCESSION_IMPORT_BYTES = 128 * 1024;
/** One transaction: 99 accessions and the audit event. */
export const MAX_ACCESSION_IMPORT_ROWS = 99;

const germanDate = (value: string) => {
  const v = value.trim();
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  return de ? `${de[3]}-${de[2]?.padStart(2, '0')}-${de[1]?.padStart(2, '0')}` : v;
};
const CellDate = z.iso.date('Bitte ein Datum als TT.MM.JJJJ angeben.');
const YesNo = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['ja', 'nein'], { error: 'Bitte „ja“ oder „nein“ angeben.' }))
  .transform((v) => v === 'ja');

const ImportRow = z.object({
  jobcenter_id: z.string().trim().pipe(JobcenterId),
  beigetreten_am: z.string().transform(germanDate).pipe(CellDate),
  unterzeichnet_von: requiredText(120),
  funktion: text(120),
  traeger_zugestimmt_am: z.string().transform(germanDate).pipe(CellDate),
  gremium: text(160),
  veroeffentlichung: YesNo,
  bemerkung: text(500),
});

export type ImportedAccession = {
  line: number;
  jobcenterId: string;
  accededOn: string;
  signatory: { name: string; funktion?: string };
  traegerZugestimmtAm: string;
  gremium?: string;
  publicListing: boolean;
  bemerkung?: string;
};

/** The rows that passed, and every error found (file, header or rows); the import needs none. */
export type AccessionImportParse = { rows: ImportedAccession[]; errors: FieldError[] };

/**
 * Validates every row (shape, dates, duplicates within the file) and collects all errors with
 * row and column. Whether a Jobcenter exists or has acceded already is checked by the use case.
 */
export const parseAccessionCsv = (input: string, today: string): AccessionImportParse => {
  const table = parseCsvTable(input, ACCESSION_IMPORT_COLUMNS, MAX_ACCESSION_IMPORT_ROWS);
  if (!table.ok) return { rows: [], errors: table.errors };
  const errors: FieldError[] = [...table.errors];
  const rows: ImportedAccession[] = [];
  const seen = new Map<string, number>();
  for (const { line, row } of table.rows) {
    const parsed = ImportRow.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row: line, field: String(issue.path[0] ?? 'zeile') as Column, message: issue.message });
      continue;
    }
    const r = parsed.data;
    const dateErrors = accessionDateErrors(
      { beigetretenAm: r.beigetreten_am, traegerZugestimmtAm: r.traeger_zugestimmt_am },
      today,
    );
    for (const e of dateErrors)
      errors.push({
        row: line,
        field: e.field === 'beigetretenAm' ? 'beigetreten_am' : 'traeger_zugestimmt_am',
        message: e.message,
      });
    const first = seen.get(r.jobcenter_id);
    if (first !== undefined)
      errors.push({
        row: line,
        field: 'jobcenter_id',
        message: `Dieses Jobcenter steht schon in Zeile ${first}.`,
      });
    if (dateErrors.length > 0 || first !== undefined) continue;
    seen.set(r.jobcenter_id, line);
    rows.push({
      line,
      jobcenterId: r.jobcenter_id,
      accededOn: r.beigetreten_am,
      signatory: { name: r.unterzeichnet_von, ...(r.funktion ? { funktion: r.funktion } : {}) },
      traegerZugestimmtAm: r.traeger_zugestimmt_am,
      ...(r.gremium ? { gremium: r.gremium } : {}),
      publicListing: r.veroeffentlichung,
      ...(r.bemerkung ? { bemerkung: r.bemerkung } : {}),
    });
  }
  return { rows, errors: dedupeErrors(errors) };
};

export const AccessionImportResult = z
  .object({ dryRun: z.boolean(), imported: z.array(z.string()) })
  .meta({ id: 'AccessionImportResult' });
export type AccessionImportResult = z.infer<typeof AccessionImportResult>;
