import type { FormEvent } from 'react';
import type { ApiError } from '../api/client';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { offering, useFilterDraft } from '../flows/filter-draft';
import {
  FIXED_SELECTS,
  isFiltered,
  type MeasureParams,
  type Option,
  paramsFromForm,
  paramsToQuery,
  withAll,
  yearOptions,
} from '../flows/measure-filter';
import { AddressProblem } from './address-problem';
import { SelectField, TextField } from './fields';

/**
 * The filter of the measures table: a GET form whose state is the query string (like the
 * Jobcenter list). The order is kept as hidden fields; a new filter starts on page 1.
 */
export function MeasureFilterForm({
  params,
  years,
  jobcenters,
  onApply,
}: {
  params: MeasureParams;
  years: readonly number[] | undefined;
  jobcenters: Option[];
  onApply: (next: MeasureParams) => void;
}) {
  const { draft, change } = useFilterDraft(params, paramsToQuery(params));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onApply(paramsFromForm(new FormData(e.currentTarget)));
  };

  const order = { sortierung: params.sortierung, richtung: params.richtung };

  return (
    <form
      className="filter-form"
      method="get"
      action={PATHS.evaluationMeasures}
      onSubmit={onSubmit}
      aria-labelledby="mf-title"
    >
      <h2 id="mf-title" className="filter-title">
        Filtern
      </h2>
      <div className="filter-fields">
        <SelectField
          id="mf-jahr"
          name="jahr"
          label="Berichtsjahr"
          options={withAll(offering(yearOptions(years), draft.jahr))}
          value={draft.jahr ?? ''}
          onChange={change('jahr')}
        />
        {FIXED_SELECTS.map((select) => (
          <SelectField
            key={select.key}
            id={`mf-${select.key}`}
            name={select.key}
            label={select.label}
            options={withAll(offering(select.options, draft[select.key]))}
            value={draft[select.key] ?? ''}
            onChange={change(select.key)}
          />
        ))}
        <SelectField
          id="mf-jobcenter"
          name="jobcenter"
          label="Jobcenter"
          options={withAll(offering(jobcenters, draft.jobcenter))}
          value={draft.jobcenter ?? ''}
          onChange={change('jobcenter')}
        />
        <TextField
          id="mf-q"
          name="q"
          type="search"
          label="Suche"
          hint="in Maßnahme, Katalog-Maßnahme, Jobcenter, Zielgruppe und Herkunft der Mittel"
          maxLength={100}
          value={draft.q ?? ''}
          onChange={change('q')}
        />
      </div>
      {order.sortierung ? <input type="hidden" name="sortierung" value={order.sortierung} /> : null}
      {order.richtung ? <input type="hidden" name="richtung" value={order.richtung} /> : null}
      <div className="button-group">
        <button type="submit" className="button" id="mf-anwenden">
          Filter anwenden
        </button>
        {isFiltered(params) ? (
          <Link to={`${PATHS.evaluationMeasures}${paramsToQuery(order)}`}>Filter zurücksetzen</Link>
        ) : null}
      </div>
    </form>
  );
}

/** A bad value in the address (400): the server's message names the parameter. */
export function QueryProblem({
  error,
  onRetry,
  resetTo = PATHS.evaluationMeasures,
}: {
  error: ApiError;
  onRetry: () => void;
  /** The page without a filter. */
  resetTo?: string;
}) {
  return (
    <AddressProblem error={error} onRetry={onRetry} title="Der Filter in der Adresse ist ungültig">
      Wählen Sie den Filter oben neu oder <Link to={resetTo}>setzen Sie ihn zurück</Link>.
    </AddressProblem>
  );
}
