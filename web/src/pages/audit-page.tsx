import { type FormEvent, useEffect, useState } from 'react';
import type { AuditPage as AuditPageData } from '../../../functions/audit/api-schemas';
import { AUDIT_ACTIONS } from '../../../functions/audit/audit-actions';
import { AUDIT_COLUMNS } from '../../../functions/audit/audit-columns';
import type { AuditEvent } from '../../../functions/shared/audit';
import { type AuditParams, auditApi } from '../api/audit-endpoints';
import { type ApiError, toApiError } from '../api/client';
import { useResource } from '../api/use-resource';
import { Link, navigate, useLocation } from '../app/router';
import { PATHS } from '../app/routes';
import { AdminOnly } from '../components/admin-only';
import { ExportButtons } from '../components/export-buttons';
import { DateField, SelectField, TextField } from '../components/fields';
import { QueryProblem } from '../components/measure-filter-form';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import {
  auditCountText,
  auditParamsFromQuery,
  auditParamsToQuery,
  isAuditFiltered,
} from '../flows/audit-filter';
import { useFileExport } from '../flows/file-export';
import { useFilterDraft } from '../flows/filter-draft';
import { formatDateTime } from '../labels';

const ACTION_OPTIONS = [
  { value: '', label: 'Alle' },
  ...Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
];
const TABLE_COLUMNS = AUDIT_COLUMNS.filter((c) => !c.csvOnly);

/** The filter: a GET form whose state is the address, so a filtered view can be bookmarked. */
function AuditFilterForm({ params }: { params: AuditParams }) {
  const { draft, change } = useFilterDraft(params, auditParamsToQuery(params));
  const set = (key: keyof AuditParams) => (value: string) => change(key)({ target: { value } });

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    navigate(`${PATHS.audit}${auditParamsToQuery(draft)}`, { scroll: false });
  };
  return (
    <form
      className="filter-form"
      method="get"
      action={PATHS.audit}
      onSubmit={onSubmit}
      aria-labelledby="af-title"
    >
      <h2 id="af-title" className="filter-title">
        Filtern
      </h2>
      <div className="filter-fields">
        <DateField
          id="af-von"
          name="von"
          label="Von (Tag)"
          hint="TT.MM.JJJJ"
          value={draft.von ?? ''}
          onValueChange={set('von')}
        />
        <DateField
          id="af-bis"
          name="bis"
          label="Bis (Tag)"
          hint="TT.MM.JJJJ"
          value={draft.bis ?? ''}
          onValueChange={set('bis')}
        />
        <TextField
          id="af-akteur"
          name="akteur"
          label="Akteur"
          hint="Teil der E-Mail-Adresse oder Kennung"
          autoComplete="off"
          value={draft.akteur ?? ''}
          onChange={change('akteur')}
        />
        <SelectField
          id="af-aktion"
          name="aktion"
          label="Aktion"
          options={ACTION_OPTIONS}
          value={draft.aktion ?? ''}
          onChange={change('aktion')}
        />
        <TextField
          id="af-gegenstand"
          name="gegenstand"
          label="Gegenstand"
          hint="Genau, zum Beispiel JOBCENTER#bonn oder REGISTRY"
          autoComplete="off"
          spellCheck={false}
          value={draft.gegenstand ?? ''}
          onChange={change('gegenstand')}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          Filter anwenden
        </button>
        {isAuditFiltered(params) ? <Link to={PATHS.audit}>Filter zurücksetzen</Link> : null}
      </div>
    </form>
  );
}

function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <table className="table table-stack">
      <caption className="table-caption">Protokollierte Vorgänge, neueste zuerst</caption>
      <thead>
        <tr>
          <th scope="col">Zeitpunkt</th>
          {TABLE_COLUMNS.map((c) => (
            <th scope="col" key={c.header}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={`${e.subject}#${e.at}#${e.id}`}>
            <th scope="row">
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            </th>
            {TABLE_COLUMNS.map((c) => (
              <td key={c.header} data-label={c.header}>
                {c.value(e)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Loads further pages after the first one; starts over when the filter changes. */
const useMorePages = (params: AuditParams, first: AuditPageData | undefined) => {
  const [more, setMore] = useState<{ events: AuditEvent[]; weiter?: string }>({ events: [] });
  const [state, setState] = useState<{ step: 'idle' | 'loading' } | { step: 'failed'; error: ApiError }>({
    step: 'idle',
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new first page starts over
  useEffect(() => setMore({ events: [] }), [first]);
  const weiter = more.events.length ? more.weiter : first?.weiter;
  const load = async () => {
    if (!weiter || state.step === 'loading') return;
    setState({ step: 'loading' });
    try {
      const page = await auditApi.list(params, weiter);
      setMore((m) => ({
        events: [...m.events, ...page.events],
        ...(page.weiter ? { weiter: page.weiter } : {}),
      }));
      setState({ step: 'idle' });
    } catch (e) {
      setState({ step: 'failed', error: toApiError(e) });
    }
  };
  return { events: [...(first?.events ?? []), ...more.events], hasMore: Boolean(weiter), state, load };
};

/**
 * The audit viewer (admins): every audited action across the system, filterable by period, actor,
 * action and subject, newest first, 50 at a time; the same filter as a CSV file.
 */
export function AuditPage() {
  return (
    <AdminOnly
      title="Protokoll"
      denied="Das Protokoll können nur Administratorinnen und Administratoren einsehen."
    >
      <AuditView />
    </AdminOnly>
  );
}

function AuditView() {
  const { query } = useLocation();
  const params = auditParamsFromQuery(query);
  const queryString = auditParamsToQuery(params);
  const first = useResource(queryString, (signal) => auditApi.list(params, undefined, signal));
  const pages = useMorePages(params, first.state === 'ready' ? first.data : undefined);
  const { state: exportState, download } = useFileExport(() => auditApi.download(params));

  return (
    <>
      <PageTitle title="Protokoll" hasErrors={first.state === 'failed' && first.error.status === 400} />
      <PageHeading>Protokoll</PageHeading>
      <p>
        Alle protokollierten Vorgänge: wer wann was geändert hat, etwa Kampagnen gestartet, Beitritte
        bestätigt oder Kontakte korrigiert. Zeiten in deutscher Zeit.
      </p>
      <AuditFilterForm params={params} />
      {first.state === 'loading' ? <Loading>Das Protokoll wird geladen …</Loading> : null}
      {first.state === 'failed' ? (
        <QueryProblem error={first.error} onRetry={first.reload} resetTo={PATHS.audit} />
      ) : null}
      <div aria-live="polite" aria-atomic="true">
        {first.state === 'ready' ? (
          <p className="result-count">{auditCountText(pages.events.length, pages.hasMore)}</p>
        ) : null}
      </div>
      {first.state === 'ready' && pages.events.length > 0 ? (
        <>
          <ExportButtons
            state={exportState}
            formats={['csv']}
            onDownload={(format) => void download(format)}
          />
          <AuditTable events={pages.events} />
          {pages.hasMore ? (
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={pages.state.step === 'loading' || undefined}
              onClick={() => void pages.load()}
            >
              {pages.state.step === 'loading'
                ? 'Weitere Einträge werden geladen …'
                : 'Weitere Einträge laden'}
            </button>
          ) : null}
          {pages.state.step === 'failed' ? (
            <Problem error={pages.state.error} onRetry={() => void pages.load()} />
          ) : null}
        </>
      ) : null}
    </>
  );
}
