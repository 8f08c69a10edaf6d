// Runs everywhere (pure). The committee's meetings: when, who attended for each side (and whether both sides
// were there), which checklists were covered, and the notes.
import { Sides } from '../../domain/assessment';
import { JointSides } from '../../domain/record';
import { formatDate } from '../dates';
import { Styles, WarningFill } from '../layout/theme';
import type { MeetingView } from '../model/reportModel';
import type { SectionContext } from './context';
import type { LabelledRow } from './labelled';
import { drawLabelledRows } from './labelled';

const labelWidth = 130;

function meetingRows(view: MeetingView, ctx: SectionContext): LabelledRow[] {
  const s = ctx.model.strings;
  const rows: LabelledRow[] = [];
  for (const side of Sides) {
    const names = view.attendees.filter((a) => a.side === side).map((a) => a.name || s.none);
    // The two sides always get a line, so an absent side shows as "nobody" rather than by omission.
    if (names.length > 0 || (JointSides as readonly string[]).includes(side)) rows.push({ label: s.sides[side], value: names.length > 0 ? names.join(', ') : s.nobody, style: names.length > 0 ? Styles.body : Styles.bodyBold });
  }
  if (view.unknownAttendees > 0) rows.push({ label: '', value: s.unknownAttendees(view.unknownAttendees), style: Styles.muted });
  rows.push(
    view.absentSides.length === 0
      ? { label: s.bothSides, value: s.bothSidesPresent }
      : { label: s.bothSides, value: s.sideAbsent(view.absentSides), style: Styles.bodyBold, chip: { text: s.warning, fill: WarningFill } },
  );
  if (view.packs.length > 0) rows.push({ label: s.packsCovered, value: view.packs.join('\n') });
  if (view.meeting.notes.trim() !== '') rows.push({ label: s.notes, value: view.meeting.notes.trim() });
  return rows;
}

export function drawMeetings(ctx: SectionContext): void {
  const { w, model } = ctx;
  const s = model.strings;
  w.heading(s.meetings, Styles.h1, 24, 80);
  w.paragraph(s.meetingsIntro, Styles.muted);
  w.y -= 4;
  if (model.meetings.length === 0) w.paragraph(s.noMeetings, Styles.muted);
  model.meetings.forEach((view, i) => {
    const date = view.meeting.date === '' ? s.dateNotRecorded : formatDate(view.meeting.date, model.lang);
    w.heading(s.meetingTitle(i + 1, date), Styles.h3, 10, 50);
    drawLabelledRows(w, meetingRows(view, ctx), w.left, labelWidth);
  });
  ctx.step();
}
