import type { MeasureRow, MeasureTablePage } from '../../../../functions/evaluation/measure-table';
import { MEASURE_COLUMNS } from '../../../../functions/evaluation/table-columns';
import { HANDLUNGSFELDER } from '../../../../functions/questionnaire/handlungsfelder';
import { evaluationApi } from '../../api/evaluation-endpoints';
import { useResource } from '../../api/use-resource';
import { Link, useLocation } from '../../app/router';
import { PATHS } from '../../app/routes';
import { QueryProblem } from '../../components/measure-filter-form';
import { HandlungsfeldCounts, MeasureTable } from '../../components/measure-table';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading, Notice } from '../../components/status';
import {
  countText,
  describeFilter,
  isFiltered,
  type MeasureParams,
  paramsFromQuery,
  paramsToQuery,
  withoutPage,
} from '../../flows/measure-filter';
import { formatDateTime } from '../../labels';

/** At most this many pages of 100 rows: far more than 53 Jobcenters declare in a year. */
const MAX_PAGES = 30;

type AllMeasures = {
  rows: MeasureRow[];
  counts: MeasureTablePage['counts'];
  /** False when the filter matched more than MAX_PAGES pages. */
  complete: boolean;
  loadedAt: string;
};

/** Every page of the filtered table, one after the other, in the order on screen. */
const loadAllMeasures = async (params: MeasureParams, signal: AbortSignal): Promise<AllMeasures> => {
  const first = await evaluationApi.queryMeasures({ ...params, seite: 1 }, signal);
  const rows = [...first.rows];
  const last = Math.min(first.seiten, MAX_PAGES);
  for (let seite = 2; seite <= last; seite++)
    rows.push(...(await evaluationApi.queryMeasures({ ...params, seite }, signal)).rows);
  return {
    rows,
    counts: first.counts,
    complete: first.seiten <= MAX_PAGES,
    loadedAt: new Date().toISOString(),
  };
};

/** Within a Handlungsfeld its column would repeat the heading. */
const PRINT_COLUMNS = MEASURE_COLUMNS.filter((c) => c.header !== 'Handlungsfeld');

/**
 * The filtered measures laid out for a ministry's answer (an Anlage): the filter in words, the
 * date, the counts per Handlungsfeld, then one table per Handlungsfeld. Printed in landscape
 * without the site's navigation (see `@page measures` in styles/evaluation.css).
 */
export function MeasuresPrintPage() {
  const { query } = useLocation();
  const params = withoutPage(paramsFromQuery(query));
  const queryString = paramsToQuery(params);
  const all = useResource(queryString, (signal) => loadAllMeasures(params, signal));

  const jobcenterName = (id: string) =>
    all.state === 'ready' ? all.data.rows.find((r) => r.jobcenterId === id)?.jobcenter : undefined;

  return (
    <div className="measures-print">
      <PageTitle
        title="Maßnahmen der Jobcenter (Druckansicht)"
        hasErrors={all.state === 'failed' && all.error.status === 400}
      />
      <p className="no-print">
        <Link to={`${PATHS.evaluationMeasures}${queryString}`} className="back-link">
          Zurück zur Maßnahmenübersicht
        </Link>
      </p>
      <PageHeading caption="Anlage">Maßnahmen der Jobcenter zur Rahmenvereinbarung Inklusion</PageHeading>

      {all.state === 'loading' ? <Loading>Die Maßnahmen werden geladen …</Loading> : null}
      {all.state === 'failed' ? <QueryProblem error={all.error} onRetry={all.reload} /> : null}
      {all.state === 'ready' ? (
        <>
          <dl className="summary-list print-facts">
            <div className="summary-row">
              <dt>Filter</dt>
              <dd>
                {isFiltered(params)
                  ? describeFilter(params, jobcenterName)
                  : 'kein Filter (alle Berichtsjahre, alle Jobcenter)'}
              </dd>
            </div>
            <div className="summary-row">
              <dt>Stand der Auswertung</dt>
              <dd>{formatDateTime(all.data.loadedAt)}</dd>
            </div>
            <div className="summary-row">
              <dt>Umfang</dt>
              <dd>{countText(all.data.counts.gesamt, all.data.counts.jobcenter)}</dd>
            </div>
          </dl>
          <p className="no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              Drucken
            </button>
          </p>
          {all.data.complete ? null : (
            <Notice title="Nicht alle Maßnahmen">
              <p>
                Gezeigt werden die ersten {all.data.rows.length} von {all.data.counts.gesamt} Maßnahmen. Bitte
                grenzen Sie den Filter ein oder nutzen Sie den Excel-Export.
              </p>
            </Notice>
          )}
          {all.data.counts.gesamt === 0 ? (
            <p>Keine Maßnahme passt zu diesem Filter.</p>
          ) : (
            <>
              <HandlungsfeldCounts counts={all.data.counts} />
              {HANDLUNGSFELDER.map((hf) => {
                const rows = all.data.rows.filter((r) => r.handlungsfeld === hf.id);
                if (rows.length === 0) return null;
                return (
                  <section key={hf.id} className="print-group" aria-labelledby={`druck-${hf.id}`}>
                    <h2 id={`druck-${hf.id}`}>
                      Handlungsfeld {hf.nummer}: {hf.titel}
                    </h2>
                    <MeasureTable
                      id={`druck-tabelle-${hf.id}`}
                      rows={rows}
                      caption={`Maßnahmen im Handlungsfeld ${hf.nummer} (${rows.length})`}
                      captionHidden
                      columns={PRINT_COLUMNS}
                    />
                  </section>
                );
              })}
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
