import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { type ExportFormat, evaluationApi } from '../../api/evaluation-endpoints';
import { Problem } from '../../components/status';
import { saveBlob } from '../../flows/registry-export';

type ExportState =
  | { step: 'idle' }
  | { step: 'downloading'; format: ExportFormat }
  | { step: 'done'; filename: string }
  | { step: 'failed'; error: ApiError };

const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'Als CSV herunterladen' },
  { format: 'xlsx', label: 'Als Excel (XLSX) herunterladen' },
];

/** The register as a file: fetched with the bearer token, then handed to the browser. */
export function RegisterExport() {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const download = async (format: ExportFormat) => {
    // Not disabled while busy: a disabled button would drop the keyboard focus.
    if (state.step === 'downloading') return;
    setState({ step: 'downloading', format });
    try {
      const { blob, filename } = await evaluationApi.exportRegister(format);
      saveBlob(blob, filename);
      setState({ step: 'done', filename });
    } catch (e) {
      setState({ step: 'failed', error: toApiError(e) });
    }
  };
  return (
    <section className="section" aria-labelledby="export-title">
      <h2 id="export-title">Herunterladen</h2>
      <p>
        Das Register mit allen Jobcentern, ihrem Stand und dem Datum des Beitritts, als CSV-Datei (UTF-8,
        Spalten durch Semikolon getrennt) oder als Excel-Datei.
      </p>
      <div className="button-group">
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button-secondary"
            onClick={() => void download(format)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="status" className="status-line">
        {state.step === 'downloading' ? 'Die Datei wird erstellt …' : null}
        {state.step === 'done' ? `Die Datei ${state.filename} wurde heruntergeladen.` : null}
      </div>
      {state.step === 'failed' ? <Problem error={state.error} /> : null}
    </section>
  );
}
