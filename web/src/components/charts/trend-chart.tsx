import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HandlungsfeldId } from '../../../../functions/questionnaire/handlungsfelder';
import { formatMean, hfTitle, NOT_GIVEN, type TrendPoint, trendSummary } from '../../flows/dashboard-figures';
import { ChartFigure, chartA11y, DataTable, GRID_COLOR, TICK, tooltipNumber } from './chart-figure';
import { SERIES, SERIES_IDS, SeriesKey, seriesDot } from './chart-keys';

/**
 * One Handlungsfeld's mean self-rating over the years: NRW, LVR and LWL as three lines (solid with
 * circles, dashed with squares, dotted with triangles), then the same numbers as a table. A year
 * without answers leaves a gap; it is never drawn as 0.
 */
export function TrendFigure({ hf, points }: { hf: HandlungsfeldId; points: TrendPoint[] }) {
  const summary = trendSummary(hf, points);
  const data = points.map((p) => ({ jahr: String(p.jahr), nrw: p.nrw, lvr: p.lvr, lwl: p.lwl }));
  return (
    <ChartFigure summary={summary} table={<TrendTable hf={hf} points={points} />}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart
          data={data}
          margin={{ top: 12, right: 20, bottom: 4, left: 0 }}
          {...chartA11y(
            `Liniendiagramm ${hfTitle(hf)}, Mittelwert der Selbsteinschätzung je Jahr. ${summary}`,
          )}
        >
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="jahr" tick={TICK} padding={{ left: 24, right: 24 }} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} width={32} tick={TICK} />
          <Tooltip formatter={tooltipNumber(formatMean)} />
          {SERIES_IDS.map((id) => (
            <Line
              key={id}
              dataKey={id}
              name={`Mittelwert ${SERIES[id].label}`}
              stroke={SERIES[id].color}
              strokeWidth={2.5}
              strokeDasharray={SERIES[id].dash}
              dot={seriesDot(id)}
              activeDot={seriesDot(id)}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <SeriesKey items={SERIES_IDS.map((id) => ({ id, text: `Mittelwert ${SERIES[id].label}` }))} />
    </ChartFigure>
  );
}

function TrendTable({ hf, points }: { hf: HandlungsfeldId; points: TrendPoint[] }) {
  return (
    <DataTable caption={`${hfTitle(hf)}: Mittelwert je Jahr`} scroll>
      <thead>
        <tr>
          <th scope="col">Jahr</th>
          {SERIES_IDS.map((id) => (
            <th scope="col" key={id} className="cell-number">
              {SERIES[id].label}
            </th>
          ))}
          <th scope="col" className="cell-number">
            n
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.jahr}>
            <th scope="row">{p.jahr}</th>
            {SERIES_IDS.map((id) => (
              <td key={id} className="cell-number">
                {p.n === 0 ? NOT_GIVEN : formatMean(p[id])}
              </td>
            ))}
            <td className="cell-number">{p.n}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
