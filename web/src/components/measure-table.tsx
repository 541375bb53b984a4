import type { AnchorHTMLAttributes, ReactNode } from 'react';
import type { MeasureRow, MeasureTablePage } from '../../../functions/evaluation/measure-table';
import { type Column, germanCell, MEASURE_COLUMNS } from '../../../functions/evaluation/table-columns';
import { HANDLUNGSFELDER } from '../../../functions/questionnaire/handlungsfelder';
import { Link, navigate } from '../app/router';
import { PATHS } from '../app/routes';
import {
  currentSort,
  type MeasureParams,
  pageParams,
  paramsToQuery,
  type SortKey,
  sortParams,
} from '../flows/measure-filter';

/**
 * The measures table (screen and print view) with the headers of MEASURE_COLUMNS, so it reads
 * like the CSV and XLSX exports. It is wide: it scrolls sideways inside its own focusable region,
 * never the page (WCAG 1.4.10).
 */
const ABBREVIATIONS: Partial<Record<string, string>> = {
  LV: 'Landschaftsverband',
  RB: 'Regierungsbezirk',
};
const SORTABLE: Partial<Record<string, SortKey>> = {
  Jobcenter: 'jobcenter',
  Berichtsjahr: 'jahr',
  Handlungsfeld: 'handlungsfeld',
  Maßnahme: 'massnahme',
  Stand: 'status',
  Beginn: 'beginn',
};

// Whole euros, as the XLSX cell format shows them.
const euro = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/** A cell as people read it: months `03.2026`, dates `15.03.2018`, amounts `1.500 €`. */
export const cellText = (column: Column<MeasureRow>, row: MeasureRow): string => {
  const value = column.value(row);
  if (column.kind === 'euro' && typeof value === 'number') return euro.format(value);
  return germanCell(column.kind, value);
};

/** Long texts get a minimum width; codes, numbers and months stay on one line. */
const cellClass = (column: Column<MeasureRow>): string | undefined =>
  column.width >= 24 ? 'cell-wide' : column.kind !== 'text' || column.width <= 6 ? 'cell-nowrap' : undefined;

type QueryLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  /** Runs after the navigation, e.g. to move focus to the table. */
  onNavigate?: () => void;
};

/** A link to the same page with another query (sort, page): no jump to the top, focus stays. */
export function QueryLink({ to, onNavigate, ...rest }: QueryLinkProps) {
  return (
    <a
      {...rest}
      href={to}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to, { scroll: false });
        onNavigate?.();
      }}
    />
  );
}

/** The arrow after the sorted column's header is CSS (`aria-sort` says it to screen readers). */
type SortProps = { params: MeasureParams; hintId: string };

function HeaderCell({ column, sort }: { column: Column<MeasureRow>; sort: SortProps | undefined }) {
  const title = ABBREVIATIONS[column.header];
  const text = title ? <abbr title={title}>{column.header}</abbr> : column.header;
  const key = SORTABLE[column.header];
  if (!sort || !key) {
    return (
      <th scope="col" className={cellClass(column)}>
        {text}
      </th>
    );
  }
  const current = currentSort(sort.params);
  const active = current.key === key;
  return (
    <th
      scope="col"
      className={cellClass(column)}
      aria-sort={active ? (current.direction === 'ab' ? 'descending' : 'ascending') : undefined}
    >
      <QueryLink
        to={`${PATHS.evaluationMeasures}${paramsToQuery(sortParams(sort.params, key))}`}
        className="sort-link"
        aria-describedby={sort.hintId}
      >
        {text}
      </QueryLink>
    </th>
  );
}

const rowKey = (r: MeasureRow) =>
  `${r.jobcenterId}|${r.jahr}|${r.handlungsfeld}|${r.massnahmeId}|${r.quelle}`;

export function MeasureTable({
  id,
  rows,
  caption,
  captionHidden = false,
  columns = MEASURE_COLUMNS,
  sort,
  linkJobcenter = false,
  busy = false,
}: {
  id: string;
  rows: readonly MeasureRow[];
  caption: ReactNode;
  captionHidden?: boolean;
  columns?: readonly Column<MeasureRow>[];
  /** Sortable column headers (links that change the query). */
  sort?: SortProps;
  /** The Jobcenter's name links to its profile. */
  linkJobcenter?: boolean;
  busy?: boolean;
}) {
  const captionId = `${id}-caption`;
  return (
    <section
      id={`${id}-region`}
      className="table-scroll"
      aria-labelledby={captionId}
      aria-busy={busy || undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll the wide table with the arrow keys
      tabIndex={0}
    >
      <table className="table measure-table" id={id}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : 'table-caption'}>
          <span className="table-scroll-caption">{caption}</span>
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.header} column={column} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.header === 'Jobcenter' ? (
                  <th scope="row" key={column.header} className={cellClass(column)}>
                    {linkJobcenter ? (
                      <Link to={PATHS.evaluationJobcenter(row.jobcenterId)}>{row.jobcenter}</Link>
                    ) : (
                      row.jobcenter
                    )}
                  </th>
                ) : (
                  <td key={column.header} className={cellClass(column)}>
                    {cellText(column, row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The number of measures per Handlungsfeld (of the whole filtered set, not of one page). */
export function HandlungsfeldCounts({ counts }: { counts: MeasureTablePage['counts'] }) {
  return (
    <table className="table table-compact hf-counts">
      <caption className="table-caption">Maßnahmen je Handlungsfeld</caption>
      <thead>
        <tr>
          <th scope="col">Handlungsfeld</th>
          <th scope="col" className="cell-number">
            Anzahl
          </th>
        </tr>
      </thead>
      <tbody>
        {HANDLUNGSFELDER.map((h) => (
          <tr key={h.id}>
            <th scope="row">{`${h.nummer} – ${h.titel}`}</th>
            <td className="cell-number">{counts.jeHandlungsfeld[h.id] ?? 0}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Insgesamt</th>
          <td className="cell-number">{counts.gesamt}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** "Seite 1 von 3" with Zurück/Weiter; nothing when everything fits on one page. */
export function Pagination({
  params,
  seite,
  seiten,
  onNavigate,
}: {
  params: MeasureParams;
  seite: number;
  seiten: number;
  onNavigate?: () => void;
}) {
  if (seiten <= 1) return null;
  const href = (n: number) => `${PATHS.evaluationMeasures}${paramsToQuery(pageParams(params, n))}`;
  return (
    <nav className="pagination" aria-label="Seiten der Tabelle">
      {seite > 1 ? (
        <QueryLink to={href(seite - 1)} rel="prev" onNavigate={onNavigate}>
          Zurück<span className="visually-hidden"> zur Seite {seite - 1}</span>
        </QueryLink>
      ) : null}
      <p className="pagination-status">
        Seite {seite} von {seiten}
      </p>
      {seite < seiten ? (
        <QueryLink to={href(seite + 1)} rel="next" onNavigate={onNavigate}>
          Weiter<span className="visually-hidden"> zur Seite {seite + 1}</span>
        </QueryLink>
      ) : null}
    </nav>
  );
}
