// Runs everywhere (pure). Tables that break across pages: the header row repeats, and a row taller than the
// space left is split between its lines rather than drawn over the footer.
import type { Rgb } from '../pdf/contentStream';
import type { Align, PageWriter } from './pageWriter';
import type { Line } from './textLayout';
import { Colours, Styles } from './theme';
import type { TextStyle } from './theme';

export type TableColumn = {
  readonly header: string;
  /** Share of the table's width, relative to the other columns. */
  readonly share: number;
  readonly align?: Align;
};

/** More text under a cell's own, in its own style: a muted detail, or a bold warning word. */
export type CellPart = { readonly text: string; readonly style: TextStyle };

export type TableCell =
  | string
  | { readonly text: string; readonly style?: TextStyle; readonly fill?: Rgb; readonly align?: Align; readonly more?: readonly CellPart[] };

export type TableOptions = {
  /** No header row: a label/value list such as the cover's. */
  readonly headless?: boolean;
  readonly body?: TextStyle;
  readonly head?: TextStyle;
  readonly x?: number;
  readonly width?: number;
  readonly zebra?: boolean;
};

const padX = 4;
const padY = 3;

/**
 * Widths by share, except that no column is narrower than the longest word of its header: a heading such as
 * "Unanswered" is never split between letters. The room comes from the columns with room to spare.
 */
function columnWidths(w: PageWriter, columns: readonly TableColumn[], width: number, headStyle: TextStyle): number[] {
  const totalShare = columns.reduce((n, c) => n + c.share, 0);
  const widths = columns.map((c) => (c.share / totalShare) * width);
  const mins = columns.map((c) => Math.max(0, ...c.header.split(/\s+/).map((word) => w.measure(word, headStyle))) + 2 * padX + 1);
  const deficit = widths.reduce((n, v, i) => n + Math.max(0, mins[i]! - v), 0);
  const slack = widths.reduce((n, v, i) => n + Math.max(0, v - mins[i]!), 0);
  if (deficit === 0 || slack < deficit) return widths;
  return widths.map((v, i) => (v < mins[i]! ? mins[i]! : v - ((v - mins[i]!) / slack) * deficit));
}

type StyledLine = { readonly line: Line; readonly style: TextStyle };
type Laid = { readonly lines: readonly StyledLine[]; readonly fill: Rgb | undefined; readonly align: Align };

export function drawTable(w: PageWriter, columns: readonly TableColumn[], rows: readonly (readonly TableCell[])[], options: TableOptions = {}): void {
  const body = options.body ?? Styles.table;
  const headStyle = options.head ?? Styles.tableHead;
  const x0 = options.x ?? w.left;
  const width = options.width ?? w.right - x0;
  const widths = columnWidths(w, columns, width, headStyle);
  const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((n, v) => n + v, 0));

  const layRow = (cells: readonly TableCell[], fallback: TextStyle): Laid[] =>
    columns.map((column, i) => {
      const cell = cells[i] ?? '';
      const spec = typeof cell === 'string' ? { text: cell } : cell;
      const parts = [{ text: spec.text, style: spec.style ?? fallback }, ...(spec.more ?? [])];
      const lines = parts.flatMap((part) => w.wrap(part.text, part.style, widths[i]! - 2 * padX).map((line) => ({ line, style: part.style })));
      return { lines, fill: spec.fill, align: spec.align ?? column.align ?? 'left' };
    });

  const header = options.headless ? null : layRow(columns.map((c) => c.header), headStyle);
  const heightOf = (cells: readonly Laid[], from: number, to: number): number =>
    Math.max(...cells.map((c) => c.lines.slice(from, to).reduce((n, l) => n + w.lineHeight(l.style), 0))) + 2 * padY;
  const linesIn = (cells: readonly Laid[]): number => Math.max(1, ...cells.map((c) => c.lines.length));

  /** Draws lines [from, to) of each cell as one band at the cursor. */
  const band = (cells: readonly Laid[], from: number, to: number, rowFill: Rgb | undefined): void => {
    const height = heightOf(cells, from, to);
    const top = w.y;
    if (rowFill) w.fillRect(x0, top - height, width, height, rowFill);
    cells.forEach((cell, i) => {
      if (cell.fill) w.fillRect(xs[i]!, top - height, widths[i]!, height, cell.fill);
      let lineTop = top - padY;
      for (const { line, style } of cell.lines.slice(from, to)) {
        w.lineAt(line, xs[i]! + padX, lineTop, style, cell.align, widths[i]! - 2 * padX);
        lineTop -= w.lineHeight(style);
      }
    });
    w.y -= height;
    w.rule(x0, w.y, x0 + width, w.y, Colours.line, 0.4);
  };

  const drawHeader = (): void => {
    if (header) band(header, 0, linesIn(header), Colours.tableHead);
  };

  /** How many more lines of each cell fit above the bottom margin. */
  const linesThatFit = (cells: readonly Laid[], from: number): number => {
    let to = from;
    while (to < linesIn(cells) && heightOf(cells, from, to + 1) <= w.remaining) to++;
    return to;
  };

  const headerHeight = header ? heightOf(header, 0, linesIn(header)) : 0;
  const firstRow = rows[0] ? layRow(rows[0], body) : null;
  // The header never stands alone at the foot of a page.
  w.ensure(headerHeight + (firstRow ? heightOf(firstRow, 0, Math.min(2, linesIn(firstRow))) : 0));
  drawHeader();
  rows.forEach((row, index) => {
    const cells = index === 0 && firstRow ? firstRow : layRow(row, body);
    const rowFill = options.zebra && index % 2 === 1 ? Colours.zebra : undefined;
    const total = linesIn(cells);
    let from = 0;
    while (from < total) {
      const whole = heightOf(cells, from, total);
      // A row that fits on a fresh page moves there whole; only a row taller than that is split.
      if (whole > w.remaining && whole <= w.top - w.bottom - headerHeight && from === 0) {
        w.newPage();
        drawHeader();
      }
      let to = linesThatFit(cells, from);
      if (to === from) {
        w.newPage();
        drawHeader();
        to = Math.max(from + 1, linesThatFit(cells, from));
      }
      band(cells, from, to, rowFill);
      from = to;
    }
  });
}
