import { evaluationApi } from '../../api/evaluation-endpoints';
import { ExportButtons } from '../../components/export-buttons';
import { useFileExport } from '../../flows/file-export';

/** The register as a file: fetched with the bearer token, then handed to the browser. */
export function RegisterExport() {
  const { state, download } = useFileExport((format) => evaluationApi.exportRegister(format));
  return (
    <section className="section" aria-labelledby="export-title">
      <h2 id="export-title">Herunterladen</h2>
      <p>
        Das Register mit allen Jobcentern, ihrem Stand und dem Datum des Beitritts, als CSV-Datei (UTF-8,
        Spalten durch Semikolon getrennt) oder als Excel-Datei.
      </p>
      <ExportButtons state={state} onDownload={(format) => void download(format)} />
    </section>
  );
}
