import type { RegistryImportResult } from '../../../functions/registry/registry-csv';
import { api } from '../api/endpoints';
import { isAdmin, usePrincipal } from '../app/context';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { CsvFileForm, importErrorSummary, useFocusOnChange } from '../components/csv-import';
import { ErrorSummary } from '../components/error-summary';
import { exportStatusText } from '../components/export-buttons';
import { ImportErrorsTable } from '../components/import-errors-table';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Notice, Problem } from '../components/status';
import { useFileExport } from '../flows/file-export';
import { countsOf, hasChanges, useRegistryImport } from '../flows/registry-import';

function Counts({ result }: { result: RegistryImportResult }) {
  return (
    <ul className="counts">
      {countsOf(result).map(({ key, count, ids }) => (
        <li key={key}>
          <span className="count-number">{count}</span> {key}
          {ids.length > 0 ? <span className="count-ids">: {ids.join(', ')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function ExportSection() {
  const { state, download } = useFileExport(() => api.exportRegistry());
  return (
    <section className="section" aria-labelledby="export-title">
      <h2 id="export-title">Exportieren</h2>
      <p>
        Laden Sie das aktuelle Verzeichnis als CSV-Datei herunter (UTF-8, Spalten durch Semikolon getrennt).
        Sie können die Datei in einer Tabellenkalkulation bearbeiten und anschließend wieder importieren.
      </p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void download('csv')}
        disabled={state.step === 'downloading'}
      >
        CSV-Datei herunterladen
      </button>
      <div role="status" className="status-line">
        {exportStatusText(state)}
      </div>
      {state.step === 'failed' ? <Problem error={state.error} /> : null}
    </section>
  );
}

function ImportSection({ flow }: { flow: ReturnType<typeof useRegistryImport> }) {
  const { state, check, apply, fileChanged, reset } = flow;
  useFocusOnChange('import-result', state.step === 'checked' || state.step === 'applied' ? state.step : '');

  return (
    <section className="section" aria-labelledby="import-title">
      <h2 id="import-title">Importieren</h2>
      <p>
        Der Import prüft zuerst die ganze Datei und zeigt, was sich ändern würde. Erst wenn Sie die Änderungen
        übernehmen, wird das Verzeichnis aktualisiert. Enthält die Datei einen Fehler, wird nichts übernommen.
      </p>
      <CsvFileForm
        state={state}
        hint="Eine Datei aus dem Export, höchstens 256 KB. Jobcenter, die in der Datei fehlen, bleiben unverändert."
        onCheck={(file) => void check(file)}
        onFileChanged={fileChanged}
      />

      {state.step === 'checking' ? <Loading>Die Datei wird geprüft …</Loading> : null}
      {state.step === 'applying' ? <Loading>Die Änderungen werden übernommen …</Loading> : null}

      {state.step === 'checked' ? (
        <Notice title={`Prüfergebnis für ${state.file.name}`} headingId="import-result">
          <Counts result={state.result} />
          {state.file.encoding === 'windows-1252' ? (
            <p>Die Datei war nicht in UTF-8 gespeichert; sie wurde als Windows-1252 gelesen.</p>
          ) : null}
          {hasChanges(state.result) ? (
            <>
              <p>Noch wurde nichts übernommen.</p>
              <div className="button-group">
                <button type="button" className="button" onClick={() => void apply()}>
                  Änderungen übernehmen
                </button>
                <button type="button" className="button button-secondary" onClick={reset}>
                  Abbrechen
                </button>
              </div>
            </>
          ) : (
            <p>Die Datei enthält keine Änderungen gegenüber dem Verzeichnis.</p>
          )}
        </Notice>
      ) : null}

      {state.step === 'applied' ? (
        <Notice kind="success" title="Änderungen übernommen" headingId="import-result">
          <Counts result={state.result} />
          <p>
            <Link to={PATHS.jobcenterList}>Zur Übersicht der Jobcenter</Link>
          </p>
        </Notice>
      ) : null}

      {state.step === 'failed' && state.problem.fields.length > 0 ? (
        <ImportErrorsTable fields={state.problem.fields} />
      ) : null}
    </section>
  );
}

export function RegistryPage() {
  const principal = usePrincipal();
  const flow = useRegistryImport();
  const failed = flow.state.step === 'failed' ? flow.state : undefined;

  return (
    <>
      <PageTitle title="Verzeichnis importieren und exportieren" hasErrors={Boolean(failed)} />
      {failed ? (
        <ErrorSummary
          errors={importErrorSummary(failed)}
          {...(failed.problem.fields.length > 0 ? { description: failed.problem.message } : {})}
        />
      ) : null}
      <PageHeading caption="Verwaltung">Verzeichnis importieren und exportieren</PageHeading>
      <p>Das Verzeichnis enthält alle Jobcenter in Nordrhein-Westfalen mit ihren Trägern und Kontakten.</p>
      <ExportSection />
      {principal.state === 'loading' ? <Loading>Ihre Berechtigungen werden geprüft …</Loading> : null}
      {principal.state === 'failed' ? <Problem error={principal.error} onRetry={principal.reload} /> : null}
      {isAdmin(principal) ? (
        <ImportSection flow={flow} />
      ) : principal.state === 'ready' ? (
        <section className="section" aria-labelledby="import-title">
          <h2 id="import-title">Importieren</h2>
          <p>Den Import dürfen nur Personen mit der Rolle „Administration“ durchführen.</p>
        </section>
      ) : null}
    </>
  );
}
