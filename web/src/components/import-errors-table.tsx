import type { FieldProblem } from '../api/client';

export const IMPORT_ERRORS_ID = 'import-fehler';

const columnLabel = (field: string) =>
  field === 'datei' ? '(ganze Datei)' : field === 'zeile' ? '(ganze Zeile)' : field;

/** Every problem of a rejected file with the line and column to fix (as an editor shows them). */
export function ImportErrorsTable({ fields }: { fields: FieldProblem[] }) {
  return (
    <div id={IMPORT_ERRORS_ID} className="table-wrapper" tabIndex={-1}>
      <table className="table table-stack errors-table">
        <caption className="table-caption">Fehler in der Datei ({fields.length})</caption>
        <thead>
          <tr>
            <th scope="col">Zeile</th>
            <th scope="col">Spalte</th>
            <th scope="col">Fehler</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole, never reordered
            <tr key={i}>
              <td data-label="Zeile">{f.row ?? '–'}</td>
              <td data-label="Spalte">
                <code>{columnLabel(f.field)}</code>
              </td>
              <td data-label="Fehler">{f.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const describeProblem = (f: FieldProblem): string =>
  `${f.row !== undefined ? `Zeile ${f.row}, ` : ''}Spalte ${columnLabel(f.field)}: ${f.message}`;
