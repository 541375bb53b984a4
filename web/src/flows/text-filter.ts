import type { TextsQuery } from '../../../functions/evaluation/api-schemas';
import { HANDLUNGSFELDER } from '../../../functions/questionnaire/handlungsfelder';
import { QUESTIONNAIRES } from '../../../functions/self-assessment/questionnaire/versions';
import { measureQueryString } from '../api/evaluation-endpoints';
import { handlungsfeldLabel, type Option } from './measure-filter';

/**
 * The filter of "Antworten im Wortlaut" lives in the query string, like the measures table. The
 * year is required by the API: without one in the address, the newest questionnaire's year is
 * asked for. Values are passed on unchecked, so a bad one typed into the address gets the
 * server's 400 that names the parameter.
 */
export type TextParams = { jahr: string; handlungsfeld?: string; frage?: string };

const KEYS = ['jahr', 'handlungsfeld', 'frage'] as const satisfies readonly (keyof TextsQuery)[];

/** The years with a published questionnaire, newest first. */
export const TEXT_YEARS: readonly number[] = [
  ...new Set(Object.values(QUESTIONNAIRES).map((q) => q.year)),
].sort((a, b) => b - a);

export const DEFAULT_TEXT_YEAR = String(TEXT_YEARS[0] ?? new Date().getFullYear());

const pick = (source: { get(key: string): unknown }): TextParams => {
  const params: TextParams = { jahr: DEFAULT_TEXT_YEAR };
  for (const key of KEYS) {
    const value = source.get(key);
    if (typeof value === 'string' && value.trim() !== '') params[key] = value.trim();
  }
  return params;
};

export const textParamsFromQuery = (query: URLSearchParams): TextParams => pick(query);
export const textParamsFromForm = (form: FormData): TextParams => pick(form);

/** `?jahr=2026&frage=hindernisse`: always with the year, so the address says what is shown. */
export const textParamsToQuery = (params: TextParams): string =>
  measureQueryString(Object.fromEntries(KEYS.flatMap((k) => (params[k] ? [[k, params[k]]] : []))));

export const isTextFiltered = (params: TextParams): boolean => !!(params.handlungsfeld || params.frage);

export const textYearOptions = (): Option[] =>
  TEXT_YEARS.map((y) => ({ value: String(y), label: String(y) }));

export const handlungsfeldOptions = (): Option[] =>
  HANDLUNGSFELDER.map((h) => ({ value: h.id, label: handlungsfeldLabel(h.id) }));

/**
 * The text questions of the year's questionnaire, once each (every Handlungsfeld asks the same
 * ones); the label is that of the first Handlungsfeld.
 */
export const questionOptions = (year: string): Option[] => {
  const q = Object.values(QUESTIONNAIRES).find((x) => String(x.year) === year);
  const options = new Map<string, string>();
  for (const section of q?.sections ?? [])
    for (const question of section.questions)
      if (!options.has(question.id)) options.set(question.id, question.label);
  return [...options].map(([value, label]) => ({ value, label }));
};

/** "2 Antworten von 2 Jobcentern", "1 Antwort von 1 Jobcenter". */
export const answerCountText = (answers: number, jobcenters: number): string =>
  `${answers} ${answers === 1 ? 'Antwort' : 'Antworten'} von ${jobcenters} ${jobcenters === 1 ? 'Jobcenter' : 'Jobcentern'}`;
