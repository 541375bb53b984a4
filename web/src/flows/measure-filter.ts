import { FILTER_KEYS, type MeasureQuery, SORT_KEYS } from '../../../functions/evaluation/measure-table';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import {
  MEASURE_STATUS_LABELS,
  MeasureStatus,
} from '../../../functions/self-assessment/questionnaire/definition';
import { measureQueryString } from '../api/evaluation-endpoints';
import { LV_LABELS, RB_LABELS, TYPE_LABELS } from '../labels';

/**
 * The filter, order and page of the measures table live in the query string (bookmarkable, the
 * same for the table, the exports and the print view). Values are passed on unchecked: a bad
 * value typed into the address reaches the server, whose 400 names the parameter.
 */
export type MeasureParams = Partial<Record<keyof MeasureQuery, string>>;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'auf' | 'ab';

export { FILTER_KEYS };

const ORDER_KEYS = ['sortierung', 'richtung'] as const satisfies readonly (keyof MeasureQuery)[];
const PARAM_KEYS = [...FILTER_KEYS, ...ORDER_KEYS, 'seite'] as const;

const pick = (source: { get(key: string): unknown }, keys: readonly (keyof MeasureQuery)[]) => {
  const params: MeasureParams = {};
  for (const key of keys) {
    const value = source.get(key);
    if (typeof value === 'string' && value.trim() !== '') params[key] = key === 'q' ? value.trim() : value;
  }
  return params;
};

/** Known parameters only (anything else in the address is left out); empty values are dropped. */
export const paramsFromQuery = (query: URLSearchParams): MeasureParams => pick(query, PARAM_KEYS);

/** `?handlungsfeld=hf2&sortierung=jahr`: always in the same order; page 1 is not written. */
export const paramsToQuery = (params: MeasureParams): string =>
  measureQueryString(
    Object.fromEntries(
      PARAM_KEYS.flatMap((key) => {
        const value = params[key];
        return value && !(key === 'seite' && value === '1') ? [[key, value]] : [];
      }),
    ),
  );

/** The submitted filter form (with the order as hidden fields); a new filter starts on page 1. */
export const paramsFromForm = (form: FormData): MeasureParams => pick(form, [...FILTER_KEYS, ...ORDER_KEYS]);

export const withoutPage = ({ seite: _, ...params }: MeasureParams): MeasureParams => params;

export const isFiltered = (params: MeasureParams): boolean => FILTER_KEYS.some((key) => !!params[key]);

/** The server sorts by Jobcenter, ascending, when nothing else is asked for. */
export const currentSort = (params: MeasureParams): { key: SortKey; direction: SortDirection } => ({
  key: SORT_KEYS.find((k) => k === params.sortierung) ?? 'jobcenter',
  direction: params.richtung === 'ab' ? 'ab' : 'auf',
});

/** A click on the sorted column reverses it; on another column sorts ascending. Back to page 1. */
export const sortParams = (params: MeasureParams, key: SortKey): MeasureParams => {
  const sort = currentSort(params);
  const richtung: SortDirection = sort.key === key && sort.direction === 'auf' ? 'ab' : 'auf';
  return { ...withoutPage(params), sortierung: key, richtung };
};

export const pageParams = (params: MeasureParams, seite: number): MeasureParams => ({
  ...params,
  seite: String(seite),
});

// ---------- Options of the select boxes ----------

export type Option = { value: string; label: string };
const ALL: Option = { value: '', label: 'Alle' };
const coded = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label: `${value} – ${label}` }));

/** `2 – Zugänglichkeit`, as in the table's Handlungsfeld column. */
export const handlungsfeldLabel = (id: HandlungsfeldId): string => {
  const hf = HANDLUNGSFELDER.find((h) => h.id === id);
  return hf ? `${hf.nummer} – ${hf.kurz}` : id;
};

export type SelectKey = 'handlungsfeld' | 'status' | 'landschaftsverband' | 'regierungsbezirk' | 'typ';

/** The select boxes whose options do not depend on data. */
export const FIXED_SELECTS: { key: SelectKey; label: string; options: Option[] }[] = [
  {
    key: 'handlungsfeld',
    label: 'Handlungsfeld',
    options: HANDLUNGSFELDER.map((h) => ({ value: h.id, label: handlungsfeldLabel(h.id) })),
  },
  {
    key: 'status',
    label: 'Stand',
    options: MeasureStatus.options.map((s) => ({ value: s, label: MEASURE_STATUS_LABELS[s] })),
  },
  { key: 'landschaftsverband', label: 'Landschaftsverband', options: coded(LV_LABELS) },
  { key: 'regierungsbezirk', label: 'Regierungsbezirk', options: coded(RB_LABELS) },
  { key: 'typ', label: 'Typ', options: coded(TYPE_LABELS) },
];

export const withAll = (options: Option[]): Option[] => [ALL, ...options];

/** Newest year first; without an answer from the server, 2018 up to this year. */
export const yearOptions = (years: readonly number[] | undefined): Option[] => {
  const list = years?.length
    ? [...years]
    : Array.from({ length: new Date().getFullYear() - 2018 + 1 }, (_, i) => 2018 + i);
  return list.sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
};

// ---------- The filter in words ----------

const labelOf = (key: SelectKey, value: string): string =>
  FIXED_SELECTS.find((s) => s.key === key)?.options.find((o) => o.value === value)?.label ?? value;

/** "Berichtsjahr: 2018, Handlungsfeld: 2 – Zugänglichkeit, Suche: „Leichte“" */
export const describeFilter = (
  params: MeasureParams,
  jobcenterName: (id: string) => string | undefined = () => undefined,
): string => {
  const parts: string[] = [];
  if (params.jahr) parts.push(`Berichtsjahr: ${params.jahr}`);
  for (const select of FIXED_SELECTS) {
    const value = params[select.key];
    if (!value) continue;
    const label = labelOf(select.key, value);
    // Codes (LVR, D, zkT) read best as the code; Handlungsfeld and Stand by their label.
    const shown = select.key === 'handlungsfeld' || select.key === 'status' ? label : value;
    parts.push(`${select.label}: ${shown}`);
  }
  if (params.jobcenter) parts.push(`Jobcenter: ${jobcenterName(params.jobcenter) ?? params.jobcenter}`);
  if (params.q) parts.push(`Suche: „${params.q}“`);
  return parts.join(', ');
};

/** "9 Maßnahmen von 3 Jobcentern", "1 Maßnahme von 1 Jobcenter". */
export const countText = (measures: number, jobcenters: number): string =>
  `${measures} ${measures === 1 ? 'Maßnahme' : 'Maßnahmen'} von ${jobcenters} ${jobcenters === 1 ? 'Jobcenter' : 'Jobcentern'}`;
