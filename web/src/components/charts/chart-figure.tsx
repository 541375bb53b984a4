import { type ReactNode, useId } from 'react';

/**
 * The frame of every chart (WCAG 2.2 AA): a `<figure>` whose `<figcaption>` says in one sentence
 * what the chart shows, the chart itself (an SVG with role "img", a name and a place in the tab
 * order, so keyboard users can step through its values with the arrow keys), and the same numbers
 * as a real table below it.
 */

/** Axis text: the muted text colour (7:1 on white), 13 px. */
export const TICK = { fill: '#4b5157', fontSize: 13 } as const;
/** Bars of a single series: the brand blue (11:1 on white). */
export const BAR_COLOR = '#0b3a5d';
export const GRID_COLOR = '#c9cdd1';

/** The props that make a recharts chart an image with a name, reachable with the Tab key. */
export const chartA11y = (label: string) =>
  ({ accessibilityLayer: true, role: 'img', 'aria-label': label, tabIndex: 0 }) as const;

/** Tooltip values in German format (the tooltip shows while hovering or stepping with arrow keys). */
export const tooltipNumber = (format: (n: number) => string) => (value: unknown) =>
  typeof value === 'number' ? format(value) : String(value ?? '');

export function ChartFigure({
  summary,
  children,
  table,
  className,
}: {
  summary: string;
  /** The chart (and its key). */
  children: ReactNode;
  table: ReactNode;
  className?: string;
}) {
  return (
    <figure className={className ? `chart-figure ${className}` : 'chart-figure'}>
      <figcaption className="chart-summary">{summary}</figcaption>
      <div className="chart-box">{children}</div>
      {table}
    </figure>
  );
}

/**
 * A table of a chart's numbers. `scroll`: a wide table scrolls sideways in its own focusable
 * region, never the page (WCAG 1.4.10), as in the measures table.
 */
export function DataTable({
  caption,
  children,
  scroll = false,
  className,
}: {
  caption: string;
  /** thead and tbody */
  children: ReactNode;
  scroll?: boolean;
  className?: string;
}) {
  const captionId = useId();
  const table = (
    <table className={className ? `table chart-table ${className}` : 'table chart-table'}>
      <caption id={captionId} className="chart-table-caption">
        {scroll ? <span className="table-scroll-caption">{caption}</span> : caption}
      </caption>
      {children}
    </table>
  );
  if (!scroll) return table;
  return (
    <section
      className="table-scroll"
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll the wide table with the arrow keys
      tabIndex={0}
    >
      {table}
    </section>
  );
}
