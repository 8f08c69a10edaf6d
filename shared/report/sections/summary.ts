// Runs everywhere (pure). Where the assessment stands: counts per checklist, the committee's working record,
// the deadlines (informing workers, the employer's answer), the answers chart, the risk matrix and the highest risks.
import { drawDomainBars } from '../charts/domainBars';
import { drawHeatMap } from '../charts/heatMap';
import { drawLevelLegend } from '../charts/legend';
import { drawTable } from '../layout/table';
import type { TableCell } from '../layout/table';
import { Colours, LevelFill, Styles, WarningFill } from '../layout/theme';
import { RiskLevels } from '../../risk/methods';
import { ActionStatuses } from '../../domain/record';
import { ConsultOnNewTechnologyKr, InformBeforeGoLive } from '../../record/clocks';
import type { ResponseClock } from '../../record/clocks';
import { formatDate } from '../dates';
import type { ReportModel } from '../model/reportModel';
import { drawCallout } from './callout';
import type { SectionContext } from './context';
import type { LabelledRow } from './labelled';
import { drawLabelledRows } from './labelled';

const labelWidth = 150;

function drawWorkingRecord(ctx: SectionContext): void {
  const { w, model } = ctx;
  const { strings: s, counts } = model;
  const total = ActionStatuses.reduce((n, status) => n + counts.actions[status], 0);
  const byStatus = ActionStatuses.map((status) => `${s.record.statuses[status]} ${counts.actions[status]}`).join(', ');
  w.heading(s.workingRecord, Styles.h2, 14, 60);
  drawLabelledRows(
    w,
    [
      { label: s.positionsCount, value: s.positionsValue(counts.openDisagreements, counts.settled), style: counts.openDisagreements > 0 ? Styles.bodyBold : Styles.body },
      { label: s.actionsCount, value: s.actionsValue(total, byStatus) },
      counts.overdue > 0
        ? { label: s.overdueCount, value: s.overdueValue(counts.overdue), style: Styles.bodyBold, chip: { text: s.warning, fill: WarningFill } }
        : { label: s.overdueCount, value: s.overdueValue(0) },
      { label: s.meetingsCount, value: s.meetingsValue(counts.meetings, counts.meetingsWithoutBothSides) },
      { label: s.evidenceCount, value: s.evidenceValue(counts.evidence) },
    ],
    w.left,
    labelWidth,
  );
}

function responseText(clock: ResponseClock, model: ReportModel): string {
  const { strings: s, lang } = model;
  const date = (d: string): string => formatDate(d, lang);
  switch (clock.status) {
    case 'not-sent':
      return s.responseNotSent;
    case 'waiting':
      return s.responseWaiting(date(clock.dueDate), clock.daysLeft);
    case 'overdue':
      return s.responseOverdue(date(clock.dueDate), clock.daysLate);
    case 'answered':
      return s.responseAnswered(date(clock.answeredDate), clock.dueDate === null ? null : date(clock.dueDate), clock.daysLate);
  }
}

function drawDeadlines(ctx: SectionContext): void {
  const { w, model } = ctx;
  const { strings: s, lang } = model;
  w.heading(s.deadlines, Styles.h2, 14, 60);
  const warnings = model.systemClocks.filter((clock) => clock.warning !== null);
  for (const clock of warnings) {
    const name = clock.name.trim() || s.none;
    const text =
      clock.warning === 'went-live-before-informed'
        ? s.wentLiveBeforeInformed(name, formatDate(clock.goLiveDate, lang), formatDate(clock.informedDate, lang), clock.daysLate ?? 0)
        : s.goLiveWithoutInformation(name, formatDate(clock.goLiveDate, lang));
    drawCallout(w, s.warning, text, WarningFill, Colours.warning);
  }
  if (model.systemClocks.length > 0) {
    if (warnings.length === 0) w.paragraph(s.noInformWarnings, Styles.body);
    w.paragraph(s.informRule(`${InformBeforeGoLive.instrument}, ${InformBeforeGoLive.provision}`), Styles.muted);
    w.paragraph(s.koreaConsultation(`${ConsultOnNewTechnologyKr.instrument}, ${ConsultOnNewTechnologyKr.provision}`), Styles.muted);
    w.y -= 6;
  }
  const response = responseText(model.response, model);
  if (model.response.status === 'overdue') drawCallout(w, s.response, response, WarningFill, Colours.warning);
  else {
    const row: LabelledRow = { label: s.response, value: response };
    drawLabelledRows(w, [row], w.left, labelWidth);
  }
}

