import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Dashboard } from '../../../../functions/evaluation/dashboard';
import {
  formatMean,
  formatNumber,
  hfTitle,
  ratingLevelLabel,
  ratingSummary,
} from '../../flows/dashboard-figures';
import {
  BAR_COLOR,
  ChartFigure,
  chartA11y,
  DataTable,
  GRID_COLOR,
  TICK,
  tooltipNumber,
} from './chart-figure';
import { SERIES, SERIES_IDS, type SeriesId, SeriesKey } from './chart-keys';

type Rating = Dashboard['bewertung'][number];
const LEVELS = [1, 2, 3, 4, 5] as const;

const meanOf = (r: Rating, id: SeriesId) =>
  id === 'nrw' ? r.mittelNrw : id === 'lvr' ? r.mittelLvr : r.mittelLwl;

/**
 * One Handlungsfeld's self-ratings: how many Jobcenters chose each level (bars), the mean of NRW,
 * LVR and LWL (vertical lines told apart by dash pattern, named in the key), and both as a table.
 */
export function RatingFigure({ rating }: { rating: Rating }) {
  const summary = ratingSummary(rating);
  const data = LEVELS.map((stufe) => ({ stufe, anzahl: rating.verteilung[stufe - 1] ?? 0 }));
  return (
    <ChartFigure summary={summary} table={<RatingTable rating={rating} />}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart
          data={data}
          margin={{ top: 20, right: 12, bottom: 20, left: 0 }}
          {...chartA11y(`Säulendiagramm ${hfTitle(rating.hf)}. ${summary}`)}
        >
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis
            type="number"
            dataKey="stufe"
            domain={[0.5, 5.5]}
            ticks={[...LEVELS]}
            allowDecimals={false}
            tick={TICK}
            label={{ value: 'Stufe', position: 'insideBottom', offset: -12, fill: TICK.fill, fontSize: 13 }}
          />
          <YAxis allowDecimals={false} width={32} tick={TICK} />
          <Tooltip
            formatter={tooltipNumber(formatNumber)}
            labelFormatter={(v) => (typeof v === 'number' ? ratingLevelLabel(v) : String(v))}
          />
          <Bar dataKey="anzahl" name="Jobcenter" fill={BAR_COLOR} barSize={26} isAnimationActive={false}>
            <LabelList dataKey="anzahl" position="top" fill="#1b1c1d" fontSize={13} />
          </Bar>
          {SERIES_IDS.map((id) => {
            const mean = meanOf(rating, id);
            return mean === null ? null : (
              <ReferenceLine
                key={id}
                x={mean}
                stroke={SERIES[id].color}
                strokeWidth={2.5}
                strokeDasharray={SERIES[id].dash}
              />
            );
          })}
        </BarChart>
      </ResponsiveContainer>
      <SeriesKey
        markers={false}
        items={SERIES_IDS.map((id) => ({
          id,
          text: `Mittelwert ${SERIES[id].label}: ${formatMean(meanOf(rating, id))}`,
        }))}
      />
    </ChartFigure>
  );
}

function RatingTable({ rating }: { rating: Rating }) {
  return (
    <DataTable caption={`${hfTitle(rating.hf)} in Zahlen`} className="table-compact">
      <thead>
        <tr>
          <th scope="col">Kennwert</th>
          <th scope="col" className="cell-number">
            Wert
          </th>
        </tr>
      </thead>
      <tbody>
        {LEVELS.map((stufe) => (
          <tr key={stufe}>
            <th scope="row">Jobcenter auf Stufe {ratingLevelLabel(stufe)}</th>
            <td className="cell-number">{rating.verteilung[stufe - 1] ?? 0}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Jobcenter mit Angabe (n)</th>
          <td className="cell-number">{rating.n}</td>
        </tr>
        {SERIES_IDS.map((id) => (
          <tr key={id}>
            <th scope="row">Mittelwert {SERIES[id].label}</th>
            <td className="cell-number">{formatMean(meanOf(rating, id))}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** All Handlungsfelder side by side: the distribution, n and the means (NRW, LVR, LWL). */
export function RatingOverviewTable({ jahr, ratings }: { jahr: number; ratings: Dashboard['bewertung'] }) {
  return (
    <DataTable caption={`Selbsteinschätzung ${jahr}: alle Handlungsfelder im Vergleich`} scroll>
      <thead>
        <tr>
          <th scope="col">Handlungsfeld</th>
          {LEVELS.map((stufe) => (
            <th scope="col" key={stufe} className="cell-number">
              <abbr title={`Jobcenter auf Stufe ${ratingLevelLabel(stufe)}`}>Stufe {stufe}</abbr>
            </th>
          ))}
          <th scope="col" className="cell-number">
            n
          </th>
          {SERIES_IDS.map((id) => (
            <th scope="col" key={id} className="cell-number">
              Mittelwert {SERIES[id].label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ratings.map((r) => (
          <tr key={r.hf}>
            <th scope="row">{hfTitle(r.hf)}</th>
            {LEVELS.map((stufe) => (
              <td key={stufe} className="cell-number">
                {r.verteilung[stufe - 1] ?? 0}
              </td>
            ))}
            <td className="cell-number">{r.n}</td>
            {SERIES_IDS.map((id) => (
              <td key={id} className="cell-number">
                {formatMean(meanOf(r, id))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
