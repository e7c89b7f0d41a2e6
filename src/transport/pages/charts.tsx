// Server-rendered SVG charts: no script, a <title> tooltip on every mark and an aria label that
// reads the whole chart out, so they work without JavaScript and with a screen reader.
import type { Child } from 'hono/jsx';

/** One bar. */
export interface Bar {
  label: string;
  value: number;
  /** Shown instead of the raw value (e.g. "42%"). */
  display?: string;
  colour?: string;
}

/** One line of a line chart. */
export interface Series {
  name: string;
  colour: string;
  values: number[];
}

/** The palette charts draw from (distinct, readable on white). */
export const PALETTE = ['#3370ff', '#a61d24', '#ed7a12', '#34a853', '#7350e8', '#14a9a0', '#8f959e'];

const FONT = 13;

function truncate(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Rough width of a label in SVG units at the chart font: CJK glyphs are twice as wide as ASCII. */
function textWidth(text: string, size = FONT): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) < 0x100 ? 0.58 : 1;
  return units * size;
}

function Empty(props: { title: string }) {
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <p class="empty">暂无数据</p>
    </figure>
  );
}

// The captioned figure and the SVG every chart draws in; `summary` is what a screen reader says.
function ChartFrame(props: {
  title: string;
  summary: string;
  width: number;
  height: number;
  children: Child;
}) {
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <svg
        viewBox={`0 0 ${props.width} ${props.height}`}
        role="img"
        aria-label={props.summary}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title>{props.summary}</title>
        {props.children}
      </svg>
    </figure>
  );
}

/** Horizontal bars, one per label, value at the end of each bar. */
export function BarChart(props: { title: string; bars: Bar[]; unit?: string }) {
  const { title, bars } = props;
  if (bars.length === 0) return <Empty title={title} />;
  const width = 400;
  const unit = props.unit ?? '';
  const texts = bars.map((b) => b.display ?? `${b.value}${unit}`);
  const labelWidth = Math.min(140, Math.max(40, ...bars.map((b) => textWidth(truncate(b.label, 10)))) + 10);
  const valueWidth = Math.min(150, Math.max(...texts.map((t) => textWidth(t))) + 10);
  const row = 26;
  const height = bars.length * row + 6;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const summary = `${title}：${bars.map((b) => `${b.label} ${b.display ?? `${b.value}${unit}`}`).join('，')}`;
  return (
    <ChartFrame title={title} summary={summary} width={width} height={height}>
      {bars.map((b, i) => {
        const y = i * row + 4;
        const w = Math.max(b.value > 0 ? 2 : 0, ((width - labelWidth - valueWidth) * b.value) / max);
        const text = texts[i] ?? '';
        return (
          <g>
            <title>{`${b.label}：${text}`}</title>
            <text
              x={labelWidth - 8}
              y={y + row / 2 + 1}
              font-size={FONT}
              text-anchor="end"
              dominant-baseline="middle"
              fill="#1f2329"
            >
              {truncate(b.label, 10)}
            </text>
            <rect
              x={labelWidth}
              y={y + 3}
              width={w.toFixed(1)}
              height={row - 10}
              rx="3"
              fill={b.colour ?? PALETTE[i % PALETTE.length]}
            />
            <text
              x={(labelWidth + w + 6).toFixed(1)}
              y={y + row / 2 + 1}
              font-size={FONT}
              dominant-baseline="middle"
              fill="#4e5969"
            >
              {text}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}

/** Lines over shared x labels (weeks), with a dot and tooltip per point and a legend. */
export function LineChart(props: { title: string; labels: string[]; series: Series[] }) {
  const { title, labels, series } = props;
  if (labels.length === 0 || series.length === 0) return <Empty title={title} />;
  const width = 400;
  const height = 210;
  const left = 34;
  const right = 10;
  const top = series.length > 1 ? 26 : 12;
  const bottom = 28;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const niceMax = max <= 4 ? max : Math.ceil(max / 4) * 4;
  const x = (i: number) => left + (labels.length === 1 ? plotW / 2 : (plotW * i) / (labels.length - 1));
  const y = (v: number) => top + plotH - (plotH * v) / niceMax;
  const ticks =
    niceMax <= 4
      ? Array.from({ length: niceMax + 1 }, (_, i) => i)
      : [0, niceMax / 4, niceMax / 2, (3 * niceMax) / 4, niceMax];
  const every = Math.max(1, Math.ceil(labels.length / 6));
  const summary = `${title}：${series
    .map((s) => `${s.name} ${labels.map((l, i) => `${l} ${s.values[i] ?? 0}`).join('，')}`)
    .join('；')}`;
  return (
    <ChartFrame title={title} summary={summary} width={width} height={height}>
      {ticks.map((t) => (
        <g>
          <line x1={left} x2={width - right} y1={y(t).toFixed(1)} y2={y(t).toFixed(1)} stroke="#e8e9eb" />
          <text
            x={left - 6}
            y={y(t).toFixed(1)}
            font-size="12"
            text-anchor="end"
            dominant-baseline="middle"
            fill="#8f959e"
          >
            {String(Math.round(t * 10) / 10)}
          </text>
        </g>
      ))}
      {labels.map((l, i) =>
        i % every === 0 || (i === labels.length - 1 && i % every >= Math.ceil(every / 2)) ? (
          <text x={x(i).toFixed(1)} y={height - 8} font-size="12" text-anchor="middle" fill="#8f959e">
            {l}
          </text>
        ) : null,
      )}
      {series.length > 1
        ? series.map((s, i) => (
            <g>
              <rect x={left + i * 110} y="4" width="12" height="12" rx="2" fill={s.colour} />
              <text x={left + i * 110 + 17} y="11" font-size="12" dominant-baseline="middle" fill="#1f2329">
                {truncate(s.name, 7)}
              </text>
            </g>
          ))
        : null}
      {series.map((s) => (
        <g>
          <polyline
            fill="none"
            stroke={s.colour}
            stroke-width="2.2"
            stroke-linejoin="round"
            points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
          />
          {s.values.map((v, i) => (
            <circle
              cx={x(i).toFixed(1)}
              cy={y(v).toFixed(1)}
              r="3.4"
              fill="#fff"
              stroke={s.colour}
              stroke-width="2"
            >
              <title>{`${s.name} · ${labels[i] ?? ''}：${v}`}</title>
            </circle>
          ))}
        </g>
      ))}
    </ChartFrame>
  );
}
