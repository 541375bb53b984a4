import type { ReactNode } from 'react';
import type { ExportFormat } from '../api/evaluation-endpoints';
import type { ExportState } from '../flows/registry-export';
import { Problem } from './status';

/** What the live region says about a download (nothing while idle or after a failure). */
export const exportStatusText = (state: ExportState): string | null =>
  state.step === 'downloading'
    ? 'Die Datei wird erstellt …'
    : state.step === 'done'
      ? `Die Datei ${state.filename} wurde heruntergeladen.`
      : null;

const LABELS: Record<ExportFormat, string> = {
  csv: 'Als CSV herunterladen',
  xlsx: 'Als Excel (XLSX) herunterladen',
};

/**
 * "Als CSV / Als Excel (XLSX) herunterladen" (the `formats` offered, both by default) with the
 * state of the download in a live region. `children`: further actions in the same row, e.g. the
 * link to the print view.
 */
export function ExportButtons({
  state,
  onDownload,
  formats = ['csv', 'xlsx'],
  children,
}: {
  state: ExportState;
  onDownload: (format: ExportFormat) => void;
  formats?: readonly ExportFormat[];
  children?: ReactNode;
}) {
  const status = exportStatusText(state);
  return (
    <div className="measure-actions">
      <div className="button-group">
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            className="button button-secondary"
            onClick={() => onDownload(format)}
          >
            {LABELS[format]}
          </button>
        ))}
        {children}
      </div>
      <div aria-live="polite">{status ? <p className="status-line">{status}</p> : null}</div>
      {state.step === 'failed' ? <Problem error={state.error} /> : null}
    </div>
  );
}
