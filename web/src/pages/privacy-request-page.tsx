import { useEffect, useRef, useState } from 'react';
import {
  PRIVACY_KIND_TEXT,
  PRIVACY_STATUS_TEXT,
  type PrivacyRequest,
} from '../../../functions/privacy/privacy-request';
import { dataClass, RETENTION } from '../../../functions/privacy/retention-policy';
import { type ApiError, toApiError } from '../api/client';
import { privacyApi } from '../api/privacy-endpoints';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { AdminOnly } from '../components/admin-only';
import { ConfirmPanel } from '../components/confirm';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Notice, Problem } from '../components/status';
import { useSubmit } from '../components/use-submit';
import { useFileExport } from '../flows/file-export';
import { PRIVACY_ADMINS_ONLY } from '../flows/privacy-request-form';
import { formatDateTime } from '../labels';

const TITLE = 'Datenschutzanfrage';
/** How often the page asks again while the job is searching or erasing. */
const POLL_MS = 3000;

const classLabel = (id: string) =>
  RETENTION.some((c) => c.id === id) ? dataClass(id).label : 'sonstige Daten';

const pending = (r: PrivacyRequest | undefined) => r?.status === 'searching' || r?.status === 'erasing';

/** Loads the request and asks again while the background job works on it. */
const usePrivacyRequest = (id: string) => {
  const [request, setRequest] = useState<PrivacyRequest | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reload trigger
  useEffect(() => {
    const controller = new AbortController();
    privacyApi.get(id, controller.signal).then(
      (r) => {
        setRequest(r);
        setError(undefined);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(toApiError(e));
      },
    );
    return () => controller.abort();
  }, [id, generation]);
  useEffect(() => {
    if (!pending(request)) return;
    const t = setTimeout(() => setGeneration((g) => g + 1), POLL_MS);
    return () => clearTimeout(t);
  }, [request]);
  return { request, error, setRequest, reload: () => setGeneration((g) => g + 1) };
};

function Findings({ request }: { request: PrivacyRequest }) {
  if (request.findingsTotal === 0) return <p>Die Adresse kommt in den gespeicherten Daten nicht vor.</p>;
  return (
    <>
      <p>
        {request.findingsTotal === 1 ? '1 Fundstelle' : `${request.findingsTotal} Fundstellen`}
        {request.findingsTotal > request.findings.length
          ? `, davon die ersten ${request.findings.length} aufgeführt (die Löschung erfasst alle)`
          : ''}
        .
      </p>
      <table className="table">
        <caption className="visually-hidden">Fundstellen der E-Mail-Adresse</caption>
        <thead>
          <tr>
            <th scope="col">Datenkategorie</th>
            <th scope="col">Eintrag</th>
            <th scope="col">Feld</th>
          </tr>
        </thead>
        <tbody>
          {request.findings.map((f) => (
            <tr key={`${f.pk}|${f.sk}|${f.path}`}>
              <th scope="row">{classLabel(f.dataClass)}</th>
              <td data-label="Eintrag">
                <code>
                  {f.pk} / {f.sk}
                </code>
              </td>
              <td data-label="Feld">
                <code>{f.path}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function EraseAction({
  request,
  onErased,
}: {
  request: PrivacyRequest;
  onErased: (r: PrivacyRequest) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmit();
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = async () => {
    if (submit.start()) await submit.run(async () => onErased(await privacyApi.confirmErasure(request.id)));
  };
  if (confirming)
    return (
      <ConfirmPanel
        title="Wirklich löschen?"
        confirmLabel="Endgültig löschen bzw. pseudonymisieren"
        warning
        busy={submit.busy}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setConfirming(false);
          setTimeout(() => opener.current?.focus(), 0);
        }}
      >
        <p>
          Die Adresse wird an allen {request.findingsTotal} Fundstellen entfernt: Zustellereignisse und
          Sperrvermerke werden gelöscht, Kontakte und Protokolleinträge pseudonymisiert, in
          Beitrittserklärungen und Selbstbewertungen treten Funktion und Platzhalter an die Stelle von Name
          und Adresse. Das lässt sich nicht rückgängig machen.
        </p>
        {submit.problem ? <Problem error={submit.problem} /> : null}
      </ConfirmPanel>
    );
  return (
    <button ref={opener} type="button" className="button button-warning" onClick={() => setConfirming(true)}>
      Löschen bzw. pseudonymisieren …
    </button>
  );
}

/** One access or erasure request (admins only). */
export function PrivacyRequestPage({ id }: { id: string }) {
  return (
    <AdminOnly title={TITLE} denied={PRIVACY_ADMINS_ONLY}>
      <PrivacyRequestView id={id} />
    </AdminOnly>
  );
}

/** The request's state, findings, JSON export and (for erasure) the erase button. */
function PrivacyRequestView({ id }: { id: string }) {
  const { request, error, setRequest, reload } = usePrivacyRequest(id);
  const { state: exportState, download } = useFileExport(() => privacyApi.download(id));

  return (
    <>
      <PageTitle title={TITLE} />
      <p>
        <Link to={PATHS.privacyRequests}>Zurück zu allen Datenschutzanfragen</Link>
      </p>
      <PageHeading>{request ? PRIVACY_KIND_TEXT[request.kind] : TITLE}</PageHeading>
      {error ? <Problem error={error} onRetry={reload} /> : null}
      {!request && !error ? <Loading>Die Anfrage wird geladen …</Loading> : null}
      {request ? (
        <>
          <dl className="facts">
            <dt>E-Mail-Adresse</dt>
            <dd>{request.email ?? 'nicht mehr gespeichert (gelöscht)'}</dd>
            <dt>Anlass</dt>
            <dd>{request.reason}</dd>
            <dt>Erfasst</dt>
            <dd>{formatDateTime(request.createdAt)}</dd>
          </dl>
          <div aria-live="polite" aria-atomic="true">
            <p className="status-line">
              <strong>Stand:</strong> {PRIVACY_STATUS_TEXT[request.status]}
              {pending(request) ? ' – die Seite aktualisiert sich selbst.' : ''}
            </p>
          </div>
          {request.status === 'erased' ? (
            <Notice title="Erledigt" kind="success">
              <p>
                Am {formatDateTime(request.erasedAt ?? request.createdAt)} wurden{' '}
                {Object.values(request.counts ?? {}).reduce((a, b) => a + b, 0)} Einträge gelöscht bzw.
                pseudonymisiert. Der Vorgang ist mit Anlass und Anzahl im Protokoll vermerkt.
              </p>
            </Notice>
          ) : null}
          {request.status !== 'searching' ? (
            <>
              <h2>Fundstellen</h2>
              <Findings request={request} />
              <div className="measure-actions">
                <div className="button-group">
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => void download('csv')}
                  >
                    Auskunft als JSON herunterladen
                  </button>
                  {request.kind === 'erasure' && request.status === 'found' && request.findingsTotal > 0 ? (
                    <EraseAction request={request} onErased={setRequest} />
                  ) : null}
                </div>
                <div aria-live="polite">
                  {exportState.step === 'downloading' ? (
                    <p className="status-line">Die Datei wird erstellt …</p>
                  ) : null}
                  {exportState.step === 'done' ? (
                    <p className="status-line">Die Datei {exportState.filename} wurde heruntergeladen.</p>
                  ) : null}
                </div>
                {exportState.step === 'failed' ? <Problem error={exportState.error} /> : null}
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
