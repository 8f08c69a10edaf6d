// Runs everywhere (pure). Every piece of evidence with its file's name, size and full SHA-256, who added it and
// when, and where its photo is printed: what lets a reader match the report to the files.
import { formatCameraTime, formatInstant } from '../dates';
import type { CellPart, TableCell } from '../layout/table';
import { drawTable } from '../layout/table';
import { Styles } from '../layout/theme';
import type { EvidenceRow } from '../model/reportModel';
import type { ReportStrings } from '../strings';
import type { SectionContext } from './context';

/** Two lines of 32 hex digits: the whole hash, readable, and broken at the same place every time. */
const hashLines = (hex: string): string => `${hex.slice(0, 32)}\n${hex.slice(32)}`;

function evidenceRow({ number, evidence, item, figure }: EvidenceRow, s: ReportStrings, lang: SectionContext['model']['lang']): TableCell[] {
  const printed: CellPart[] = figure !== null ? [{ text: s.printedAs(figure), style: Styles.small }] : evidence.kind === 'photo' ? [{ text: s.notPrinted, style: Styles.small }] : [];
  const captured: CellPart[] =
    evidence.capturedSha256 === evidence.file.sha256
      ? []
      : [
          { text: s.capturedHash, style: Styles.small },
          { text: hashLines(evidence.capturedSha256), style: Styles.hash },
        ];
  return [
    { text: number, style: Styles.tableBold, more: printed },
    {
      text: evidence.caption.trim() || s.none,
      more: [
        { text: `${s.kinds[evidence.kind]} · ${item === null ? s.record.wholeAssessment : s.itemRef(item)}`, style: Styles.small },
        { text: `${evidence.file.fileName} · ${s.fileSize(evidence.file.size)}`, style: Styles.small },
      ],
    },
    { text: hashLines(evidence.file.sha256), style: Styles.hash, more: captured },
    {
      text: formatInstant(evidence.addedAt, lang),
      more: [
        { text: s.addedBy(evidence.addedBy.name, s.sides[evidence.addedBy.side]), style: Styles.small },
        ...(evidence.takenAt ? [{ text: s.takenAt(formatCameraTime(evidence.takenAt, lang)), style: Styles.small }] : []),
      ],
    },
  ];
}

export function drawEvidenceRegister(ctx: SectionContext): void {
  const { w, model } = ctx;
  const s = model.strings;
  w.heading(s.evidenceRegister, Styles.h1, 24, 80);
  w.paragraph(s.evidenceRegisterIntro, Styles.muted);
  w.y -= 4;
  if (model.evidenceRegister.length === 0) w.paragraph(s.noEvidence, Styles.muted);
  else {
    drawTable(
      w,
      [
        { header: s.numberColumn, share: 0.9 },
        { header: s.evidenceColumn, share: 2.6 },
        { header: s.hashColumn, share: 2.3 },
        { header: s.addedColumn, share: 1.9 },
      ],
      model.evidenceRegister.map((row) => evidenceRow(row, s, model.lang)),
      { zebra: true },
    );
  }
  ctx.step();
}
