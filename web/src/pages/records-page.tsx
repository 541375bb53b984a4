import { useCallback, useEffect, useState } from 'react';
import type { RecordsDocument, RecordsList } from '../../../functions/records/records-link';
import { type ApiError, toApiError } from '../api/client';
import { recordsApi } from '../api/records-endpoints';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import { linkTokenFromHash } from '../flows/form-link';
import { saveBlob } from '../flows/registry-export';
import { formatDateTime } from '../labels';

/** Where MAGS took a declaration from that was not submitted online. */
const ORIGIN_TEXT: Record<RecordsDocument['origin'], string> = {
  online: 'der Online-Erklärung',
  papier: 'der Erklärung auf Papier',
  import: 'früheren Unterlagen',
};

/** The records session lives in this page's memory only: a reload asks for the click again. */
type State =
  | { step: 'start'; token?: string; error?: ApiError }
  | { step: 'opening' }
  | { step: 'ready'; session: string; list: RecordsList };

/**
 * Public, opened from the records link (`/unterlagen/ansehen#t=…`): after the click on
 * "Unterlagen öffnen" (mail scanners that fetch the page open nothing) the link is exchanged for a
 * short records session, the fragment leaves the address bar, and the Jobcenter's documents are
 * listed, each with a PDF download.
 */
export function RecordsPage() {
  const [state, setState] = useState<State>(() => {
    const token = linkTokenFromHash(window.location.hash);
    return token ? { step: 'start', token } : { step: 'start' };
  });
  const [download, setDownload] = useState<{ key: string; error?: ApiError }>();

  const open = useCallback(async (token: string) => {
    setState({ step: 'opening' });
    try {
      const { sessionToken } = await recordsApi.openSession(token);
      window.history.replaceState(null, '', window.location.pathname);
      setState({ step: 'ready', session: sessionToken, list: await recordsApi.list(sessionToken) });
    } catch (e) {
      setState({ step: 'start', token, error: toApiError(e) });
    }
  }, []);
  useEffect(() => {
    if (state.step === 'ready') document.querySelector<HTMLElement>('main h1')?.focus();
  }, [state.step]);

  const fetchPdf = async (session: string, campaignId: string, version: number, filename: string) => {
    const key = `${campaignId}/${version}`;
    setDownload({ key });
    try {
      saveBlob(await recordsApi.document(session, campaignId, version), filename);
      setDownload(undefined);
    } catch (e) {
      setDownload({ key, error: toApiError(e) });
    }
  };

  return (
    <>
      <PageTitle title="Ihre Unterlagen" />
      <PageHeading caption={state.step === 'ready' ? `Jobcenter ${state.list.jobcenterName}` : undefined}>
        Ihre Unterlagen
      </PageHeading>
      {state.step === 'start' && !state.token ? (
        <p>
          Diese Seite öffnen Sie über den persönlichen Link aus unserer E-Mail. Einen neuen Link erhalten Sie
          unter <Link to={PATHS.recordsRequest}>Unterlagen anfordern</Link>.
        </p>
      ) : null}
      {state.step === 'start' && state.token ? (
        <>
          {state.error ? <Problem error={state.error} /> : null}
          <p>
            Hier finden Sie die Beitrittserklärung und die Selbstbewertungen Ihres Jobcenters als
            PDF-Dokumente, jeweils mit Eingangsnummer und Prüfsumme. Die Unterlagen lassen sich nur ansehen,
            nicht ändern.
          </p>
          {state.error ? (
            <p>
              <Link to={PATHS.recordsRequest}>Neuen Link anfordern</Link>
            </p>
          ) : (
            <button type="button" className="button" onClick={() => open(state.token as string)}>
              Unterlagen öffnen
            </button>
          )}
        </>
      ) : null}
      {state.step === 'opening' ? <Loading>Ihre Unterlagen werden geladen …</Loading> : null}
      {state.step === 'ready' && state.list.documents.length === 0 ? (
        <p>Ihr Jobcenter hat bisher keine Erklärung und keine Selbstbewertung online abgegeben.</p>
      ) : null}
      {state.step === 'ready' && state.list.documents.length > 0 ? (
        <table className="table table-stack">
          <caption className="table-caption">Abgegebene Fassungen ({state.list.documents.length})</caption>
          <thead>
            <tr>
              <th scope="col">Dokument</th>
              <th scope="col">Fassung</th>
              <th scope="col">Eingegangen am</th>
              <th scope="col">Eingangsnummer</th>
              <th scope="col">PDF</th>
            </tr>
          </thead>
          <tbody>
            {state.list.documents.map((d) => {
              const key = `${d.campaignId}/${d.version}`;
              return (
                <tr key={key}>
                  <th scope="row" data-label="Dokument">
                    {d.title}
                    {d.campaignTitle ? <span className="hint"> ({d.campaignTitle})</span> : null}
                  </th>
                  <td data-label="Fassung">{d.version}</td>
                  <td data-label="Eingegangen am">{formatDateTime(d.submittedAt)}</td>
                  <td data-label="Eingangsnummer">
                    {d.receiptNumber ?? (
                      <span className="hint">keine (von MAGS aus {ORIGIN_TEXT[d.origin]} erfasst)</span>
                    )}
                  </td>
                  <td data-label="PDF">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={download?.key === key && !download.error}
                      onClick={() =>
                        fetchPdf(
                          state.session,
                          d.campaignId,
                          d.version,
                          d.receiptNumber ? `${d.receiptNumber}.pdf` : 'Beitritt-erfasst.pdf',
                        )
                      }
                    >
                      PDF herunterladen
                      <span className="visually-hidden">
                        : {d.title}, Fassung {d.version}
                      </span>
                    </button>
                    {download?.key === key && download.error ? (
                      <p className="error-message" role="alert">
                        {download.error.message}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {state.step === 'ready' ? (
        <p>
          Die Prüfsumme im Dokument ist dieselbe wie in Ihrer Eingangsbestätigung: Mit ihr lässt sich
          feststellen, dass die gespeicherte Fassung unverändert ist.
        </p>
      ) : null}
      {state.step === 'ready' && state.list.documents.some((d) => d.origin !== 'online') ? (
        <p>
          Die Beitrittserklärung Ihres Jobcenters ist nicht online eingegangen, sondern vom Ministerium
          erfasst worden. Ihr PDF-Dokument gibt die erfassten Angaben wieder; maßgeblich bleibt die
          ursprüngliche Erklärung. Eine Eingangsnummer und eine Prüfsumme hat es nicht.
        </p>
      ) : null}
    </>
  );
}
