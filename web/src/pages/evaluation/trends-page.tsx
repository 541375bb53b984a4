import { HANDLUNGSFELDER } from '../../../../functions/questionnaire/handlungsfelder';
import { evaluationApi } from '../../api/evaluation-endpoints';
import { useResource } from '../../api/use-resource';
import { TrendFigure } from '../../components/charts/trend-chart';
import { EvaluationNav } from '../../components/evaluation-nav';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading, Problem } from '../../components/status';
import { hfTitle, trendOf } from '../../flows/dashboard-figures';
import { TrendsIndicatorTable } from './trends-indicator-table';

/**
 * "Entwicklung über die Jahre": per Handlungsfeld the mean self-rating of NRW, LVR and LWL over
 * the years (line chart and table), and every indicator across the years. Each year is read with
 * its own questionnaire, so an indicator a year did not ask shows "nicht erfragt", never 0.
 */
export function TrendsPage() {
  const trends = useResource('trends', (signal) => evaluationApi.getTrends(signal));

  return (
    <>
      <PageTitle title="Entwicklung über die Jahre" />
      <EvaluationNav />
      <PageHeading caption="Auswertung">Entwicklung über die Jahre</PageHeading>
      <p className="lead">
        Wie sich die Selbsteinschätzung und die Kennzahlen der Jobcenter von Jahr zu Jahr verändern.
        Mittelwerte sind die der Jobcenter, die im jeweiligen Jahr geantwortet haben (n).
      </p>
      {trends.state === 'loading' ? <Loading>Die Entwicklung wird geladen …</Loading> : null}
      {trends.state === 'failed' ? <Problem error={trends.error} onRetry={trends.reload} /> : null}
      {trends.state === 'ready' ? (
        <>
          <section className="section" aria-labelledby="entwicklung-bewertung-title">
            <h2 id="entwicklung-bewertung-title">Selbsteinschätzung je Handlungsfeld</h2>
            <p>Mittelwert der Stufen 1 (Noch am Anfang) bis 5 (Fest verankert) je Jahr.</p>
            <div className="chart-grid">
              {HANDLUNGSFELDER.map((h) => (
                <div className="chart-card" key={h.id}>
                  <h3>{hfTitle(h.id)}</h3>
                  <TrendFigure hf={h.id} points={trendOf(trends.data, h.id)} />
                </div>
              ))}
            </div>
          </section>
          <section className="section" aria-labelledby="entwicklung-kennzahlen-title">
            <h2 id="entwicklung-kennzahlen-title">Kennzahlen über die Jahre</h2>
            <p>
              Jede Kennzahl, die je erfragt wurde. „nicht erfragt“: der Fragebogen dieses Jahres enthielt sie
              nicht.
            </p>
            <TrendsIndicatorTable trends={trends.data} />
          </section>
        </>
      ) : null}
    </>
  );
}
