import {
  MEASURE_STATUS_LABELS,
  MeasureStatus,
} from '../../../../functions/self-assessment/questionnaire/definition';

/**
 * How the series of the charts are told apart without relying on colour: NRW, LVR and LWL by
 * dash pattern and marker shape, the measure statuses by fill pattern (each colour at least 3:1
 * against white, segments separated by a white line). The keys are HTML, so they are read as text.
 */

export type SeriesId = 'nrw' | 'lvr' | 'lwl';
type Shape = 'circle' | 'square' | 'triangle';

export const SERIES: Record<SeriesId, { label: string; color: string; dash?: string; shape: Shape }> = {
  nrw: { label: 'NRW', color: '#1b1c1d', shape: 'circle' },
  lvr: { label: 'LVR', color: '#0b4f8a', dash: '8 4', shape: 'square' },
  lwl: { label: 'LWL', color: '#8a4600', dash: '2 3', shape: 'triangle' },
};
export const SERIES_IDS: readonly SeriesId[] = ['nrw', 'lvr', 'lwl'];

/** A marker: filled circle, filled square or filled triangle, about 9 px. */
export function Marker({ shape, color, cx, cy }: { shape: Shape; color: string; cx: number; cy: number }) {
  if (shape === 'square') return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={color} />;
  if (shape === 'triangle')
    return <polygon points={`${cx},${cy - 5.5} ${cx + 5},${cy + 4} ${cx - 5},${cy + 4}`} fill={color} />;
  return <circle cx={cx} cy={cy} r={4.5} fill={color} />;
}

/** The `dot` of a recharts Line: the series' marker at each point with a value. */
export const seriesDot =
  (id: SeriesId) =>
  ({ cx, cy, index }: { cx?: number; cy?: number; index?: number }) => {
    const s = SERIES[id];
    if (typeof cx !== 'number' || typeof cy !== 'number') return <g key={`${id}-${index}`} />;
    return (
      <g key={`${id}-${index}`}>
        <Marker shape={s.shape} color={s.color} cx={cx} cy={cy} />
      </g>
    );
  };

/** The key of a chart with lines: a sample of each line (dash and marker) and its text. */
export function SeriesKey({
  items,
  markers = true,
}: {
  items: { id: SeriesId; text: string }[];
  /** false: lines only (e.g. the mean lines of the ratings chart, which have no markers). */
  markers?: boolean;
}) {
  return (
    <ul className="chart-key">
      {items.map(({ id, text }) => {
        const s = SERIES[id];
        return (
          <li key={id} className="chart-key-item">
            <svg className="chart-key-sample" width="44" height="14" aria-hidden="true" focusable="false">
              <line
                x1="2"
                y1="7"
                x2="42"
                y2="7"
                stroke={s.color}
                strokeWidth="2.5"
                strokeDasharray={s.dash}
              />
              {markers ? <Marker shape={s.shape} color={s.color} cx={22} cy={7} /> : null}
            </svg>
            {text}
          </li>
        );
      })}
    </ul>
  );
}

// ---------- Measure statuses ----------

const STATUS_STYLE: Record<
  MeasureStatus,
  { color: string; pattern: 'diagonal' | 'dots' | 'solid' | 'cross' | 'horizontal' }
> = {
  geplant: { color: '#5f6b76', pattern: 'diagonal' },
  'in-umsetzung': { color: '#0b4f8a', pattern: 'dots' },
  umgesetzt: { color: '#1a7f45', pattern: 'solid' },
  verstetigt: { color: '#5a2d82', pattern: 'cross' },
  aufgegeben: { color: '#8a4600', pattern: 'horizontal' },
};

/** The fill of a status: its pattern (defined once by `StatusKey`) over its colour. */
export const statusFill = (prefix: string, status: MeasureStatus): string =>
  STATUS_STYLE[status].pattern === 'solid' ? STATUS_STYLE[status].color : `url(#${prefix}-${status})`;

function PatternMarks({ pattern }: { pattern: (typeof STATUS_STYLE)[MeasureStatus]['pattern'] }) {
  const line = { stroke: '#fff', strokeWidth: 1.5 };
  switch (pattern) {
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...line} />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.4" fill="#fff" />;
    case 'cross':
      return <path d="M0,0 l8,8 M8,0 l-8,8" {...line} strokeWidth={1} />;
    case 'horizontal':
      return <path d="M0,4 h8" {...line} />;
    default:
      return null;
  }
}

/** The patterns (once per chart, `prefix` from useId) and the key: a swatch and the status label. */
export function StatusKey({ prefix }: { prefix: string }) {
  return (
    <>
      <svg className="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          {MeasureStatus.options.map((status) => (
            <pattern
              key={status}
              id={`${prefix}-${status}`}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
            >
              <rect width="8" height="8" fill={STATUS_STYLE[status].color} />
              <PatternMarks pattern={STATUS_STYLE[status].pattern} />
            </pattern>
          ))}
        </defs>
      </svg>
      <ul className="chart-key">
        {MeasureStatus.options.map((status) => (
          <li key={status} className="chart-key-item">
            <svg className="chart-key-sample" width="18" height="18" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="16" height="16" fill={statusFill(prefix, status)} />
            </svg>
            {MEASURE_STATUS_LABELS[status]}
          </li>
        ))}
      </ul>
    </>
  );
}
