// Runs everywhere (pure). The colour key of the risk levels a method can give, each with its name.
import type { PageWriter } from '../layout/pageWriter';
import { LevelFill, Styles } from '../layout/theme';
import type { ReportModel } from '../model/reportModel';
import { RiskLevels } from '../../risk/methods';

/** One line of swatches at the cursor, from `x`; moves the cursor below it. */
export function drawLevelLegend(w: PageWriter, model: ReportModel, x = w.left, counts?: Readonly<Record<string, number>>): void {
  const style = Styles.small;
  const used = RiskLevels.filter((level) => model.method.bands.some((b) => b.level === level));
  const lineHeight = w.lineHeight(style);
  w.ensure(lineHeight + 4);
  let at = x;
  for (const level of used) {
    const text = counts ? `${model.strings.levels[level]}: ${counts[level] ?? 0}` : model.strings.levels[level];
    w.fillRect(at, w.y - lineHeight + 1.5, 9, 9, LevelFill[level]);
    w.lineAt(text, at + 12, w.y, style);
    at += 12 + w.measure(text, style) + 14;
  }
  w.y -= lineHeight + 4;
}
