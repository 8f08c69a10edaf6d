// Runs everywhere (pure). The risk matrix of a two-factor method as vectors: one cell per pair of levels,
// coloured by the level the pair rates to, with the number of items rated there.
import type { PageWriter } from '../layout/pageWriter';
import { LevelFill, Styles } from '../layout/theme';
import type { ReportModel } from '../model/reportModel';
import { levelForScore } from '../../risk/rate';
import { drawLevelLegend } from './legend';

const rowLabelWidth = 118;
const cellHeight = 28;
const gap = 1.5;

/** Draws nothing and returns false for a method without exactly two factors. */
export function drawHeatMap(w: PageWriter, model: ReportModel): boolean {
  const counts = model.score.heatMap;
  const [rows, cols] = model.method.factors;
  if (!counts || !rows || !cols || model.method.factors.length !== 2) return false;
  const lang = model.lang;
  const cellWidth = Math.min(64, (w.width - rowLabelWidth) / cols.levels.length);
  const axis = Styles.small;
  const colLabels = cols.levels.map((l) => w.wrap(`${l.value} ${l.label[lang]}`, axis, cellWidth - 2).slice(0, 3));
  const colLabelHeight = Math.max(...colLabels.map((l) => l.length)) * w.lineHeight(axis);
  const height = w.lineHeight(Styles.smallBold) + rows.levels.length * cellHeight + 4 + colLabelHeight + w.lineHeight(Styles.smallBold) + 22;
  w.ensure(height);

  const x0 = w.left + rowLabelWidth;
  // The first factor runs up the side, highest level on top, as on printed matrices.
  w.lineAt(`${rows.name[lang]} ↑`, w.left, w.y, Styles.smallBold);
  let top = w.y - w.lineHeight(Styles.smallBold);
  for (let r = rows.levels.length - 1; r >= 0; r--) {
    const row = rows.levels[r]!;
    const label = w.wrap(`${row.value} ${row.label[lang]}`, axis, rowLabelWidth - 8).slice(0, 2);
    const labelTop = top - (cellHeight - label.length * w.lineHeight(axis)) / 2;
    label.forEach((line, i) => w.lineAt(line, w.left, labelTop - i * w.lineHeight(axis), axis, 'right', rowLabelWidth - 8));
    cols.levels.forEach((col, c) => {
      const level = levelForScore(model.method, row.value * col.value);
      const x = x0 + c * cellWidth;
      w.fillRect(x + gap / 2, top - cellHeight + gap / 2, cellWidth - gap, cellHeight - gap, LevelFill[level]);
      const n = counts[r]?.[c] ?? 0;
      if (n > 0) w.lineAt(String(n), x, top - (cellHeight - w.lineHeight(Styles.h3)) / 2, Styles.h3, 'center', cellWidth);
    });
    top -= cellHeight;
  }
  top -= 4;
  colLabels.forEach((lines, c) => lines.forEach((line, i) => w.lineAt(line, x0 + c * cellWidth, top - i * w.lineHeight(axis), axis, 'center', cellWidth)));
  top -= colLabelHeight;
  w.lineAt(`${cols.name[lang]} →`, x0, top, Styles.smallBold, 'center', cellWidth * cols.levels.length);
  top -= w.lineHeight(Styles.smallBold) + 6;
  w.y = top;
  drawLevelLegend(w, model, x0);
  return true;
}
