import {
  type JobcenterFilter,
  JobcenterType,
  Landschaftsverband,
  Regierungsbezirk,
} from '../../../functions/registry/jobcenter';
import { LV_LABELS, RB_LABELS, TYPE_LABELS } from '../labels';

/** The list filter lives in the query string, so a filtered list can be bookmarked and shared. */
export const FILTER_FIELDS = [
  { key: 'type', label: 'Typ', schema: JobcenterType, labels: TYPE_LABELS },
  { key: 'landschaftsverband', label: 'Landschaftsverband', schema: Landschaftsverband, labels: LV_LABELS },
  { key: 'regierungsbezirk', label: 'Regierungsbezirk', schema: Regierungsbezirk, labels: RB_LABELS },
] as const;

/** Unknown or invalid values are ignored rather than shown as an error: the query is not a form. */
export const filterFromQuery = (query: URLSearchParams): JobcenterFilter => {
  const filter: Record<string, string> = {};
  for (const field of FILTER_FIELDS) {
    const parsed = field.schema.safeParse(query.get(field.key));
    if (parsed.success) filter[field.key] = parsed.data;
  }
  return filter as JobcenterFilter;
};

export const filterToQuery = (filter: JobcenterFilter): string => {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = filter[field.key];
    if (value) params.set(field.key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
};

export const filterFromForm = (form: FormData): JobcenterFilter => {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = form.get(field.key);
    if (typeof value === 'string' && value) params.set(field.key, value);
  }
  return filterFromQuery(params);
};

export const isFiltered = (filter: JobcenterFilter): boolean => filterToQuery(filter) !== '';

/** Options for the select boxes: "Alle" first, then `zkT – zugelassener kommunaler Träger`. */
export const filterOptions = (field: (typeof FILTER_FIELDS)[number]) => [
  { value: '', label: 'Alle' },
  ...Object.entries(field.labels).map(([value, label]) => ({ value, label: `${value} – ${label}` })),
];

/** "Typ: zkT, Regierungsbezirk: MS" for the table caption. */
export const describeFilter = (filter: JobcenterFilter): string =>
  FILTER_FIELDS.flatMap((field) => {
    const value = filter[field.key];
    return value ? [`${field.label}: ${value}`] : [];
  }).join(', ');
