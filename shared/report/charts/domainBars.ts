// Runs everywhere (pure). One stacked bar per checklist: in place, gaps, unknown, unanswered (as the app's chart).
import type { PageWriter } from '../layout/pageWriter';
import { PartColours, Styles } from '../layout/theme';
import type { ReportModel } from '../model/reportModel';
import type { SummaryPart } from '../strings';

const parts: readonly SummaryPart[] = ['ok', 'concern', 'unknown', 'open'];
const labelWidth = 170;
const valueWidth = 40;
const barHeight = 13;
const rowGap = 6;

export function drawDomainBars(w: PageWriter, model: ReportModel): void {
  const label = Styles.small;
  const barWidth = w.width - labelWidth - valueWidth;
  const rows = model.score.packs.map((score, i) => {
    const lines = w.wrap(model.domains[i]?.title ?? score.packId, label, labelWidth - 10);
    // Two lines of the checklist's name at most: the findings carry it in full.
    const shown = lines.length > 2 ? [lines[0]!, w.fit(lines.slice(1).map((l) => l.text).join(' '), label, labelWidth - 10)] : lines;
    return { score, lines: shown, height: Math.max(barHeight, shown.length * w.lineHeight(label)) + rowGap };
  });
  for (const row of rows) {
    w.ensure(row.height);
    const { score } = row;
    const top = w.y;
    const labelTop = top - (row.height - rowGap - row.lines.length * w.lineHeight(label)) / 2;
    row.lines.forEach((line, i) => w.lineAt(line, w.left, labelTop - i * w.lineHeight(label), label, 'right', labelWidth - 10));
    const barTop = top - (row.height - rowGap - barHeight) / 2;
    const values: Record<SummaryPart, number> = {
      ok: score.answered - score.concerns - score.unknowns,
      concern: score.concerns,
      unknown: score.unknowns,
      open: score.total - score.answered,
    };
    let x = w.left + labelWidth;
    for (const part of parts) {
      const width = score.total === 0 ? 0 : (values[part] / score.total) * barWidth;
      if (width <= 0) continue;
      w.fillRect(x, barTop - barHeight, width, barHeight, PartColours[part].fill);
      // The count is written on its part when it fits, so the chart reads in grey print too.
      const text = String(values[part]);
      if (width >= w.measure(text, Styles.chip) + 4) w.lineAt(text, x, barTop - (barHeight - w.lineHeight(Styles.chip)) / 2, { ...Styles.chip, colour: PartColours[part].ink }, 'center', width);
      x += width;
    }
    w.lineAt(`${score.answered}/${score.total}`, w.left + labelWidth + barWidth + 6, barTop - (barHeight - w.lineHeight(label)) / 2, label);
    w.y -= row.height;
  }
  // Legend.
  w.ensure(w.lineHeight(label) + 4);
  let x = w.left + labelWidth;
  for (const part of parts) {
    const text = model.strings.parts[part];
    w.fillRect(x, w.y - w.lineHeight(label) + 1.5, 9, 9, PartColours[part].fill);
    w.lineAt(text, x + 12, w.y, label);
    x += 12 + w.measure(text, label) + 14;
  }
  w.y -= w.lineHeight(label) + 4;
}
