import { ACCESSION_SOURCE_LABELS } from '../accessions/accession';
import { handlungsfeld } from '../questionnaire/handlungsfelder';
import { MEASURE_STATUS_LABELS } from '../self-assessment/questionnaire/definition';
import type { MeasureRow } from './measure-table';
import { REGISTER_STATE_LABELS, type RegisterRow } from './register';

/**
 * The columns of every exported view, declared once: the CSV, the XLSX workbook and the print
 * view show the same headers in the same order. `kind` gives the XLSX cell type (a date or month
 * becomes a real date cell, a number a number cell); CSV writes the German form of each value.
 */
export type ColumnKind = 'text' | 'number' | 'euro' | 'date' | 'month';
export type Column<R> = {
  header: string;
  kind: ColumnKind;
  width: number;
  value: (row: R) => string | number | undefined;
};

export const MEASURE_COLUMNS: Column<MeasureRow>[] = [
  { header: 'Jobcenter', kind: 'text', width: 26, value: (r) => r.jobcenter },
  { header: 'Typ', kind: 'text', width: 6, value: (r) => r.typ },
  { header: 'LV', kind: 'text', width: 6, value: (r) => r.landschaftsverband },
  { header: 'RB', kind: 'text', width: 6, value: (r) => r.regierungsbezirk },
  { header: 'Berichtsjahr', kind: 'number', width: 12, value: (r) => r.jahr },
  {
    header: 'Handlungsfeld',
    kind: 'text',
    width: 28,
    value: (r) => `${handlungsfeld(r.handlungsfeld).nummer} – ${handlungsfeld(r.handlungsfeld).kurz}`,
  },
  { header: 'Maßnahme', kind: 'text', width: 48, value: (r) => r.massnahme },
  { header: 'Katalog-Maßnahme', kind: 'text', width: 36, value: (r) => r.katalog },
  { header: 'Stand', kind: 'text', width: 14, value: (r) => MEASURE_STATUS_LABELS[r.status] },
  { header: 'Beginn', kind: 'month', width: 10, value: (r) => r.beginn },
  { header: 'Ende', kind: 'month', width: 10, value: (r) => r.ende },
  { header: 'Zielgruppe (Adressaten)', kind: 'text', width: 30, value: (r) => r.zielgruppe },
  { header: 'Mittel (Euro)', kind: 'euro', width: 14, value: (r) => r.mittelEuro },
  { header: 'Herkunft der Mittel', kind: 'text', width: 24, value: (r) => r.mittelHerkunft },
  { header: 'Quelle', kind: 'text', width: 40, value: (r) => r.quelle },
];

export const REGISTER_COLUMNS: Column<RegisterRow>[] = [
  { header: 'Jobcenter', kind: 'text', width: 26, value: (r) => r.name },
  { header: 'Typ', kind: 'text', width: 6, value: (r) => r.typ },
  { header: 'LV', kind: 'text', width: 6, value: (r) => r.landschaftsverband },
  { header: 'RB', kind: 'text', width: 6, value: (r) => r.regierungsbezirk },
  { header: 'Stand', kind: 'text', width: 40, value: (r) => REGISTER_STATE_LABELS[r.stand] },
  { header: 'Beigetreten am', kind: 'date', width: 14, value: (r) => r.beigetretenAm },
  {
    header: 'Quelle',
    kind: 'text',
    width: 24,
    value: (r) => (r.quelle ? ACCESSION_SOURCE_LABELS[r.quelle] : undefined),
  },
  {
    header: 'Veröffentlichung',
    kind: 'text',
    width: 16,
    value: (r) => (r.veroeffentlichung === undefined ? undefined : r.veroeffentlichung ? 'ja' : 'nein'),
  },
];

/** `2018-03-15` → `15.03.2018`, `2018-03` → `03.2018`, 1234 → `1234`: what a German spreadsheet reads. */
export const germanCell = (kind: ColumnKind, value: string | number | undefined): string => {
  if (value === undefined) return '';
  if (kind === 'date' && typeof value === 'string') return value.split('-').reverse().join('.');
  if (kind === 'month' && typeof value === 'string') return value.split('-').reverse().join('.');
  return String(value);
};
