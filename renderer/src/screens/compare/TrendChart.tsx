// Runs in the renderer. Per-checklist bars of the items needing attention at each visit: an SVG picture and the same figures as a table.
import { Fragment, type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendSeries } from '../../../../shared/followup/trendSeries';
import { useLang } from '../../hooks/useAssessment';

/** Fill patterns per visit, so visits differ by more than colour (and in greyscale print). */
const patterns = ['hatch', 'solid', 'dots', 'cross'] as const;

const labelWidth = 230;
const barWidth = 360;
const barHeight = 16;
const barGap = 4;
const groupGap = 16;
const axisHeight = 22;

const percent = (share: number): number => Math.round(share * 100);

/**
 * Shortens a checklist name to fit the label column: Hangul and other wide characters take about a
 * full em at the chart's 13 px, Latin letters about half. The table below gives every name in full.
 */
function fitLabel(text: string, maxWidth: number): string {
  const em = 13;
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    width += (text.codePointAt(i)! > 0x2e80 ? 1 : 0.55) * em;
    if (width > maxWidth - em) return `${text.slice(0, i)}…`;
  }
  return text;
}

export function TrendChart({ series, visitLabels }: { series: TrendSeries; visitLabels: readonly string[] }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  // React's ids contain characters that are awkward inside url(#...); keep letters, digits, - and _.
  const base = `trend${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const patternId = (visit: number): string => `${base}-p${visit % patterns.length}`;
  const visits = series.visits.length;
  const groupHeight = visits * (barHeight + barGap) - barGap;
  const legendTop = axisHeight + series.domains.length * (groupHeight + groupGap);
  const height = legendTop + visits * 22 + 8;

  return (
    <>
      <figure className="chart compare-chart">
        <svg viewBox={`0 0 ${labelWidth + barWidth + 130} ${height}`} role="img" aria-labelledby={`${base}-title`} aria-describedby={`${base}-desc`} width="100%">
          <title id={`${base}-title`}>{t('compare.chartTitle')}</title>
          <desc id={`${base}-desc`}>{t('compare.chartDesc')}</desc>
          <defs>
            {patterns.map((kind, i) => (
              <pattern key={kind} id={`${base}-p${i}`} width={6} height={6} patternUnits="userSpaceOnUse" className={`trend-pattern trend-${kind}`}>
                <rect width={6} height={6} className="trend-ground" />
                {kind === 'hatch' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" className="trend-ink" />}
                {kind === 'dots' && <circle cx={3} cy={3} r={1.4} className="trend-dot" />}
                {kind === 'cross' && <path d="M0,0 L6,6 M6,0 L0,6" className="trend-ink" />}
              </pattern>
            ))}
          </defs>
          {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
            <g key={tick} transform={`translate(${labelWidth + tick * barWidth} 0)`}>
              <line y1={axisHeight - 4} y2={legendTop - groupGap / 2} className="trend-grid" />
              <text y={axisHeight - 8} textAnchor="middle" className="chart-legend">
                {percent(tick)}%
              </text>
            </g>
          ))}
          {series.domains.map((domain, row) => (
            <g key={domain.packId} transform={`translate(0 ${axisHeight + row * (groupHeight + groupGap)})`}>
              <text x={labelWidth - 8} y={groupHeight / 2 + 5} textAnchor="end" className="chart-label">
                {fitLabel(domain.title[lang], labelWidth - 14)}
              </text>
              {domain.points.map((point, visit) => (
                <g key={visit} transform={`translate(${labelWidth} ${visit * (barHeight + barGap)})`}>
                  {point && <rect width={Math.max(point.flaggedShare * barWidth, 1)} height={barHeight} fill={`url(#${patternId(visit)})`} className="trend-bar" />}
                  <text x={(point ? point.flaggedShare * barWidth : 0) + 6} y={barHeight - 3} className="chart-value">
                    {point ? t('compare.chartValue', { flagged: point.flagged, total: point.total, percent: percent(point.flaggedShare) }) : t('compare.notUsed')}
                  </text>
                </g>
              ))}
            </g>
          ))}
          <g transform={`translate(${labelWidth} ${legendTop})`}>
            {visitLabels.map((label, visit) => (
              <g key={visit} transform={`translate(0 ${visit * 22})`}>
                <rect width={18} height={14} fill={`url(#${patternId(visit)})`} className="trend-bar" />
                <text x={24} y={12} className="chart-legend">
                  {label}
                </text>
              </g>
            ))}
          </g>
        </svg>
      </figure>
      <div className="table-wrap">
        <table className="data compare-trend-table">
          <caption>{t('compare.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('summary.domain')}
              </th>
              {visitLabels.map((label, visit) => (
                <th scope="colgroup" colSpan={3} key={visit}>
                  {label}
                </th>
              ))}
            </tr>
            <tr>
              {visitLabels.map((_label, visit) => (
                <Fragment key={visit}>
                  <th scope="col">{t('compare.flagged')}</th>
                  <th scope="col">{t('compare.gaps')}</th>
                  <th scope="col">{t('compare.highRisks')}</th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.domains.map((domain) => (
              <tr key={domain.packId}>
                <th scope="row">{domain.title[lang]}</th>
                {domain.points.map((point, visit) =>
                  point ? (
                    <Fragment key={visit}>
                      <td>{t('compare.chartValue', { flagged: point.flagged, total: point.total, percent: percent(point.flaggedShare) })}</td>
                      <td>{point.concerns}</td>
                      <td>{point.highRisks}</td>
                    </Fragment>
                  ) : (
                    <td key={visit} colSpan={3} className="muted">
                      {t('compare.notUsed')}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
