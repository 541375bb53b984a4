import type { FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { Link } from '../../app/router';
import { PATHS } from '../../app/routes';
import { AddressProblem } from '../../components/address-problem';
import { SelectField } from '../../components/fields';
import { offering, useFilterDraft } from '../../flows/filter-draft';

/**
 * The reporting year of the dashboard: a GET form whose state is `?jahr=` in the address
 * (bookmarkable, back and forward work). A value that no option offers is still shown.
 */
export function DashboardYearForm({
  value,
  years,
  onApply,
}: {
  /** The year in the address, or the one the server chose. */
  value: string | undefined;
  years: readonly number[];
  onApply: (jahr: string) => void;
}) {
  const { draft, change } = useFilterDraft({ jahr: value ?? '' }, value ?? '');
  const options = offering(
    years.map((y) => ({ value: String(y), label: String(y) })),
    draft.jahr,
  );

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const jahr = new FormData(e.currentTarget).get('jahr');
    if (typeof jahr === 'string' && jahr) onApply(jahr);
  };

  return (
    <form
      className="filter-form year-form"
      method="get"
      action={PATHS.evaluationDashboard}
      onSubmit={onSubmit}
      aria-label="Berichtsjahr wählen"
    >
      <SelectField
        id="d-jahr"
        name="jahr"
        label="Berichtsjahr"
        options={options}
        value={draft.jahr}
        onChange={change('jahr')}
      />
      <button type="submit" className="button" id="d-anzeigen">
        Anzeigen
      </button>
    </form>
  );
}

/** A bad `?jahr=` (400): the server's message names the parameter. */
export function YearProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <AddressProblem error={error} onRetry={onRetry} title="Die Angabe in der Adresse ist ungültig">
      Wählen Sie das Berichtsjahr oben neu oder{' '}
      <Link to={PATHS.evaluationDashboard}>zeigen Sie das aktuelle Berichtsjahr</Link>.
    </AddressProblem>
  );
}
