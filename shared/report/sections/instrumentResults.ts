// Runs everywhere (pure). "Instrument results": each bias audit, survey and cobot check saved as evidence, as a table
// and a chart with its caveats; survey cells hidden for small groups carry the word "hidden", never a figure.
import type { BiasAuditResult, BiasCategory, BiasComparison } from '../../instruments/bias/result';
import type { CobotPflResult, CobotSsmResult, QuantityCheck } from '../../instruments/cobot/result';
import { describeInstrumentResult, type InstrumentResult } from '../../instruments/result';
import { findQuestionnaire } from '../../instruments/survey/registry';
import type { ScaleCell, SurveyGroup, SurveyResult } from '../../instruments/survey/result';
import { drawBarChart, drawStackedBar } from '../charts/instrumentCharts';
import { drawTable, type TableCell } from '../layout/table';
import { Colours, PartColours, Styles, WarningFill } from '../layout/theme';
import type { ReportInstrumentResult } from '../reportInput';
import { drawCallout } from './callout';
import type { SectionContext } from './context';
import { type InstrumentStrings, InstrumentStringsByLanguage } from './instrumentStrings';

/** Thousands grouped, a true minus sign: the same in English and Korean. */
function num(x: number, digits = 0): string {
  const [whole, fraction] = Math.abs(x).toFixed(digits).split('.');
  const sign = x < 0 && Number(Math.abs(x).toFixed(digits)) !== 0 ? '−' : '';
  return `${sign}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
const percent = (x: number, digits = 1): string => `${num(x * 100, digits)}%`;
const pValue = (p: number): string => (p < 0.001 ? '< 0.001' : num(p, 3));
const mm = (x: number): string => `${num(x)} mm`;

function flagCell(c: BiasCategory, s: InstrumentStrings): TableCell {
  if (c.excluded) return { text: s.excludedFlag, style: Styles.tableBold };
  if (c.isReference && c.impactRatio !== null) return { text: s.referenceFlag, style: Styles.tableBold };
  if (c.flag === true) return { text: s.below, style: Styles.tableBold, fill: WarningFill };
  if (c.flag === false) return s.notBelow;
  return '—';
}

function drawBias(ctx: SectionContext, r: BiasAuditResult, s: InstrumentStrings): void {
  const { w, model } = ctx;
  const i = r.inputs;
  const m = r.mapping;
  const outcome =
    m.layout === 'counts'
      ? s.outcomeCounts(m.countColumn, m.selectedColumn)
      : m.outcome.kind === 'score'
        ? s.outcomeScore(m.outcome.column, num(i.median ?? 0, 2))
        : s.outcomeSelected(m.outcome.column, m.outcome.yesValues.join(', '));
  w.paragraph(`${s.read(i.analysed, i.records)} ${outcome}`, Styles.body);
  if (i.outcomeMissing + i.outcomeUnparseable > 0) w.paragraph(s.leftOut(i.outcomeMissing, i.outcomeUnparseable), Styles.bodyBold);
  for (const c of r.comparisons) drawComparison(ctx, r, c, s);
  w.gap(4);
  drawCallout(w, s.caveat, r.caveat[model.lang], Colours.faint, Colours.warning);
}

function drawComparison(ctx: SectionContext, r: BiasAuditResult, c: BiasComparison, s: InstrumentStrings): void {
  const { w } = ctx;
  const title = c.intersectional ? s.intersectional(r.mapping.groupColumns.join(' × ')) : s.byAttribute(c.attribute);
  w.heading(title, Styles.h3, 10, 70);
  const reference = c.categories.find((x) => x.isReference);
  if (c.ratiosUndefined) w.paragraph(c.ratiosUndefined === 'no-one-selected' ? s.noOneSelected : s.allExcluded, Styles.bodyBold);
  else if (reference) w.paragraph(s.reference(reference.name, percent(reference.rate)), Styles.muted);
  if (c.unknown > 0) w.paragraph(s.unknown(c.unknown, c.intersectional ? s.anyGroupColumn : c.attribute), Styles.muted);
  w.y -= 2;
  const analysed = r.inputs.analysed;
  drawTable(
    w,
    [
      { header: s.category, share: 2 },
      { header: s.people, share: 0.8, align: 'right' },
      { header: s.selected, share: 0.85, align: 'right' },
      { header: s.rate, share: 0.8, align: 'right' },
      { header: s.ratio, share: 0.9, align: 'right' },
      { header: s.fourFifths, share: 1.5 },
      { header: s.test, share: 1.5 },
      { header: s.notes, share: 2.6 },
    ],
    c.categories.map((x) => [
      { text: x.name, style: Styles.tableBold },
      String(x.count),
      String(x.selected),
      percent(x.rate),
      x.impactRatio === null ? '—' : num(x.impactRatio, 3),
      flagCell(x, s),
      x.test ? { text: x.test.method === 'fisher-exact' ? s.fisher : s.zTest(num(x.test.z ?? 0, 2)), more: [{ text: `p ${pValue(x.test.p)}${x.test.significant ? `, ${s.significant}` : ''}`, style: x.test.significant ? Styles.smallBold : Styles.small }] } : '—',
      {
        text: [x.fragility ? s.fragile[x.fragility.change](num(x.fragility.impactRatio, 3)) : '', x.excluded ? s.excludedBecause(x.excluded.reason) : '', !x.excluded && x.count * 50 < analysed ? s.small : '']
          .filter(Boolean)
          .join(' '),
      },
    ]),
    { zebra: true },
  );
  const ratios = c.categories.flatMap((x) => (x.impactRatio === null ? [] : [x.impactRatio]));
  if (ratios.length === 0) return;
  const max = Math.ceil(Math.max(1, ...ratios) * 5 - 1e-9) / 5;
  drawBarChart(w, {
    caption: s.chartRatio(title),
    bars: c.categories.map((x) => ({
      label: x.name,
      value: x.impactRatio,
      fill: x.flag ? PartColours.concern.fill : x.isReference ? Colours.brand : PartColours.ok.fill,
      text: x.excluded ? s.excludedFlag : x.impactRatio === null ? '—' : `${num(x.impactRatio, 3)} ${x.flag ? s.below : x.isReference ? s.referenceFlag : ''}`.trim(),
      textStyle: x.flag ? { ...Styles.smallBold, colour: Colours.warning } : Styles.small,
    })),
    axis: { min: 0, max, ticks: Array.from({ length: Math.round(max * 5) + 1 }, (_, k) => k / 5), label: (v) => num(v, 1) },
    line: { value: 0.8, label: s.threshold },
  });
}

function groupName(g: Pick<SurveyGroup, 'group'>, overall: boolean, s: InstrumentStrings): string {
  return overall ? s.allRespondents : (g.group ?? s.noGroup);
}

function hidden(reason: 'fewer-than-minimum' | 'differencing', min: number, s: InstrumentStrings): string {
  return reason === 'fewer-than-minimum' ? s.hiddenFewer(min) : s.hiddenDifferencing;
}

function surveyCell(cell: ScaleCell | undefined, r: SurveyResult, s: InstrumentStrings): TableCell {
  if (!cell) return '—';
  if (cell.suppressed) return { text: hidden(cell.reason, r.options.minGroupSize, s), style: Styles.small };
  const low = cell.mean < r.options.lowScoreThreshold;
  return {
    text: num(cell.mean, 2),
    style: low ? Styles.tableBold : Styles.table,
    fill: low ? WarningFill : undefined,
    more: [{ text: s.cellDetail(num(cell.sd, 2), cell.n), style: Styles.small }, ...(low ? [{ text: s.needsActionShort, style: Styles.smallBold }] : [])],
  };
}

/** Four groups a table at most, so a survey with many teams stays readable: the scale names repeat in each. */
const GroupsPerTable = 4;

function drawSurvey(ctx: SectionContext, r: SurveyResult, s: InstrumentStrings): void {
  const { w, model } = ctx;
  const lang = model.lang;
  const questionnaire = findQuestionnaire(r.questionnaire.id, r.questionnaire.version);
  const min = r.options.minGroupSize;
  const rate = r.responseRate ? `, ${s.responseRate(percent(r.responseRate.rate, 0), r.responseRate.invited, s.bands[r.responseRate.band])}` : '';
  w.paragraph(`${questionnaire ? `${questionnaire.name[lang]} (v${questionnaire.version}). ` : ''}${s.responses(r.responses)}${rate}.`, Styles.body);
  if (r.overall.suppressed || !questionnaire) {
    w.gap(2);
    drawCallout(w, s.hiddenFewer(min), s.hiddenOverall(min), Colours.faint, Colours.brand);
    w.paragraph(r.suppressionNote[lang], Styles.muted);
    return;
  }
  const groups = [{ group: r.overall, overall: true }, ...r.groups.map((group) => ({ group, overall: false }))];
  for (let start = 0; start < groups.length; start += GroupsPerTable) {
    const chunk = groups.slice(start, start + GroupsPerTable);
    w.y -= 2;
    drawTable(
      w,
      [
        { header: s.scale, share: 2.2 },
        ...chunk.map(({ group, overall }) => ({ header: `${groupName(group, overall, s)}\n${group.suppressed ? s.hiddenFewer(min) : s.respondents(group.respondents)}`, share: 1.4, align: 'right' as const })),
      ],
      questionnaire.scales.map((scale) => [
        { text: scale.name[lang], style: Styles.tableBold },
        ...chunk.map(({ group }): TableCell => (group.suppressed ? { text: hidden(group.reason, min, s), style: Styles.small } : surveyCell(group.scales.find((c) => c.scaleId === scale.id), r, s))),
      ]),
      { zebra: true },
    );
  }
  const overall = r.overall;
  drawBarChart(w, {
    caption: s.chartMeans,
    bars: questionnaire.scales.map((scale) => {
      const cell = overall.scales.find((c) => c.scaleId === scale.id);
      if (!cell || cell.suppressed) return { label: scale.name[lang], value: null, fill: Colours.line, text: cell?.suppressed ? hidden(cell.reason, min, s) : '—' };
      const low = cell.mean < r.options.lowScoreThreshold;
      return { label: scale.name[lang], value: cell.mean, fill: low ? PartColours.concern.fill : Colours.brand, text: `${num(cell.mean, 2)}${low ? ` ${s.needsActionShort}` : ''}`, textStyle: low ? { ...Styles.smallBold, colour: Colours.warning } : Styles.small };
    }),
    axis: { min: 1, max: 5, ticks: [1, 2, 3, 4, 5], label: (v) => String(v) },
    line: { value: r.options.lowScoreThreshold, label: s.midpoint(num(r.options.lowScoreThreshold, 1)) },
  });
  w.heading(s.needsAction, Styles.h3, 8, 30);
  if (r.needsAction.length === 0) w.paragraph(s.noNeedsAction, Styles.muted);
  for (const need of r.needsAction) {
    const scale = questionnaire.scales.find((x) => x.id === need.scaleId)?.name[lang] ?? need.scaleId;
    w.paragraph(`• ${s.needsActionLine(scale, groupName(need, need.overall, s), num(need.mean, 2))}`, Styles.body);
  }
  w.gap(2);
  w.paragraph(r.suppressionNote[lang], Styles.muted);
}

function quantityRow(q: QuantityCheck, s: InstrumentStrings, first: TableCell): TableCell[] {
  const over = q.verdict === 'fail';
  const missing = q.verdict === 'no-limit';
  const basis = q.limitBasis && q.limitBasis !== 'general' ? [{ text: s.basis[q.limitBasis], style: Styles.small }] : [];
  const sign = q.marginAbsolute !== null && q.marginAbsolute > 0 ? '+' : '';
  return [
    first,
    q.quantity === 'force' ? s.force : s.pressure,
    q.measured === null ? '—' : `${num(q.measured, 1)} ${q.unit}`,
    { text: q.limit === null ? '—' : `${num(q.limit, 1)} ${q.unit}`, more: basis },
    q.marginAbsolute === null || q.marginPercent === null ? '—' : `${sign}${num(q.marginAbsolute, 1)} ${q.unit} (${sign}${num(q.marginPercent, 0)}%)`,
    { text: s.verdicts[q.verdict], style: over || missing ? Styles.tableBold : Styles.table, fill: over || missing ? WarningFill : undefined },
  ];
}

function drawPfl(ctx: SectionContext, r: CobotPflResult, s: InstrumentStrings): void {
  const { w, model } = ctx;
  w.paragraph(s.limitsFrom(r.table.sourceName, r.table.licence) + (r.table.url ? ` ${r.table.url}` : ''), Styles.body);
  if (r.table.example) {
    w.gap(2);
    drawCallout(w, s.exampleTitle, s.exampleText, WarningFill, Colours.warning);
  }
  w.y -= 2;
  drawTable(
    w,
    [
      { header: s.measurement, share: 2.4 },
      { header: s.quantity, share: 0.9 },
      { header: s.measured, share: 1, align: 'right' },
      { header: s.limit, share: 1.1, align: 'right' },
      { header: s.margin, share: 1.4, align: 'right' },
      { header: s.result, share: 1.6 },
    ],
    r.measurements.flatMap((m, n) => {
      const head: TableCell = {
        text: m.label ?? s.measurementN(n + 1),
        style: Styles.tableBold,
        more: [
          { text: `${m.regionName[model.lang]} · ${s.contacts[m.contact]}`, style: Styles.small },
          { text: s.overall[m.verdict], style: Styles.smallBold },
        ],
      };
      return [quantityRow(m.force, s, head), quantityRow(m.pressure, s, '')];
    }),
  );
  const checks = r.measurements.flatMap((m, n) => [m.force, m.pressure].filter((q) => q.measured !== null).map((q) => ({ name: `${m.label ?? s.measurementN(n + 1)} · ${q.quantity === 'force' ? s.force : s.pressure}`, q })));
  const shares = checks.flatMap(({ q }) => (q.limit === null || q.measured === null ? [] : [q.measured / q.limit]));
  if (shares.length > 0) {
    const max = Math.max(1.2, Math.ceil(Math.max(...shares) * 4) / 4);
    drawBarChart(w, {
      caption: s.chartLimits,
      bars: checks.map(({ name, q }) => {
        const share = q.limit === null || q.measured === null ? null : q.measured / q.limit;
        return {
          label: name,
          value: share,
          fill: q.verdict === 'fail' ? PartColours.concern.fill : PartColours.ok.fill,
          text: share === null ? s.verdicts['no-limit'] : `${s.ofLimit(percent(share, 0))}: ${s.verdicts[q.verdict]}`,
          textStyle: q.verdict === 'pass' ? Styles.small : { ...Styles.smallBold, colour: Colours.warning },
        };
      }),
      axis: { min: 0, max, ticks: Array.from({ length: Math.floor(max * 4) + 1 }, (_, k) => k / 4), label: (v) => percent(v, 0) },
      line: { value: 1, label: s.limitLine },
    });
  }
  w.paragraph(r.caveat[model.lang], Styles.muted);
}

function drawSsm(ctx: SectionContext, r: CobotSsmResult, s: InstrumentStrings): void {
  const { w, model } = ctx;
  const i = r.inputs;
  const speed = (x: number): string => `${num(x)} mm/s`;
  const seconds = (x: number): string => `${num(x, 3).replace(/\.?0+$/, '')} s`;
  w.heading(s.inputs, Styles.h3, 6, 40);
  drawTable(
    w,
    [
      { header: '', share: 3 },
      { header: '', share: 1.2, align: 'right' },
    ],
    [
      [s.humanSpeed(i.humanSpeedSource), speed(i.humanSpeedMmS)],
      [s.ssmInputs.robotSpeedMmS, speed(i.robotSpeedMmS)],
      [s.ssmInputs.reactionTimeS, seconds(i.reactionTimeS)],
      [s.ssmInputs.stoppingTimeS, seconds(i.stoppingTimeS)],
      [s.ssmInputs.stoppingDistanceMm, mm(i.stoppingDistanceMm)],
      [s.ssmInputs.intrusionDistanceMm, mm(i.intrusionDistanceMm)],
      [s.ssmInputs.humanPositionUncertaintyMm, mm(i.humanPositionUncertaintyMm)],
      [s.ssmInputs.robotPositionUncertaintyMm, mm(i.robotPositionUncertaintyMm)],
      [s.ssmInputs.actualSeparationMm, i.actualSeparationMm === null ? s.notGiven : mm(i.actualSeparationMm)],
    ],
    { headless: true, zebra: true, width: w.width * 0.7 },
  );
  w.gap(6);
  drawTable(
    w,
    [
      { header: s.term, share: 0.6 },
      { header: s.howFound, share: 1.6 },
      { header: s.value, share: 0.9, align: 'right' },
      { header: s.meaning, share: 3.2 },
    ],
    [
      ...r.terms.map((t): TableCell[] => [{ text: t.symbol, style: Styles.tableBold }, t.symbol in s.described ? s.described[t.symbol as keyof InstrumentStrings['described']] : t.formula, mm(t.valueMm), t.explanation[model.lang]]),
      [
        { text: 'S_p', style: Styles.tableBold, fill: Colours.tableHead },
        { text: 'S_h + S_r + S_s + C + Z_d + Z_r', fill: Colours.tableHead },
        { text: mm(r.protectiveSeparationMm), style: Styles.tableBold, fill: Colours.tableHead },
        { text: s.total, fill: Colours.tableHead },
      ],
    ],
  );
  if (i.actualSeparationMm !== null) {
    w.gap(4);
    const text = r.verdict === 'sufficient' ? s.sufficient(mm(i.actualSeparationMm), mm(r.protectiveSeparationMm)) : s.insufficient(mm(i.actualSeparationMm), mm(r.protectiveSeparationMm), mm(r.protectiveSeparationMm - i.actualSeparationMm));
    w.paragraph(text, r.verdict === 'sufficient' ? Styles.bodyBold : { ...Styles.bodyBold, colour: Colours.warning });
  }
  drawStackedBar(
    w,
    s.chartTerms,
    r.terms.map((t) => ({ symbol: t.symbol, value: t.valueMm, text: `${t.symbol} ${mm(t.valueMm)}` })),
    i.actualSeparationMm === null ? null : { value: i.actualSeparationMm, label: s.kept(mm(i.actualSeparationMm)) },
  );
  w.paragraph(r.source[model.lang], Styles.muted);
}

function drawResult(ctx: SectionContext, result: InstrumentResult, s: InstrumentStrings): void {
  switch (result.instrument) {
    case 'bias-audit':
      return drawBias(ctx, result, s);
    case 'psychosocial-survey':
      return drawSurvey(ctx, result, s);
    case 'cobot-pfl':
      return drawPfl(ctx, result, s);
    case 'cobot-ssm':
      return drawSsm(ctx, result, s);
  }
}

/**
 * Draws the section when the report carries instrument results of this assessment's evidence, in the order of
 * the evidence register (whose numbers they carry); nothing at all otherwise.
 */
export function drawInstrumentResults(ctx: SectionContext, results: readonly ReportInstrumentResult[]): void {
  const { w, model } = ctx;
  const s = InstrumentStringsByLanguage[model.lang];
  const byEvidence = new Map(results.map((r) => [r.evidenceId, r.result]));
  const rows = model.evidenceRegister.flatMap((row) => {
    const result = byEvidence.get(row.evidence.id);
    return result ? [{ row, result }] : [];
  });
  if (rows.length > 0) {
    // The title keeps its introduction and the first result's heading and summary with it.
    w.heading(s.title, Styles.h1, 24, 170);
    w.paragraph(s.intro, Styles.muted);
    for (const { row, result } of rows) {
      w.heading(`${row.number} · ${s.kinds[result.instrument]}`, Styles.h2, 16, 90);
      const caption = row.evidence.caption.trim();
      w.paragraph(`${s.evidenceOn(row.number, row.item)}${caption ? ` · ${caption}` : ''}`, Styles.muted);
      w.paragraph(describeInstrumentResult(result, model.lang), Styles.bodyBold);
      w.y -= 2;
      drawResult(ctx, result, s);
    }
  }
  ctx.step();
}
