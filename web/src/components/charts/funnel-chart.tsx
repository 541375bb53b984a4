import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Dashboard } from '../../../../functions/evaluation/dashboard';
import { Landschaftsverband, Regierungsbezirk } from '../../../../functions/registry/jobcenter';
import { formatNumber, funnelLabel, funnelSummary } from '../../flows/dashboard-figures';
import { LV_LABELS, RB_LABELS } from '../../labels';
import {
  BAR_COLOR,
  ChartFigure,
  chartA11y,
  DataTable,
  GRID_COLOR,
  TICK,
  tooltipNumber,
} from './chart-figure';

/** "Rücklauf": how many Jobcenters reached each stage, as horizontal bars and as a table. */
export function FunnelFigure({ jahr, funnel }: { jahr: number; funnel: Dashboard['funnel'] }) {
  const summary = funnelSummary(jahr, funnel);
  const data = funnel.map((r) => ({ stufe: funnelLabel(r.stufe), gesamt: r.gesamt }));
  return (
    <ChartFigure summary={summary} table={<FunnelTable jahr={jahr} funnel={funnel} />}>
      <ResponsiveContainer width="100%" height={data.length * 44 + 36}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 36, bottom: 4, left: 4 }}
          {...chartA11y(`Balkendiagramm Rücklauf ${jahr}. ${summary}`)}
        >
          <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
          <XAxis type="number" allowDecimals={false} tick={TICK} />
          <YAxis type="category" dataKey="stufe" width={132} tick={TICK} />
          <Tooltip formatter={tooltipNumber(formatNumber)} />
          <Bar dataKey="gesamt" name="Jobcenter" fill={BAR_COLOR} isAnimationActive={false}>
            <LabelList dataKey="gesamt" position="right" fill="#1b1c1d" fontSize={14} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

function FunnelTable({ jahr, funnel }: { jahr: number; funnel: Dashboard['funnel'] }) {
  return (
    <DataTable caption={`Rücklauf ${jahr} je Stufe, Landschaftsverband und Regierungsbezirk`} scroll>
      <thead>
        <tr>
          <th scope="col">Stufe</th>
          <th scope="col" className="cell-number">
            Gesamt
          </th>
          {Landschaftsverband.options.map((lv) => (
            <th scope="col" key={lv} className="cell-number">
              <abbr title={LV_LABELS[lv]}>{lv}</abbr>
            </th>
          ))}
          {Regierungsbezirk.options.map((rb) => (
            <th scope="col" key={rb} className="cell-number">
              <abbr title={`Regierungsbezirk ${RB_LABELS[rb]}`}>{rb}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {funnel.map((r) => (
          <tr key={r.stufe}>
            <th scope="row">{funnelLabel(r.stufe)}</th>
            <td className="cell-number">{r.gesamt}</td>
            {Landschaftsverband.options.map((lv) => (
              <td key={lv} className="cell-number">
                {r.jeLandschaftsverband[lv] ?? 0}
              </td>
            ))}
            {Regierungsbezirk.options.map((rb) => (
              <td key={rb} className="cell-number">
                {r.jeRegierungsbezirk[rb] ?? 0}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
