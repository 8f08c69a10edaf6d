// Runs everywhere (pure). The instrument results' charts: horizontal bars against a reference line, and the separation distance's terms stacked.
import type { Rgb } from '../pdf/contentStream';
import type { PageWriter } from '../layout/pageWriter';
import { Colours, Styles } from '../layout/theme';
import type { TextStyle } from '../layout/theme';

export type Bar = {
  readonly label: string;
  /** Null draws no bar (an excluded category, a hidden scale): `text` says why. */
  readonly value: number | null;
  readonly fill: Rgb;
  /** Written after the bars, in words, so the chart never rests on colour alone. */
  readonly text: string;
  readonly textStyle?: TextStyle;
};

export type BarChart = {
  readonly caption: string;
  readonly bars: readonly Bar[];
  readonly axis: { readonly min: number; readonly max: number; readonly ticks: readonly number[]; readonly label: (value: number) => string };
  /** The reference line (0.8, the midpoint, the limit), dashed, with its label above the plot. */
  readonly line: { readonly value: number; readonly label: string };
};

const labelWidth = 150;
const valueWidth = 165;
const barHeight = 10;
const rowGap = 4;

/** A dashed line from (x, y1) to (x, y2): the PDF writer has no dash pattern, so it is drawn as short strokes. */
function dashedVertical(w: PageWriter, x: number, y1: number, y2: number, colour: Rgb, width = 1.2): void {
  for (let y = y1; y > y2; y -= 5) w.rule(x, y, x, Math.max(y2, y - 3), colour, width);
}

/** One labelled bar per row against an axis, with a dashed reference line; kept on one page. */
export function drawBarChart(w: PageWriter, chart: BarChart): void {
  const label = Styles.small;
  const lineHeight = w.lineHeight(label);
  const row = Math.max(barHeight, lineHeight) + rowGap;
  const captionLines = w.wrap(chart.caption, label, w.width);
  const height = captionLines.length * lineHeight + lineHeight + chart.bars.length * row + lineHeight + 8;
  w.gap(4);
  w.ensure(height);
  w.lines(captionLines, label);
  const plotLeft = w.left + labelWidth;
  const plotWidth = w.width - labelWidth - valueWidth;
  const { min, max } = chart.axis;
  const x = (v: number): number => plotLeft + ((Math.min(Math.max(v, min), max) - min) / (max - min)) * plotWidth;
  // The reference line's label sits above the plot, over the line.
  w.lineAt(chart.line.label, x(chart.line.value) - 60, w.y, Styles.smallBold, 'center', 120);
  w.y -= lineHeight;
  const plotTop = w.y;
  const plotBottom = plotTop - chart.bars.length * row;
  for (const tick of chart.axis.ticks) w.rule(x(tick), plotTop, x(tick), plotBottom, Colours.faint, 0.6);
  chart.bars.forEach((bar, i) => {
    const top = plotTop - i * row;
    const barTop = top - (row - barHeight) / 2;
    w.lineAt(w.fit(bar.label, label, labelWidth - 8), w.left, top - (row - lineHeight) / 2, label, 'right', labelWidth - 8);
    if (bar.value !== null && bar.value > min) w.fillRect(x(min), barTop - barHeight, Math.max(0.8, x(bar.value) - x(min)), barHeight, bar.fill);
    w.lineAt(w.fit(bar.text, bar.textStyle ?? label, valueWidth - 8), plotLeft + plotWidth + 8, top - (row - lineHeight) / 2, bar.textStyle ?? label);
  });
  dashedVertical(w, x(chart.line.value), plotTop + 2, plotBottom, Colours.ink);
  w.y = plotBottom - 2;
  for (const tick of chart.axis.ticks) w.lineAt(chart.axis.label(tick), x(tick) - 20, w.y, label, 'center', 40);
  w.y -= lineHeight + 4;
}

export type StackPart = { readonly symbol: string; readonly value: number; readonly text: string };

const stackFills: readonly Rgb[] = [
  [0.043, 0.325, 0.58],
  [0.36, 0.55, 0.75],
  [0.18, 0.49, 0.2],
  [0.55, 0.72, 0.45],
  [0.98, 0.66, 0.15],
  [0.75, 0.6, 0.3],
];

/** The parts laid end to end in one bar, each named in it when it fits and in the key below; a mark for a compared value. */
export function drawStackedBar(w: PageWriter, caption: string, parts: readonly StackPart[], mark: { readonly value: number; readonly label: string } | null): void {
  const label = Styles.small;
  const lineHeight = w.lineHeight(label);
  const total = parts.reduce((n, p) => n + p.value, 0);
  const scaleMax = Math.max(total, mark?.value ?? 0) * 1.08 || 1;
  const captionLines = w.wrap(caption, label, w.width);
  const keyRows = Math.ceil(parts.length / 3);
  w.gap(4);
  w.ensure(captionLines.length * lineHeight + 3 * lineHeight + 18 + keyRows * lineHeight + 8);
  w.lines(captionLines, label);
  const x = (v: number): number => w.left + (v / scaleMax) * w.width;
  if (mark) w.lineAt(mark.label, x(mark.value) - 60, w.y, Styles.smallBold, 'center', 120);
  w.y -= lineHeight;
  const top = w.y;
  const height = 18;
  let at = 0;
  parts.forEach((part, i) => {
    const fill = stackFills[i % stackFills.length]!;
    const width = x(at + part.value) - x(at);
    if (width > 0) w.fillRect(x(at), top - height, width, height, fill);
    const ink: Rgb = i % 2 === 0 ? Colours.white : Colours.ink;
    if (width >= w.measure(part.symbol, Styles.chip) + 4) w.lineAt(part.symbol, x(at), top - (height - w.lineHeight(Styles.chip)) / 2, { ...Styles.chip, colour: ink }, 'center', width);
    at += part.value;
  });
  // The mark stands out on any part: a white edge around a dark dashed line.
  if (mark) {
    w.rule(x(mark.value), top + 2, x(mark.value), top - height - 2, Colours.white, 3.4);
    dashedVertical(w, x(mark.value), top + 2, top - height - 2, Colours.ink, 1.8);
  }
  w.y = top - height - 4;
  // The key: three entries a row, each with its colour, symbol and value.
  const column = w.width / 3;
  parts.forEach((part, i) => {
    const rowTop = w.y - Math.floor(i / 3) * lineHeight;
    const left = w.left + (i % 3) * column;
    w.fillRect(left, rowTop - lineHeight + 1.5, 8, 8, stackFills[i % stackFills.length]!);
    w.lineAt(w.fit(part.text, label, column - 14), left + 11, rowTop, label);
  });
  w.y -= keyRows * lineHeight + 6;
}
