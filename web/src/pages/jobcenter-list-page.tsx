import type { FormEvent } from 'react';
import { api } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { Link, navigate, useLocation } from '../app/router';
import { PATHS } from '../app/routes';
import { SelectField } from '../components/fields';
import { JobcenterTable } from '../components/jobcenter-table';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import { useFilterDraft } from '../flows/filter-draft';
import {
  describeFilter,
  FILTER_FIELDS,
  filterFromForm,
  filterFromQuery,
  filterOptions,
  filterToQuery,
  isFiltered,
} from '../flows/jobcenter-filter';
import { LV_LABELS, RB_LABELS, TYPE_LABELS } from '../labels';

const legend = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([code, label]) => `${code} = ${label}`)
    .join(', ');

export function JobcenterListPage() {
  const { query } = useLocation();
  const filter = filterFromQuery(query);
  const queryString = filterToQuery(filter);
  const list = useResource(queryString, (signal) => api.listJobcenters(filter, signal));
  const { draft, change } = useFilterDraft<Record<string, string>>({ ...filter }, queryString);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next = filterToQuery(filterFromForm(new FormData(e.currentTarget)));
    navigate(`${PATHS.jobcenterList}${next}`, { scroll: false });
  };

  const caption = isFiltered(filter)
    ? `Jobcenter in Nordrhein-Westfalen (gefiltert nach ${describeFilter(filter)})`
    : 'Jobcenter in Nordrhein-Westfalen';

  return (
    <>
      <PageTitle title="Jobcenter" />
      <PageHeading caption="Verwaltung">Jobcenter</PageHeading>
      <p>Das Verzeichnis aller Jobcenter in Nordrhein-Westfalen mit ihren Trägern und Kontakten.</p>

      <form
        className="filter-form"
        method="get"
        action={PATHS.jobcenterList}
        onSubmit={onSubmit}
        aria-labelledby="filter-title"
      >
        <h2 id="filter-title" className="filter-title">
          Filtern
        </h2>
        <div className="filter-fields">
          {FILTER_FIELDS.map((field) => (
            <SelectField
              key={field.key}
              id={`filter-${field.key}`}
              name={field.key}
              label={field.label}
              options={filterOptions(field)}
              value={draft[field.key] ?? ''}
              onChange={change(field.key)}
            />
          ))}
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            Filter anwenden
          </button>
          {isFiltered(filter) ? <Link to={PATHS.jobcenterList}>Filter zurücksetzen</Link> : null}
        </div>
      </form>

      <div aria-live="polite" aria-atomic="true">
        {list.state === 'ready' ? (
          <p className="result-count" id="jobcenter-count">
            {list.data.count} Jobcenter
          </p>
        ) : null}
      </div>
      {list.state === 'loading' ? <Loading>Die Jobcenter werden geladen …</Loading> : null}
      {list.state === 'failed' ? <Problem error={list.error} onRetry={list.reload} /> : null}
      {list.state === 'ready' && list.data.count === 0 ? <p>Kein Jobcenter passt zu diesem Filter.</p> : null}
      {list.state === 'ready' && list.data.count > 0 ? (
        <>
          <JobcenterTable items={list.data.items} caption={caption} />
          <dl className="legend">
            <dt>Typ</dt>
            <dd>{legend(TYPE_LABELS)}</dd>
            <dt>LV (Landschaftsverband)</dt>
            <dd>{legend(LV_LABELS)}</dd>
            <dt>RB (Regierungsbezirk)</dt>
            <dd>{legend(RB_LABELS)}</dd>
          </dl>
        </>
      ) : null}
    </>
  );
}
