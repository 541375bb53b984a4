import {
  ACCESSION_IMPORT_COLUMNS,
  MAX_ACCESSION_IMPORT_BYTES,
  MAX_ACCESSION_IMPORT_ROWS,
} from '../../../../functions/accessions/accession-csv';
import { evaluationApi } from '../../api/evaluation-endpoints';
import { useResource } from '../../api/use-resource';
import { isAdmin, usePrincipal } from '../../app/context';
import { Link } from '../../app/router';
import { PATHS } from '../../app/routes';
import { CsvFileForm, importErrorSummary, useFocusOnChange } from '../../components/csv-import';
import { ErrorSummary } from '../../components/error-summary';
import { ImportErrorsTable } from '../../components/import-errors-table';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading, Notice } from '../../components/status';
import { useCsvImport } from '../../flows/registry-import';

const TITLE = 'Frühere Beitritte übernehmen';
const accessions = (n: number) => `${n} ${n === 1 ? 'Beitritt' : 'Beitritte'}`;

type Column = (typeof ACCESSION_IMPORT_COLUMNS)[number];
const COLUMN_TEXTS: Record<Column, { required: boolean; text: string }> = {
  jobcenter_id: {
    required: true,
    text: 'Kennung des Jobcenters wie im Verzeichnis, zum Beispiel kreis-kleve',
  },
  beigetreten_am: { required: true, text: 'Datum des Beitritts, als TT.MM.JJJJ oder JJJJ-MM-TT' },
  unterzeichnet_von: { required: true, text: 'Name der Person, die die Erklärung unterzeichnet hat' },
  funktion: { required: false, text: 'Funktion dieser Person' },
  traeger_zugestimmt_am: { required: true, text: 'Datum der Zustimmung der Träger, nicht nach dem Beitritt' },
  gremium: { required: false, text: 'Gremium, das zugestimmt hat' },
  veroeffentlichung: { required: true, text: '„ja“ oder „nein“: darf der Beitritt veröffentlicht werden?' },
  bemerkung: { required: false, text: 'Zum Beispiel das Aktenzeichen' },
};

const SAMPLE = [
  ACCESSION_IMPORT_COLUMNS.join(';'),
  'kreis-kleve;15.05.2019;Erika Mustermann;Geschäftsführerin;02.05.2019;Trägerversammlung;ja;Akte 2019/17',
].join('\n');

