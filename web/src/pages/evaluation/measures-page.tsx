import { useRef } from 'react';
import type { MeasureTablePage } from '../../../../functions/evaluation/measure-table';
import { api } from '../../api/endpoints';
import { evaluationApi } from '../../api/evaluation-endpoints';
import { useResource } from '../../api/use-resource';
import { Link, navigate, useLocation } from '../../app/router';
import { PATHS } from '../../app/routes';
import { EvaluationNav } from '../../components/evaluation-nav';
import { ExportButtons } from '../../components/export-buttons';
import { MeasureFilterForm, QueryProblem } from '../../components/measure-filter-form';
import { HandlungsfeldCounts, MeasureTable, Pagination } from '../../components/measure-table';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading } from '../../components/status';
import { useMeasureExport } from '../../flows/measure-export';
import {
  countText,
  describeFilter,
  isFiltered,
  type MeasureParams,
  paramsFromQuery,
  paramsToQuery,
  withoutPage,
} from '../../flows/measure-filter';

const TABLE_ID = 'massnahmen';
const SORT_HINT_ID = 'massnahmen-sortierung';

function ExportActions({ params }: { params: MeasureParams }) {
  const { state, download } = useMeasureExport(withoutPage(params));
  return (
    <ExportButtons state={state} onDownload={(format) => void download(format)}>
      <Link to={`${PATHS.evaluationMeasuresPrint}${paramsToQuery(withoutPage(params))}`}>Druckansicht</Link>
    </ExportButtons>
  );
}

/**
 * Staff read every measure of the Jobcenters (from accessions and self-assessments), filter and
 * sort them, and take exactly that away as CSV, XLSX or a print view, e.g. for the answer to a
 * parliamentary question.
 */
export function MeasuresPage() {
  const { query } = useLocation();
  const params = paramsFromQuery(query);
  const queryString = paramsToQuery(params);
  const table = useResource(queryString, (signal) => evaluationApi.queryMeasures(params, signal));
  const jobcenters = useResource('alle', (signal) => api.listJobcenters({}, signal));

  // While the next page, order or filter loads, the table stays (so focus stays on a sort link).
  const shown = useRef<MeasureTablePage | undefined>(undefined);
  if (table.state === 'ready') shown.current = table.data;
  if (table.state === 'failed') shown.current = undefined;
  const data = shown.current;

  const jobcenterOptions =
    jobcenters.state === 'ready' ? jobcenters.data.items.map((j) => ({ value: j.id, label: j.name })) : [];
  const jobcenterName = (id: string) =>
    jobcenterOptions.find((o) => o.value === id)?.label ??
    data?.rows.find((r) => r.jobcenterId === id)?.jobcenter;

  const caption = isFiltered(params)
    ? `Maßnahmen der Jobcenter (gefiltert nach ${describeFilter(params, jobcenterName)})`
    : 'Maßnahmen der Jobcenter';

  const focusTable = () => document.getElementById(`${TABLE_ID}-region`)?.focus();

  return (
    <>
      <EvaluationNav />
      <PageTitle
        title="Maßnahmenübersicht"
        hasErrors={table.state === 'failed' && table.error.status === 400}
      />
      <PageHeading caption="Auswertung">Maßnahmenübersicht</PageHeading>
      <p>Alle Maßnahmen der Jobcenter aus Beitrittserklärungen und Selbstbewertungen, je Berichtsjahr.</p>

      <MeasureFilterForm
        params={params}
        years={data?.jahre}
        jobcenters={jobcenterOptions}
        onApply={(next) => navigate(`${PATHS.evaluationMeasures}${paramsToQuery(next)}`, { scroll: false })}
      />

      <div aria-live="polite" aria-atomic="true">
        {data ? (
          <p className="result-count" id="massnahmen-anzahl">
            {countText(data.counts.gesamt, data.counts.jobcenter)}
          </p>
        ) : null}
      </div>
      {table.state === 'loading' && !data ? <Loading>Die Maßnahmen werden geladen …</Loading> : null}
      {table.state === 'failed' ? <QueryProblem error={table.error} onRetry={table.reload} /> : null}
      {data && data.counts.gesamt === 0 ? <p>Keine Maßnahme passt zu diesem Filter.</p> : null}
      {data && data.counts.gesamt > 0 ? (
        <>
          <HandlungsfeldCounts counts={data.counts} />
          <ExportActions params={params} />
          <p id={SORT_HINT_ID} className="hint">
            Die verlinkten Spaltenüberschriften sortieren die Tabelle; ein zweiter Klick kehrt die Reihenfolge
            um.
          </p>
          <MeasureTable
            id={TABLE_ID}
            rows={data.rows}
            caption={caption}
            sort={{ params, hintId: SORT_HINT_ID }}
            linkJobcenter
            busy={table.state === 'loading'}
          />
          <Pagination params={params} seite={data.seite} seiten={data.seiten} onNavigate={focusTable} />
        </>
      ) : null}
    </>
  );
}
