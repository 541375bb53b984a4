import { type FormEvent, useEffect, useState } from 'react';
import type { ApiError } from '../../api/client';
import { Link } from '../../app/router';
import { PATHS } from '../../app/routes';
import { SelectField } from '../../components/fields';
import { Problem } from '../../components/status';

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
  const [draft, setDraft] = useState(value ?? '');
  // Back/forward or a link change the address: show its year in the select.
  useEffect(() => setDraft(value ?? ''), [value]);

  const options = years.map((y) => ({ value: String(y), label: String(y) }));
  if (draft && !options.some((o) => o.value === draft)) options.push({ value: draft, label: draft });

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
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="button" id="d-anzeigen">
        Anzeigen
      </button>
    </form>
  );
}

/** A bad `?jahr=` (400): the server's message names the parameter. */
export function YearProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  if (error.status !== 400 || error.fields.length === 0) return <Problem error={error} onRetry={onRetry} />;
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">Die Angabe in der Adresse ist ungültig</h2>
      <ul className="list list-bullet">
        {error.fields.map((f) => (
          <li key={f.field}>{f.message}</li>
        ))}
      </ul>
      <p>
        Wählen Sie das Berichtsjahr oben neu oder{' '}
        <Link to={PATHS.evaluationDashboard}>zeigen Sie das aktuelle Berichtsjahr</Link>.
      </p>
    </div>
  );
}