function ExpectedColumns() {
  return (
    <section className="section" aria-labelledby="spalten-title">
      <h2 id="spalten-title">Aufbau der Datei</h2>
      <p>
        Eine CSV-Datei (UTF-8 oder aus Excel gespeichert, Spalten durch Semikolon getrennt) mit einer
        Kopfzeile und einer Zeile je Jobcenter. Die Reihenfolge der Spalten ist beliebig; jede Spalte muss
        vorkommen, Zellen ohne Pflicht dürfen leer bleiben.
      </p>
      <table className="table table-stack columns-table">
        <caption className="table-caption">Spalten der Datei</caption>
        <thead>
          <tr>
            <th scope="col">Spalte</th>
            <th scope="col">Pflicht</th>
            <th scope="col">Inhalt</th>
          </tr>
        </thead>
        <tbody>
          {ACCESSION_IMPORT_COLUMNS.map((c) => (
            <tr key={c}>
              <th scope="row" data-label="Spalte">
                <code>{c}</code>
              </th>
              <td data-label="Pflicht">{COLUMN_TEXTS[c].required ? 'ja' : 'nein'}</td>
              <td data-label="Inhalt">{COLUMN_TEXTS[c].text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Beispiel</h3>
      <pre className="csv-sample">
        <code>{SAMPLE}</code>
      </pre>
    </section>
  );
}

function ImportSection() {
  const flow = useCsvImport(evaluationApi.importAccessions, { maxBytes: MAX_ACCESSION_IMPORT_BYTES });
  const { state, check, apply, fileChanged, reset } = flow;
  const register = useResource('register', (signal) => evaluationApi.getRegister(signal));
  const names = new Map(
    register.state === 'ready' ? register.data.rows.map((r) => [r.jobcenterId, r.name]) : [],
  );
  const nameList = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  const failed = state.step === 'failed' ? state : undefined;
  useFocusOnChange('import-result', state.step === 'checked' || state.step === 'applied' ? state.step : '');

  return (
    <>
      {failed ? (
        <ErrorSummary
          errors={importErrorSummary(failed)}
          {...(failed.problem.fields.length > 0 ? { description: failed.problem.message } : {})}
        />
      ) : null}
      <PageTitle title={TITLE} hasErrors={Boolean(failed)} />
      <p>
        <Link to={PATHS.evaluationRegister} className="back-link">
          Zurück zum Beitrittsregister
        </Link>
      </p>
      <PageHeading caption="Auswertung">{TITLE}</PageHeading>
      <p>
        Beitritte aus der Zeit vor diesem System übernehmen Sie aus einer CSV-Datei. Die Datei wird zuerst
        geprüft; erst wenn Sie das Ergebnis bestätigen, gelten die Jobcenter als beigetreten. Enthält die
        Datei einen Fehler, wird nichts übernommen.
      </p>
      <section className="section" aria-labelledby="datei-title">
        <h2 id="datei-title">Datei prüfen und übernehmen</h2>
        <CsvFileForm
          state={state}
          hint={`Höchstens ${MAX_ACCESSION_IMPORT_BYTES / 1024} KB und ${MAX_ACCESSION_IMPORT_ROWS} Jobcenter je Datei. Jobcenter, die schon beigetreten sind, dürfen nicht in der Datei stehen.`}
          onCheck={(file) => void check(file)}
          onFileChanged={fileChanged}
        />
        {state.step === 'checking' ? <Loading>Die Datei wird geprüft …</Loading> : null}
        {state.step === 'applying' ? <Loading>Die Beitritte werden übernommen …</Loading> : null}
        {state.step === 'checked' ? (
          <Notice title={`Prüfergebnis für ${state.file.name}`} headingId="import-result">
            {state.file.encoding === 'windows-1252' ? (
              <p>Die Datei war nicht in UTF-8 gespeichert; sie wurde als Windows-1252 gelesen.</p>
            ) : null}
            <p>
              Die Datei ist fehlerfrei. Übernommen würden {accessions(state.result.imported.length)}:{' '}
              {nameList(state.result.imported)}.
            </p>
            <p>Noch wurde nichts übernommen.</p>
            <div className="button-group">
              <button type="button" className="button" onClick={() => void apply()}>
                Übernehmen
              </button>
              <button type="button" className="button button-secondary" onClick={reset}>
                Abbrechen
              </button>
            </div>
          </Notice>
        ) : null}
        {state.step === 'applied' ? (
          <Notice kind="success" title="Beitritte übernommen" headingId="import-result">
            <p>
              {state.result.imported.length} Jobcenter gelten jetzt als beigetreten:{' '}
              {nameList(state.result.imported)}.
            </p>
            <p>
              <Link to={PATHS.evaluationRegister}>Zum Beitrittsregister</Link>
            </p>
          </Notice>
        ) : null}
        {failed && failed.problem.fields.length > 0 ? (
          <ImportErrorsTable fields={failed.problem.fields} />
        ) : null}
      </section>
      <ExpectedColumns />
    </>
  );
}

export function AccessionImportPage() {
  const principal = usePrincipal();
  if (principal.state === 'ready' && !isAdmin(principal))
    return (
      <>
        <PageTitle title={TITLE} />
        <PageHeading caption="Auswertung">{TITLE}</PageHeading>
        <p>Frühere Beitritte dürfen nur Personen mit der Rolle „Administration“ übernehmen.</p>
        <p>
          <Link to={PATHS.evaluationRegister}>Zum Beitrittsregister</Link>
        </p>
      </>
    );
  return <ImportSection />;
}
