import type { Dashboard } from '../../../../functions/evaluation/dashboard';
import { HANDLUNGSFELDER } from '../../../../functions/questionnaire/handlungsfelder';
import { DataTable } from '../../components/charts/chart-figure';
import { FunnelFigure } from '../../components/charts/funnel-chart';
import { MeasureStatusFigure } from '../../components/charts/measure-status-chart';
import { RatingFigure, RatingOverviewTable } from '../../components/charts/rating-chart';
import { formatIndicator, hfTitle, NOT_GIVEN } from '../../flows/dashboard-figures';

/** The four sections of the dashboard of one reporting year, each with its h2. */

export function FunnelSection({ dashboard }: { dashboard: Dashboard }) {
  return (
    <section className="section" aria-labelledby="ruecklauf-title">
      <h2 id="ruecklauf-title">Rücklauf</h2>
      <p>
        Wie weit die zur Selbstbewertung {dashboard.jahr} eingeladenen Jobcenter gekommen sind. Ein Jobcenter,
        das mehrfach eingeladen wurde, zählt einmal, mit seiner weitesten Stufe.
      </p>
      <FunnelFigure jahr={dashboard.jahr} funnel={dashboard.funnel} />
    </section>
  );
}

export function RatingSection({ dashboard }: { dashboard: Dashboard }) {
  return (
    <section className="section" aria-labelledby="bewertung-title">
      <h2 id="bewertung-title">Selbsteinschätzung je Handlungsfeld</h2>
      <p>
        Wie viele Jobcenter sich auf welcher Stufe sehen (1 = Noch am Anfang bis 5 = Fest verankert) und der
        Mittelwert der Jobcenter, die geantwortet haben, für NRW und je Landschaftsverband.
      </p>
      <div className="chart-grid">
        {dashboard.bewertung.map((r) => (
          <div className="chart-card" key={r.hf}>
            <h3>{hfTitle(r.hf)}</h3>
            <RatingFigure rating={r} />
          </div>
        ))}
      </div>
      <RatingOverviewTable jahr={dashboard.jahr} ratings={dashboard.bewertung} />
    </section>
  );
}

type Indicator = Dashboard['kennzahlen'][number];

function IndicatorTable({ caption, rows }: { caption: string; rows: Indicator[] }) {
  const value = (i: Indicator, v: number | null) => (i.n === 0 ? NOT_GIVEN : formatIndicator(v, i.einheit));
  return (
    <DataTable caption={caption} scroll>
      <thead>
        <tr>
          <th scope="col">Kennzahl</th>
          <th scope="col" className="cell-number">
            n
          </th>
          <th scope="col" className="cell-number">
            Summe
          </th>
          <th scope="col" className="cell-number">
            Mittelwert
          </th>
          <th scope="col" className="cell-number">
            Min
          </th>
          <th scope="col" className="cell-number">
            Max
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.id}>
            <th scope="row">{i.label}</th>
            <td className="cell-number">{i.n}</td>
            <td className="cell-number">{i.einheit === 'prozent' ? 'entfällt' : value(i, i.summe)}</td>
            <td className="cell-number">{value(i, i.mittel)}</td>
            <td className="cell-number">{value(i, i.min)}</td>
            <td className="cell-number">{value(i, i.max)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function IndicatorSection({ dashboard }: { dashboard: Dashboard }) {
  const groups = HANDLUNGSFELDER.map((h) => ({
    hf: h.id,
    rows: dashboard.kennzahlen.filter((k) => k.hf === h.id),
  })).filter((g) => g.rows.length > 0);
  return (
    <section className="section" aria-labelledby="kennzahlen-title">
      <h2 id="kennzahlen-title">Kennzahlen</h2>
      {groups.length === 0 ? (
        <p>Für {dashboard.jahr} gibt es keinen Fragebogen und daher keine Kennzahlen.</p>
      ) : (
        <>
          <p>
            Die Zahlen, die die Jobcenter im Fragebogen {dashboard.jahr} melden: n Jobcenter haben die
            Kennzahl angegeben; Anteile in Prozent werden nicht summiert.
          </p>
          {groups.map((g) => (
            <IndicatorTable
              key={g.hf}
              caption={`Kennzahlen ${dashboard.jahr}, ${hfTitle(g.hf)}`}
              rows={g.rows}
            />
          ))}
        </>
      )}
    </section>
  );
}

export function MeasureSection({ dashboard }: { dashboard: Dashboard }) {
  return (
    <section className="section" aria-labelledby="massnahmen-title">
      <h2 id="massnahmen-title">Maßnahmen nach Stand</h2>
      <p>Die Maßnahmen aus den abgegebenen Selbstbewertungen {dashboard.jahr}, je Handlungsfeld und Stand.</p>
      <MeasureStatusFigure jahr={dashboard.jahr} rows={dashboard.massnahmen} />
    </section>
  );
}
