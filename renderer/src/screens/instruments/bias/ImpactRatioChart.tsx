// Runs in the renderer. Impact ratios of one comparison as horizontal bars with the 0.8 line; flags in words, and the figures as a table.
import { type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BiasCategory, BiasComparison } from '../../../../../shared/instruments/bias/result';
import { useLang } from '../../../hooks/useAssessment';
import { formatNumber } from '../format';
import { FlagIcons, flagState } from './flag';

const Layout = { label: 210, plot: 360, value: 200, row: 28, top: 26, bottom: 30 } as const;
const Threshold = 0.8;
const MaxLabel = 30;

const shorten = (name: string): string => (name.length > MaxLabel ? `${name.slice(0, MaxLabel - 1)}…` : name);

export function ImpactRatioChart({ comparison, title }: { comparison: BiasComparison; title: string }): ReactElement | null {
  const { t } = useTranslation();
  const lang = useLang();
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const rows = comparison.categories;
  const ratios = rows.flatMap((c) => (c.impactRatio === null ? [] : [c.impactRatio]));
  if (ratios.length === 0) return null;
  // The axis runs to the next 0.2 step above the largest ratio (at least 1), so 0.8 always sits on a tick.
  const axisMax = Math.ceil(Math.max(1, ...ratios) * 5 - 1e-9) / 5;
  const ticks = Array.from({ length: Math.round(axisMax * 5) + 1 }, (_, i) => i / 5);
  const x = (v: number): number => Layout.label + (v / axisMax) * Layout.plot;
  const width = Layout.label + Layout.plot + Layout.value;
  const height = Layout.top + rows.length * Layout.row + Layout.bottom;
  const plotBottom = Layout.top + rows.length * Layout.row;
  const flagged = rows.filter((c) => c.flag === true).length;

  const valueText = (c: BiasCategory): string => {
    if (c.excluded) return t('instruments.bias.chart.excluded');
    if (c.impactRatio === null) return '—';
    const ratio = formatNumber(c.impactRatio, lang, 3);
    if (c.isReference) return t('instruments.bias.chart.reference', { ratio });
    return c.flag ? t('instruments.bias.chart.below', { ratio }) : ratio;
  };

  return (
    <figure className="chart bias-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={`${uid}-title`} aria-describedby={`${uid}-desc`}>
        <title id={`${uid}-title`}>{t('instruments.bias.chart.title', { title })}</title>
        <desc id={`${uid}-desc`}>{t('instruments.bias.chart.desc', { flagged, count: ratios.length })}</desc>
        <defs>
          <pattern id={`${uid}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" className="bar-concern" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
          </pattern>
        </defs>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={Layout.top} y2={plotBottom} className="chart-grid" />
            <text x={x(v)} y={plotBottom + 18} textAnchor="middle" className="chart-label">
              {formatNumber(v, lang, 1)}
            </text>
          </g>
        ))}
        {rows.map((c, i) => {
          const y = Layout.top + i * Layout.row;
          const end = c.impactRatio === null ? x(0) : x(c.impactRatio);
          return (
            <g key={c.id}>
              <text x={Layout.label - 8} y={y + Layout.row / 2 + 4} textAnchor="end" className="chart-label">
                <title>{c.name}</title>
                {shorten(c.name)}
              </text>
              {c.impactRatio !== null && (
                <rect
                  x={x(0)}
                  y={y + 5}
                  width={Math.max(1, end - x(0))}
                  height={Layout.row - 10}
                  className={c.flag ? undefined : c.isReference ? 'bar-reference' : 'bar-ok'}
                  fill={c.flag ? `url(#${uid}-hatch)` : undefined}
                />
              )}
              <text x={x(axisMax) + 10} y={y + Layout.row / 2 + 4} className={c.flag ? 'chart-value chart-flag' : 'chart-value'}>
                {valueText(c)}
              </text>
            </g>
          );
        })}
        <line x1={x(Threshold)} x2={x(Threshold)} y1={Layout.top - 8} y2={plotBottom} className="chart-threshold" />
        <text x={x(Threshold)} y={Layout.top - 12} textAnchor="middle" className="chart-label chart-threshold-label">
          {t('instruments.bias.chart.threshold')}
        </text>
      </svg>
      <figcaption className="small muted">{t('instruments.bias.chart.caption')}</figcaption>
      <details className="chart-table">
        <summary>{t('instruments.bias.chart.asTable')}</summary>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('instruments.bias.col.category')}</th>
              <th scope="col">{t('instruments.bias.col.ratio')}</th>
              <th scope="col" className="text-cell">{t('instruments.bias.col.flag')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.impactRatio === null ? '—' : formatNumber(c.impactRatio, lang, 3)}</td>
                <td>
                  <span aria-hidden="true">{FlagIcons[flagState(c)]}</span> {t(`instruments.bias.flag.${flagState(c)}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
