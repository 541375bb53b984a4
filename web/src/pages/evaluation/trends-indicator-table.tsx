import type { Trends } from '../../../../functions/evaluation/dashboard';
import { DataTable } from '../../components/charts/chart-figure';
import { hfShort, hfTitle, indicatorCell, NOT_ASKED } from '../../flows/dashboard-figures';

/**
 * Every indicator ever asked (rows) across the years (columns): the mean of those who answered
 * and n, or "nicht erfragt" where that year's questionnaire did not ask it (never 0).
 */
export function TrendsIndicatorTable({ trends }: { trends: Trends }) {
  const years = trends.jahre.map((y) => y.jahr);
  return (
    <DataTable caption="Kennzahlen je Jahr: Mittelwert (n = Jobcenter mit Angabe)" scroll>
      <thead>
        <tr>
          <th scope="col">Kennzahl</th>
          <th scope="col">Handlungsfeld</th>
          {years.map((jahr) => (
            <th scope="col" key={jahr} className="cell-number">
              {jahr}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {trends.kennzahlen.map((k) => (
          <tr key={`${k.hf}.${k.id}`} data-kennzahl={k.id}>
            <th scope="row">{k.label}</th>
            <td>
              <abbr title={hfTitle(k.hf)}>{hfShort(k.hf)}</abbr>
            </td>
            {years.map((jahr) => {
              const wert = k.werte.find((w) => w.jahr === jahr);
              return (
                <td key={jahr} className="cell-number">
                  {wert ? indicatorCell(wert, k.einheit) : NOT_ASKED}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
