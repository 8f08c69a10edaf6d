// Runs everywhere (pure). Every item of every checklist, in order: question, answer, notes, risk, each side's
// position when recorded, the committee's actions on it, its evidence, references and photos.
import { shortText } from '../../record/shortText';
import type { RatedRisk } from '../../risk/rate';
import { formatDate } from '../dates';
import type { Line } from '../layout/textLayout';
import { Colours, LevelFill, NotRatedFill, Styles, WarningFill } from '../layout/theme';
import type { ActionView, FindingItem } from '../model/reportModel';
import type { ReportStrings } from '../strings';
import type { SectionContext } from './context';
import type { LabelledRow, LaidRows } from './labelled';
import { drawLaidRows, layLabelledRows } from './labelled';
import { drawLaidPhoto, layPhoto } from './photos';

/** The item number sits in its own column, so questions line up. */
export const NumberColumn = 30;
const labelWidth = 70;

/** How much of an action's description a finding repeats; the action plan has all of it. */
const actionMention = 110;

export function itemRows(item: FindingItem, ctx: SectionContext): LabelledRow[] {
  const { strings: s, lang } = ctx.model;
  const rows: LabelledRow[] = [];
  const recheck = item.recheck ? { text: s.recheck, fill: WarningFill } : undefined;
  if (item.answer === null) rows.push({ label: s.answer, value: s.unanswered, style: Styles.muted, chip: recheck });
  else rows.push({ label: s.answer, value: item.answer, style: Styles.bodyBold, chip: recheck });
  if (item.recheck) rows.push({ label: '', value: s.recheckNote, style: Styles.muted });
  if (item.answer !== null || item.risk) rows.push(riskRow(s.risk, item.risk, s.score(item.risk?.score ?? 0), s));
  if (item.note !== '') rows.push({ label: s.notes, value: item.note });
  if (item.positions) {
    for (const position of item.positions.sides) {
      // The rating and who recorded it on the side's first line; its words below, at full width (a badge
      // would indent every line of a long text).
      const by = position.recordedBy === '' ? [] : [s.recordedBy(position.recordedBy)];
      const label = s.sides[position.side];
      if (position.risk) rows.push(riskRow(label, position.risk, [s.score(position.risk.score), ...by].join(' · '), s));
      else if (by.length > 0) rows.push({ label, value: by[0]!, style: Styles.muted });
      if (position.text !== '') rows.push({ label: position.risk || by.length > 0 ? '' : label, value: position.text });
    }
    const { status, outcome } = item.positions;
    rows.push(status === 'open' ? { label: s.positions, value: s.openDisagreement, style: Styles.bodyBold } : { label: s.positions, value: s.settled(outcome) });
  }
  if (item.actions.length > 0) {
    const line = ({ number, action, daysOverdue }: ActionView): string => {
      const due = action.dueDate === '' ? s.noDueDate : s.dueOn(formatDate(action.dueDate, lang));
      return s.actionLine(number, s.record.statuses[action.status], daysOverdue === null ? due : `${due}, ${s.overdueBy(daysOverdue)}`, shortText(action.description, actionMention));
    };
    rows.push({ label: s.agreedActions, value: item.actions.map(line).join('\n') });
  }
  if (item.evidence.length > 0) rows.push({ label: s.evidenceCount, value: s.evidenceOfItem(item.evidence.join(', ')), style: Styles.muted });
  if (item.references.length > 0) rows.push({ label: s.basedOn, value: item.references.map((r) => `${r.title}, ${r.provision}`).join('; '), style: Styles.muted });
  return rows;
}

/** A risk rating as a worded level badge before the value; "not rated" when there is none. */
export function riskRow(label: string, risk: RatedRisk | null, value: string, s: ReportStrings): LabelledRow {
  return risk ? { label, value, chip: { text: s.levels[risk.level], fill: LevelFill[risk.level] } } : { label, value: '', chip: { text: s.notRated, fill: NotRatedFill } };
}

/** A finding shorter than this is never split between pages; a longer one breaks between lines. */
const keepTogether = 180;

type LaidItem = {
  readonly item: FindingItem;
  readonly question: readonly Line[];
  readonly rows: LaidRows;
  readonly photos: readonly ReturnType<typeof layPhoto>[];
  readonly keep: number;
};

/**
 * Wraps an item once, and says how much of it must start on one page: all of a short finding, and its first
 * photo with it when both fit on a page, so a photo does not open the next page far from its finding.
 */
function layItem(ctx: SectionContext, item: FindingItem): LaidItem {
  const { w } = ctx;
  const x = w.left + NumberColumn;
  const question = w.wrap(item.question, Styles.bodyBold, w.right - x);
  const rows = layLabelledRows(w, itemRows(item, ctx), x, labelWidth);
  const photos = item.photos.map((photo) => layPhoto(w, photo, ctx.photo(photo.photo), x, ctx.model.strings));
  const text = question.length * w.lineHeight(Styles.bodyBold) + 2 + rows.height;
  const withPhoto = text + (photos[0]?.height ?? 0);
  const keep = photos.length > 0 && withPhoto <= (w.top - w.bottom) * 0.9 ? withPhoto : Math.min(text, keepTogether);
  return { item, question, rows, photos, keep };
}

function drawItem(ctx: SectionContext, { item, question, rows, photos, keep }: LaidItem): void {
  const { w } = ctx;
  const x = w.left + NumberColumn;
  w.ensure(keep);
  w.lineAt(item.number, w.left, w.y, Styles.bodyBold);
  w.lines(question, Styles.bodyBold, x, 'left', w.right - x);
  w.y -= 2;
  drawLaidRows(w, rows);
  for (const photo of photos) {
    drawLaidPhoto(w, photo, x);
    ctx.step();
  }
  w.y -= 4;
  if (w.remaining > 8) w.rule(w.left, w.y, w.right, w.y, Colours.faint, 0.75);
  w.y -= 8;
}

export function drawFindings(ctx: SectionContext): void {
  const { w, model } = ctx;
  const s = model.strings;
  w.newPage();
  w.heading(s.findings, Styles.h1, 0);
  for (const domain of model.domains) {
    const score = model.score.packs.find((p) => p.packId === domain.pack.id);
    const sections = domain.sections.map((section) => ({ title: section.title, items: section.items.map((item) => layItem(ctx, item)) }));
    // Headings stay with the first finding under them.
    const firstKeep = sections[0]?.items[0]?.keep ?? 0;
    w.heading(`${domain.number}. ${domain.title}`, Styles.h2, 12, firstKeep + 40);
    w.paragraph(`${domain.pack.id}, v${domain.pack.version}${score ? ` · ${s.answered} ${score.answered}/${score.total}` : ''}`, Styles.small);
    for (const section of sections) {
      w.heading(section.title, Styles.h3, 8, (section.items[0]?.keep ?? 0) + 4);
      for (const item of section.items) {
        drawItem(ctx, item);
        ctx.step();
      }
    }
  }
  if (model.evidence.length > 0) {
    w.heading(s.evidence, Styles.h1, 20, 120);
    w.paragraph(s.evidenceIntro, Styles.muted);
    w.y -= 4;
    for (const photo of model.evidence) {
      drawLaidPhoto(w, layPhoto(w, photo, ctx.photo(photo.photo), w.left, s), w.left);
      ctx.step();
    }
  }
}
