import { chartSummary, type Bar } from './chart-bars';

type BarChartProps = {
  /** The heading and the table's caption, e.g. "Papers read per week". */
  title: string;
  /** The table's header for the period column, e.g. "Week". */
  periodHeader: string;
  bars: readonly Bar[];
  /** Label every nth bar on the axis, counted back from the latest, so labels never overlap. */
  labelEvery?: number;
};

// Drawn in viewBox units and scaled to the card's width; text at 13 units stays readable
// from a 390 px phone (about 11 px) to two columns on a desktop (about 14 px).
const WIDTH = 360;
const HEIGHT = 180;
const TOP = 20;
const BOTTOM = 24;
const SIDE = 4;

export function BarChart({ title, periodHeader, bars, labelEvery = 1 }: BarChartProps) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const slot = (WIDTH - 2 * SIDE) / Math.max(1, bars.length);
  const barWidth = slot * 0.64;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const baseline = TOP + plotHeight;

  return (
    <>
      <svg
        className="bar-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={chartSummary(title, bars)}
      >
        {bars.map((bar, index) => {
          const center = SIDE + slot * index + slot / 2;
          const height = (bar.count / max) * plotHeight;
          const labelled = (bars.length - 1 - index) % labelEvery === 0;
          return (
            <g key={bar.key}>
              {bar.count > 0 && (
                <>
                  <rect
                    className="bar-chart__bar"
                    x={center - barWidth / 2}
                    y={baseline - height}
                    width={barWidth}
                    height={height}
                    rx={2}
                  />
                  <text className="bar-chart__value" x={center} y={baseline - height - 5}>
                    {bar.count}
                  </text>
                </>
              )}
              {labelled && (
                <text className="bar-chart__label" x={center} y={HEIGHT - 6}>
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
        <line className="bar-chart__axis" x1={SIDE} x2={WIDTH - SIDE} y1={baseline} y2={baseline} />
      </svg>
      {/* Hidden by its wrapper: a table ignores a 1px width and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{periodHeader}</th>
              <th scope="col">Papers read</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.fullLabel}</th>
                <td>{bar.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
