import { useCallback, useReducer } from 'react';
import type { RegistryImportResult } from '../../../functions/registry/registry-csv';
import { type FieldProblem, toApiError } from '../api/client';
import { api } from '../api/endpoints';
import { type CsvFile, checkChosenFile, readCsvFile } from './csv-file';

/**
 * A CSV import as a small state machine: choose a file → check it (dry run) → apply exactly the
 * checked text. Any problem leads to `failed`; nothing is written unless the person confirms a
 * checked result. Used by the registry import and the import of earlier accessions (`R` is what
 * the API answers).
 */
export type ImportProblem = { message: string; status: number; fields: FieldProblem[] };

export type ImportState<R = RegistryImportResult> =
  | { step: 'choose' }
  | { step: 'checking' }
  | { step: 'checked'; file: CsvFile; result: R }
  | { step: 'applying'; file: CsvFile; result: R }
  | { step: 'applied'; file: CsvFile; result: R }
  | { step: 'failed'; problem: ImportProblem; fileProblem: boolean };

export type ImportEvent<R = RegistryImportResult> =
  | { type: 'fileChanged' }
  | { type: 'checkStarted' }
  | { type: 'checked'; file: CsvFile; result: R }
  | { type: 'applyStarted' }
  | { type: 'applied'; result: R }
  | { type: 'failed'; problem: ImportProblem; fileProblem: boolean };

export const initialImportState: ImportState<never> = { step: 'choose' };

export const importReducer = <R = RegistryImportResult>(
  state: ImportState<R>,
  event: ImportEvent<R>,
): ImportState<R> => {
  switch (event.type) {
    case 'fileChanged':
      return state.step === 'checking' || state.step === 'applying' ? state : initialImportState;
    case 'checkStarted':
      return { step: 'checking' };
    case 'checked':
      return { step: 'checked', file: event.file, result: event.result };
    case 'applyStarted':
      return state.step === 'checked' ? { step: 'applying', file: state.file, result: state.result } : state;
    case 'applied':
      return state.step === 'applying' ? { step: 'applied', file: state.file, result: event.result } : state;
    case 'failed':
      return { step: 'failed', problem: event.problem, fileProblem: event.fileProblem };
  }
};

export const hasChanges = (result: RegistryImportResult): boolean =>
  result.created.length + result.updated.length > 0;

/** "1 neu, 2 geändert, 50 unverändert" */
export const countsOf = (result: RegistryImportResult) => [
  { key: 'neu', count: result.created.length, ids: result.created },
  { key: 'geändert', count: result.updated.length, ids: result.updated },
  { key: 'unverändert', count: result.unchanged, ids: [] as string[] },
];

const problemOf = (e: unknown): ImportProblem => {
  const error = toApiError(e);
  const message =
    error.status === 409
      ? `${error.message} Bitte prüfen Sie die Datei erneut.`
      : error.status === 413
        ? error.message || 'Die Datei ist zu groß.'
        : error.message;
  return { message, status: error.status, fields: error.fields };
};

/** Problems that the person fixes by choosing another file (as opposed to e.g. a network error). */
const isFileProblem = (status: number) => status === 400 || status === 413 || status === 415 || status === -1;

/**
 * `run(csv, dryRun)` sends the text to the import route; `maxBytes` is that route's limit, checked
 * before anything is sent.
 */
export const useCsvImport = <R>(
  run: (csv: string, dryRun: boolean) => Promise<R>,
  options: { maxBytes?: number } = {},
) => {
  const [state, dispatch] = useReducer(importReducer<R>, initialImportState);
  const { maxBytes } = options;

  const check = useCallback(
    async (file: File | undefined) => {
      const invalid = checkChosenFile(file, maxBytes);
      if (invalid || !file) {
        dispatch({
          type: 'failed',
          problem: { message: invalid ?? 'Wählen Sie eine CSV-Datei aus.', status: -1, fields: [] },
          fileProblem: true,
        });
        return;
      }
      dispatch({ type: 'checkStarted' });
      try {
        const csv = await readCsvFile(file);
        const result = await run(csv.text, true);
        dispatch({ type: 'checked', file: csv, result });
      } catch (e) {
        const problem = problemOf(e);
        dispatch({ type: 'failed', problem, fileProblem: isFileProblem(problem.status) });
      }
    },
    [run, maxBytes],
  );

  const apply = useCallback(async () => {
    if (state.step !== 'checked') return;
    dispatch({ type: 'applyStarted' });
    try {
      dispatch({ type: 'applied', result: await run(state.file.text, false) });
    } catch (e) {
      const problem = problemOf(e);
      dispatch({ type: 'failed', problem, fileProblem: isFileProblem(problem.status) });
    }
  }, [state, run]);

  const fileChanged = useCallback(() => dispatch({ type: 'fileChanged' }), []);
  const reset = fileChanged;

  return { state, check, apply, fileChanged, reset };
};

export const useRegistryImport = () => useCsvImport(api.importRegistry);
