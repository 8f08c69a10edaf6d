// Runs everywhere (pure). Label/value rows (a muted label column, wrapped values), breaking between lines.
import type { Rgb } from '../pdf/contentStream';
import type { PageWriter } from '../layout/pageWriter';
import type { Line } from '../layout/textLayout';
import { Styles } from '../layout/theme';
import type { TextStyle } from '../layout/theme';

export type LabelledRow = {
  readonly label: string;
  readonly value: string;
  readonly style?: TextStyle;
  /** Drawn before the value (a risk level badge); only short values come with one, and wrap beside it. */
  readonly chip?: { readonly text: string; readonly fill: Rgb };
};

type LaidRow = {
  readonly row: LabelledRow;
  readonly style: TextStyle;
  readonly label: readonly Line[];
  readonly lines: readonly Line[];
  readonly chipWidth: number;
  /** The label's first line is centred on the value's first line. */
  readonly labelOffset: number;
  readonly labelHeight: number;
  readonly height: number;
};

export type LaidRows = { readonly rows: readonly LaidRow[]; readonly x: number; readonly labelWidth: number; readonly height: number };

const rowGap = 1.5;

/** Wraps every row once; the result's height lets a caller keep a short block together before drawing it. */
export function layLabelledRows(w: PageWriter, rows: readonly LabelledRow[], x: number, labelWidth: number): LaidRows {
  const labelStyle = Styles.muted;
  const valueWidth = w.right - x - labelWidth;
  const laid = rows.map((row): LaidRow => {
    const style = row.style ?? Styles.body;
    const lineHeight = w.lineHeight(style);
    const chipWidth = row.chip ? w.measure(row.chip.text, Styles.chip) + 8 + 5 : 0;
    const label = w.wrap(row.label, labelStyle, labelWidth - 6);
    const lines = w.wrap(row.value, style, valueWidth - chipWidth);
    const labelOffset = Math.max(0, (lineHeight - w.lineHeight(labelStyle)) / 2);
    const labelHeight = labelOffset + label.length * w.lineHeight(labelStyle);
    return { row, style, label, lines, chipWidth, labelOffset, labelHeight, height: Math.max(labelHeight, Math.max(lines.length, 1) * lineHeight) + rowGap };
  });
  return { rows: laid, x, labelWidth, height: laid.reduce((n, r) => n + r.height, 0) };
}

export function drawLaidRows(w: PageWriter, laid: LaidRows): void {
  const labelStyle = Styles.muted;
  const valueX = laid.x + laid.labelWidth;
  for (const { row, style, label, lines, chipWidth, labelOffset, labelHeight } of laid.rows) {
    const lineHeight = w.lineHeight(style);
    // The label and the value's first two lines stay together; longer values break between lines.
    w.ensure(Math.max(labelHeight, Math.min(Math.max(lines.length, 1), 2) * lineHeight));
    const top = w.y;
    const pages = w.pageCount;
    label.forEach((l, i) => w.lineAt(l, laid.x, top - labelOffset - i * w.lineHeight(labelStyle), labelStyle));
    if (row.chip) w.chip(row.chip.text, valueX, top - (lineHeight - w.chipHeight()) / 2, row.chip.fill);
    lines.forEach((line, i) => {
      if (i > 0) w.ensure(lineHeight);
      w.lineAt(line, valueX + chipWidth, w.y, style);
      w.y -= lineHeight;
    });
    if (lines.length === 0) w.y -= lineHeight;
    // A label longer than its value still gets its room (on the page it was drawn on).
    if (w.pageCount === pages) w.y = Math.min(w.y, top - labelHeight);
    w.y -= rowGap;
  }
}

export function drawLabelledRows(w: PageWriter, rows: readonly LabelledRow[], x: number, labelWidth: number): void {
  drawLaidRows(w, layLabelledRows(w, rows, x, labelWidth));
}