export function drawSummary(ctx: SectionContext): void {
  const { w, model } = ctx;
  const { strings: s, score, lang } = model;
  w.newPage();
  w.heading(s.summary, Styles.h1, 0);
  w.paragraph(s.overall(score.answered, score.total, model.method.name[lang]), Styles.body);

  // Only the levels this method can give get a column (the OiRA methods have no "very high").
  const levels = RiskLevels.filter((level) => model.method.bands.some((b) => b.level === level));
  w.heading(s.byDomain, Styles.h2, 14);
  const count = (n: number): TableCell => ({ text: String(n), align: 'right' });
  const rows: TableCell[][] = score.packs.map((p, i) => [
    `${i + 1}. ${model.domains[i]?.title ?? p.packId}`,
    count(p.answered),
    count(p.total - p.answered),
    count(p.concerns),
    count(p.unknowns),
    ...levels.map((level) => ({ text: String(p.levels[level]), align: 'right' as const, fill: p.levels[level] > 0 ? LevelFill[level] : undefined })),
  ]);
  const sum = (f: (p: (typeof score.packs)[number]) => number): TableCell => ({ text: String(score.packs.reduce((n, p) => n + f(p), 0)), style: Styles.tableBold, align: 'right' });
  rows.push([
    { text: s.total, style: Styles.tableBold },
    sum((p) => p.answered),
    sum((p) => p.total - p.answered),
    sum((p) => p.concerns),
    sum((p) => p.unknowns),
    ...levels.map((level) => sum((p) => p.levels[level])),
  ]);
  drawTable(
    w,
    [
      { header: s.domain, share: 4.2 },
      { header: s.answered, share: 1, align: 'right' },
      { header: s.unanswered, share: 1, align: 'right' },
      { header: s.concerns, share: 1.2, align: 'right' },
      { header: s.unknowns, share: 1, align: 'right' },
      ...levels.map((level) => ({ header: s.levels[level], share: 1, align: 'right' as const })),
    ],
    rows,
  );

  drawWorkingRecord(ctx);
  drawDeadlines(ctx);

  w.heading(s.chartTitle, Styles.h2, 14, 60);
  drawDomainBars(w, model);

  w.heading(s.riskLevels, Styles.h2, 14, 120);
  drawLevelLegend(w, model, w.left, score.levels);
  w.heading(s.heatMap, Styles.h3, 8, 150);
  if (!drawHeatMap(w, model)) w.paragraph(s.noHeatMap, Styles.muted);

  w.heading(s.highRisks, Styles.h2, 14, 50);
  if (model.topRisks.length === 0) {
    w.paragraph(s.noHighRisks, Styles.muted);
  } else {
    drawTable(
      w,
      [
        { header: s.itemColumn, share: 0.7 },
        { header: s.questionColumn, share: 6 },
        { header: s.levelColumn, share: 1.3 },
        { header: s.scoreColumn, share: 0.8, align: 'right' },
      ],
      model.topRisks.map((item) => [
        { text: item.number, style: Styles.tableBold },
        item.question,
        { text: item.risk ? s.levels[item.risk.level] : s.notRated, fill: item.risk ? LevelFill[item.risk.level] : Colours.faint, style: Styles.tableBold },
        { text: String(item.risk?.score ?? ''), align: 'right' },
      ]),
    );
  }
  ctx.step();
}
