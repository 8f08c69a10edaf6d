// Runs everywhere (pure). The committee's agreed actions as a table (overdue ones first, flagged in words), then,
// kept apart and labelled as such, the checklists' suggested measures for each gap, highest risk first.
import { formatDate } from '../dates';
import type { TableCell } from '../layout/table';
import { drawTable } from '../layout/table';
import { Colours, Styles, WarningFill } from '../layout/theme';
import type { ActionView } from '../model/reportModel';
import type { ReportStrings } from '../strings';
import type { SectionContext } from './context';
import { NumberColumn, riskRow } from './findings';
import { drawLaidRows, layLabelledRows } from './labelled';

function actionRow({ number, action, item, daysOverdue, verifiedBySameSide }: ActionView, s: ReportStrings, lang: SectionContext['model']['lang']): TableCell[] {
  const words = s.record;
  const verification = action.verification;
  return [
    { text: number, style: Styles.tableBold, more: [{ text: item === null ? s.wholeRef : s.itemRef(item), style: Styles.small }] },
    {
      text: action.description.trim() || s.none,
      more: [{ text: words.controls[action.control], style: Styles.small }, ...(action.carriedFrom ? [{ text: s.carriedOver, style: Styles.small }] : [])],
    },
    { text: action.owner.trim() || s.none, more: [{ text: words.sides[action.ownerSide], style: Styles.small }] },
    action.dueDate === ''
      ? { text: s.noDueDate, style: Styles.small }
      : daysOverdue === null
        ? formatDate(action.dueDate, lang)
        : { text: formatDate(action.dueDate, lang), fill: WarningFill, more: [{ text: s.overdueBy(daysOverdue), style: Styles.tableBold }] },
    action.budget.trim() || s.none,
    words.priorities[action.priority],
    { text: words.statuses[action.status], style: action.status === 'verified' ? Styles.tableBold : Styles.table },
    verification
      ? {
          text: verification.by.name,
          more: [
            { text: `${words.sides[verification.by.side]} · ${formatDate(verification.date, lang)}`, style: Styles.small },
            ...(verification.note.trim() ? [{ text: verification.note.trim(), style: Styles.small }] : []),
            ...(verifiedBySameSide ? [{ text: s.sameSideVerification, style: Styles.smallBold }] : []),
          ],
        }
      : { text: s.notVerified, style: Styles.small },
  ];
}

function drawAgreedActions(ctx: SectionContext): void {
  const { w, model } = ctx;
  const s = model.strings;
  w.heading(s.actionPlan, Styles.h1, 0);
  w.paragraph(s.actionPlanIntro, Styles.body);
  w.y -= 6;
  if (model.actionPlan.length === 0) {
    w.paragraph(s.noActions, Styles.muted);
    return;
  }
  drawTable(
    w,
    [
      { header: s.numberColumn, share: 0.85 },
      { header: s.actionColumn, share: 2.55 },
      { header: s.ownerColumn, share: 1.25 },
      { header: s.dueColumn, share: 1.15 },
      { header: s.budgetColumn, share: 1.15 },
      { header: s.priorityColumn, share: 0.9 },
      { header: s.statusColumn, share: 0.9 },
      { header: s.verificationColumn, share: 1.5 },
    ],
    model.actionPlan.map((view) => actionRow(view, s, model.lang)),
    { zebra: true },
  );
}

function drawSuggestions(ctx: SectionContext): void {
  const { w, model } = ctx;
  const s = model.strings;
  w.heading(s.suggestions, Styles.h2, 20, 60);
  w.paragraph(s.suggestionsIntro, Styles.muted);
  w.y -= 8;
  if (model.suggestions.length === 0) w.paragraph(s.noGaps, Styles.muted);
  const x = w.left + NumberColumn;
  for (const { item, measures } of model.suggestions) {
    const question = w.wrap(item.question, Styles.bodyBold, w.right - x);
    const rows = layLabelledRows(w, [riskRow(s.risk, item.risk, s.score(item.risk?.score ?? 0), s), ...measures.map((m) => ({ label: s.controls[m.control], value: m.text }))], x, 110);
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
}

export function drawActionPlan(ctx: SectionContext): void {
  ctx.w.newPage();
  drawAgreedActions(ctx);
  ctx.step();
  drawSuggestions(ctx);
  ctx.step();
}
