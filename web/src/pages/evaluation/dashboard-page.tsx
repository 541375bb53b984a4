import { useRef } from 'react';
import type { Dashboard } from '../../../../functions/evaluation/dashboard';
import { evaluationApi } from '../../api/evaluation-endpoints';
import { useResource } from '../../api/use-resource';
import { Link, navigate, useLocation } from '../../app/router';
import { PATHS } from '../../app/routes';
import { EvaluationNav } from '../../components/evaluation-nav';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading } from '../../components/status';
import { dashboardYears } from '../../flows/dashboard-figures';
import { FunnelSection, IndicatorSection, MeasureSection, RatingSection } from './dashboard-sections';
import { DashboardYearForm, YearProblem } from './dashboard-year-form';

/** The year in the address (`?jahr=2027`), unchecked: a bad value reaches the server, whose 400 names it. */
const JAHR_PARAM = 'jahr';

/**
 * "Auswertung → Überblick": the figures of one reporting year (response, self-ratings,
 * indicators, measures by status), each chart with a sentence and a table of its numbers.
 * The charts (recharts) are loaded with this page only.
 */
export function DashboardPage() {
  const { query } = useLocation();
  const jahr = query.get(JAHR_PARAM)?.trim() || undefined;
  const dashboard = useResource(jahr ?? '', (signal) =>
    evaluationApi.getDashboard(jahr ? { jahr } : {}, signal),
  );

  // While the next year loads, the figures of the last one stay (no jump of the page).
  const shown = useRef<Dashboard | undefined>(undefined);
  if (dashboard.state === 'ready') shown.current = dashboard.data;
  if (dashboard.state === 'failed') shown.current = undefined;
  const data = shown.current;
  const year = jahr ?? (data ? String(data.jahr) : undefined);

  return (
    <>
      <PageTitle
        title="Auswertung: Überblick"
        hasErrors={dashboard.state === 'failed' && dashboard.error.status === 400}
      />
      <EvaluationNav />
      <PageHeading caption="Auswertung">Überblick</PageHeading>
      <p className="lead">
        Rücklauf, Selbsteinschätzung, Kennzahlen und Maßnahmen der Jobcenter in einem Berichtsjahr.
        Mittelwerte sind die der Jobcenter, die geantwortet haben (n); nichts ist hochgerechnet.
      </p>
      <DashboardYearForm
        value={year}
        years={dashboardYears(data?.jahr)}
        onApply={(next) =>
          navigate(`${PATHS.evaluationDashboard}?${JAHR_PARAM}=${encodeURIComponent(next)}`, {
            scroll: false,
          })
        }
      />
      <div aria-live="polite" aria-atomic="true">
        {data ? (
          <p className="result-count" id="berichtsjahr">
            Berichtsjahr {data.jahr}
            {data.fragebogen ? ` (${data.fragebogen.title})` : ', kein Fragebogen'}
          </p>
        ) : null}
      </div>
      {dashboard.state === 'loading' && !data ? <Loading>Die Auswertung wird geladen …</Loading> : null}
      {dashboard.state === 'failed' ? (
        <YearProblem error={dashboard.error} onRetry={dashboard.reload} />
      ) : null}
      {data ? (
        <div aria-busy={dashboard.state === 'loading' || undefined}>
          <p>
            <Link to={`${PATHS.evaluationTexts}?${JAHR_PARAM}=${data.jahr}`}>
              Antworten im Wortlaut lesen
            </Link>{' '}
            (die Freitexte der Selbstbewertungen {data.jahr})
          </p>
          <FunnelSection dashboard={data} />
          <RatingSection dashboard={data} />
          <IndicatorSection dashboard={data} />
          <MeasureSection dashboard={data} />
        </div>
      ) : null}
    </>
  );
}
