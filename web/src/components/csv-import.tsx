import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import type { ImportState } from '../flows/registry-import';
import type { SummaryError } from './error-summary';
import { FileField } from './fields';
import { describeProblem, IMPORT_ERRORS_ID } from './import-errors-table';

/**
 * The pieces every CSV import page shares (registry, earlier accessions): the file field with
 * "Datei prüfen", the error summary of a rejected file and focus on the result when it appears.
 */
export const CSV_FILE_INPUT_ID = 'csv-datei';
const MAX_LISTED_ERRORS = 10;

type Failed = Extract<ImportState<unknown>, { step: 'failed' }>;

/** Up to ten errors of the file (each linked to the error table), or the one problem of the upload. */
export const importErrorSummary = ({ problem, fileProblem }: Failed): SummaryError[] => {
  if (problem.fields.length > 0) {
    const listed = problem.fields
      .slice(0, MAX_LISTED_ERRORS)
      .map((f) => ({ text: describeProblem(f), href: `#${IMPORT_ERRORS_ID}` }));
    const more = problem.fields.length - listed.length;
    return more > 0
      ? [...listed, { text: `… und ${more} weitere Fehler`, href: `#${IMPORT_ERRORS_ID}` }]
      : listed;
  }
  return [
    {
      text: problem.message,
      ...(fileProblem || problem.status === 409 ? { href: `#${CSV_FILE_INPUT_ID}` } : {}),
    },
  ];
};

/** The inline message at the file field. */
export const importFileError = (state: ImportState<unknown>): string | undefined => {
  if (state.step !== 'failed' || !state.fileProblem) return undefined;
  return state.problem.fields.length > 0
    ? 'Die Datei enthält Fehler. Korrigieren Sie die Datei und wählen Sie sie erneut aus.'
    : state.problem.message;
};

/** Moves focus to a result heading when it appears, so the outcome is read out. */
export const useFocusOnChange = (id: string, when: string) => {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (when) document.getElementById(id)?.focus();
  }, [id, when]);
};

/** The form to choose a CSV file and have it checked (dry run). */
export function CsvFileForm({
  state,
  hint,
  onCheck,
  onFileChanged,
}: {
  state: ImportState<unknown>;
  hint: ReactNode;
  onCheck: (file: File | undefined) => void;
  onFileChanged: () => void;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  const busy = state.step === 'checking' || state.step === 'applying';
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onCheck(fileRef.current?.files?.[0]);
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
      <FileField
        ref={fileRef}
        id={CSV_FILE_INPUT_ID}
        name="datei"
        label="CSV-Datei"
        hint={hint}
        accept=".csv,text/csv"
        error={importFileError(state)}
        onChange={onFileChanged}
      />
      <button type="submit" className="button" disabled={busy}>
        Datei prüfen
      </button>
    </form>
  );
}
