import * as z from 'zod';
import type { FieldError } from '../shared/errors';
import { dedupeErrors, parseCsvTable, toCsv } from './csv';
import { type Jobcenter, JobcenterInput } from './jobcenter';

/** The registry file's columns, in order. Headers are German: MAGS staff edit this file. */
export const REGISTRY_COLUMNS = [
  'id',
  'name',
  'typ',
  'landschaftsverband',
  'regierungsbezirk',
  'traeger_kommune',
  'traeger_agentur',
  'hauptkontakt_name',
  'hauptkontakt_email',
  'vertretung_name',
  'vertretung_email',
] as const;
export type RegistryColumn = (typeof REGISTRY_COLUMNS)[number];

export const MAX_IMPORT_BYTES = 256 * 1024;
/** One DynamoDB transaction holds 100 items; one is the audit event. */
export const MAX_IMPORT_ROWS = 99;

const agentur = (j: Pick<Jobcenter, 'traeger'>) => j.traeger.find((t) => t.kind === 'agentur')?.name ?? '';
const kommune = (j: Pick<Jobcenter, 'traeger'>) => j.traeger.find((t) => t.kind === 'kommune')?.name ?? '';

export const registryToCsv = (jobcenters: readonly Jobcenter[]): string =>
  toCsv([
    [...REGISTRY_COLUMNS],
    ...jobcenters.map((j) => [
      j.id,
      j.name,
      j.type,
      j.landschaftsverband,
      j.regierungsbezirk,
      kommune(j),
      agentur(j),
      j.mainContact.name,
      j.mainContact.email,
      j.deputyContact.name,
      j.deputyContact.email,
    ]),
  ]);

/** Maps a schema path of JobcenterInput back to the CSV column the user has to fix. */
const columnOf = (path: readonly PropertyKey[], row: Record<RegistryColumn, string>): RegistryColumn => {
  const [head, second] = path.map(String);
  switch (head) {
    case 'type':
      return 'typ';
    case 'mainContact':
      return second === 'email' ? 'hauptkontakt_email' : 'hauptkontakt_name';
    case 'deputyContact':
      return second === 'email' ? 'vertretung_email' : 'vertretung_name';
    case 'traeger':
      // [traeger] is the gE/zkT rule; [traeger, 0, name] is the Agentur when the row names one.
      if (second === undefined) return 'traeger_agentur';
      return row.traeger_agentur.trim() && second === '0' ? 'traeger_agentur' : 'traeger_kommune';
    default:
      return (REGISTRY_COLUMNS as readonly string[]).includes(String(head)) ? (head as RegistryColumn) : 'id';
  }
};

const rowToInput = (row: Record<RegistryColumn, string>) => ({
  id: row.id.trim(),
  name: row.name,
  type: row.typ.trim(),
  landschaftsverband: row.landschaftsverband.trim(),
  regierungsbezirk: row.regierungsbezirk.trim(),
  traeger: [
    ...(row.traeger_agentur.trim() ? [{ kind: 'agentur', name: row.traeger_agentur }] : []),
    { kind: 'kommune', name: row.traeger_kommune },
  ],
  mainContact: { name: row.hauptkontakt_name, email: row.hauptkontakt_email.trim() },
  deputyContact: { name: row.vertretung_name, email: row.vertretung_email.trim() },
});

export type RegistryParseResult =
  | { ok: true; jobcenters: JobcenterInput[] }
  | { ok: false; errors: FieldError[] };

/**
 * Reads a registry CSV file and validates every row with the Jobcenter schema. Collects all
 * errors (row and column) instead of stopping at the first, so the user can fix the file at once.
 */
export const parseRegistryCsv = (text: string): RegistryParseResult => {
  const table = parseCsvTable(text, REGISTRY_COLUMNS, MAX_IMPORT_ROWS);
  if (!table.ok) return { ok: false, errors: table.errors };
  const errors: FieldError[] = [...table.errors];
  const jobcenters: JobcenterInput[] = [];
  const seen = new Map<string, number>();
  for (const { line, row } of table.rows) {
    const result = JobcenterInput.safeParse(rowToInput(row));
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push({ row: line, field: columnOf(issue.path, row), message: issue.message });
      continue;
    }
    const firstLine = seen.get(result.data.id);
    if (firstLine !== undefined) {
      errors.push({ row: line, field: 'id', message: `Die id steht schon in Zeile ${firstLine}.` });
      continue;
    }
    seen.set(result.data.id, line);
    jobcenters.push(result.data);
  }
  return errors.length > 0 ? { ok: false, errors: dedupeErrors(errors) } : { ok: true, jobcenters };
};

export const RegistryImportResult = z
  .object({
    dryRun: z.boolean(),
    created: z.array(z.string()),
    updated: z.array(z.string()),
    unchanged: z.number().int().nonnegative(),
  })
  .meta({ id: 'RegistryImportResult' });
export type RegistryImportResult = z.infer<typeof RegistryImportResult>;
