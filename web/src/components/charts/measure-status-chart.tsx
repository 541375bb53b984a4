import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dashboard } from '../../../../functions/evaluation/dashboard';
import {
  MEASURE_STATUS_LABELS,
  MeasureStatus,
} from '../../../../functions/self-assessment/questionnaire/definition';
import { formatNumber, hfShort, hfTitle, measureSummary } from '../../flows/dashboard-figures';
import { ChartFigure, chartA11y, DataTable, GRID_COLOR, TICK, tooltipNumber } from './chart-figure';
import { StatusKey, statusFill } from './chart-keys';

type MeasureCounts = Dashboard['massnahmen'];

/** "Maßnahmen nach Stand": one stacked bar per Handlungsfeld, a segment per status, and the table. */
export function MeasureStatusFigure({ jahr, rows }: { jahr: number; rows: MeasureCounts }) {
  const prefix = `stand${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const summary = measureSummary(jahr, rows);
  const data = rows.map((r) => ({
    hf: hfShort(r.hf),
    ...Object.fromEntries(MeasureStatus.options.map((s) => [s, r.jeStatus[s] ?? 0])),
  }));
  return (
    <ChartFigure summary={summary} table={<MeasureStatusTable jahr={jahr} rows={rows} />}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
          {...chartA11y(`Gestapeltes Säulendiagramm Maßnahmen nach Stand ${jahr}. ${summary}`)}
        >
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="hf" tick={TICK} />
          <YAxis allowDecimals={false} width={32} tick={TICK} />
          <Tooltip formatter={tooltipNumber(formatNumber)} />
          {MeasureStatus.options.map((s) => (
            <Bar
              key={s}
              dataKey={s}
              name={MEASURE_STATUS_LABELS[s]}
              stackId="stand"
              fill={statusFill(prefix, s)}
              stroke="#fff"
              strokeWidth={1}
              maxBarSize={48}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <StatusKey prefix={prefix} />
    </ChartFigure>
  );
}

function MeasureStatusTable({ jahr, rows }: { jahr: number; rows: MeasureCounts }) {
  return (
    <DataTable caption={`Maßnahmen ${jahr} je Handlungsfeld und Stand`} scroll>
      <thead>
        <tr>
          <th scope="col">Handlungsfeld</th>
          {MeasureStatus.options.map((s) => (
            <th scope="col" key={s} className="cell-number">
              {MEASURE_STATUS_LABELS[s]}
            </th>
          ))}
          <th scope="col" className="cell-number">
            Gesamt
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.hf}>
            <th scope="row">{hfTitle(r.hf)}</th>
            {MeasureStatus.options.map((s) => (
              <td key={s} className="cell-number">
                {r.jeStatus[s] ?? 0}
              </td>
            ))}
            <td className="cell-number">{r.gesamt}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="chart-table-total">
            Insgesamt
          </th>
          {MeasureStatus.options.map((s) => (
            <td key={s} className="cell-number chart-table-total">
              {rows.reduce((a, r) => a + (r.jeStatus[s] ?? 0), 0)}
            </td>
          ))}
          <td className="cell-number chart-table-total">{rows.reduce((a, r) => a + r.gesamt, 0)}</td>
        </tr>
      </tfoot>
    </DataTable>
  );
}
