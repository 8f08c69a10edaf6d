// Runs everywhere (pure). The checklist's suggested measures for each gap, highest risk first. Suggestions
// only, and the section says so: the committee's own actions are a later feature that replaces this list.
import { Colours, LevelFill, NotRatedFill, Styles } from '../layout/theme';
import type { SectionContext } from './context';
import { NumberColumn } from './findings';
import { drawLaidRows, layLabelledRows } from './labelled';

export function drawActionPlan(ctx: SectionContext): void {
  const { w, model } = ctx;
  const s = model.strings;
  w.newPage();
  w.heading(s.actionPlan, Styles.h1, 0);
  w.paragraph(s.actionPlanIntro, Styles.body);
  w.y -= 8;
  if (model.actions.length === 0) w.paragraph(s.noGaps, Styles.muted);
  const x = w.left + NumberColumn;
  for (const { item, measures } of model.actions) {
    const question = w.wrap(item.question, Styles.bodyBold, w.right - x);
    const rows = layLabelledRows(
      w,
      [
        item.risk
          ? { label: s.risk, value: s.score(item.risk.score), chip: { text: s.levels[item.risk.level], fill: LevelFill[item.risk.level] } }
          : { label: s.risk, value: '', chip: { text: s.notRated, fill: NotRatedFill } },
        ...measures.map((m) => ({ label: s.controls[m.control], value: m.text })),
      ],
      x,
      110,
    );
    // An entry shorter than a third of a page is never split.
    w.ensure(Math.min(question.length * w.lineHeight(Styles.bodyBold) + 2 + rows.height, (w.top - w.bottom) / 3));
    w.lineAt(item.number, w.left, w.y, Styles.bodyBold);
    w.lines(question, Styles.bodyBold, x, 'left', w.right - x);
    w.y -= 2;
    drawLaidRows(w, rows);
    w.y -= 4;
    if (w.remaining > 8) w.rule(w.left, w.y, w.right, w.y, Colours.faint, 0.75);
    w.y -= 8;
  }
  ctx.step();
}
