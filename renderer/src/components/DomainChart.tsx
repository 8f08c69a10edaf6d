// Runs in the renderer. Per-domain stacked bars: answers without concern, concerns, unknown, unanswered.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackScore } from '../../../shared/scoring/score';

export type DomainBar = { readonly label: string; readonly score: PackScore };

const parts = ['ok', 'concern', 'unknown', 'open'] as const;

function segments(s: PackScore): Record<(typeof parts)[number], number> {
  return { ok: s.answered - s.concerns - s.unknowns, concern: s.concerns, unknown: s.unknowns, open: s.total - s.answered };
}

export function DomainChart({ bars, title }: { bars: readonly DomainBar[]; title: string }): ReactElement {
  const { t } = useTranslation();
  const rowHeight = 34;
  const labelWidth = 230;
  const barWidth = 420;
  const height = bars.length * rowHeight + 40;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${labelWidth + barWidth + 60} ${height}`} role="img" aria-labelledby="domain-chart-title" width="100%">
        <title id="domain-chart-title">{title}</title>
        {bars.map(({ label, score }, row) => {
          const seg = segments(score);
          let x = labelWidth;
          return (
            <g key={score.packId} transform={`translate(0 ${row * rowHeight})`}>
              <text x={labelWidth - 8} y={20} textAnchor="end" className="chart-label">
                {label.length > 30 ? `${label.slice(0, 29)}…` : label}
              </text>
              {parts.map((part) => {
                const w = score.total === 0 ? 0 : (seg[part] / score.total) * barWidth;
                const rect = <rect key={part} x={x} y={6} width={w} height={20} className={`bar-${part}`} />;
                x += w;
                return rect;
              })}
              <text x={labelWidth + barWidth + 6} y={20} className="chart-value">
                {score.answered}/{score.total}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${labelWidth} ${bars.length * rowHeight + 12})`}>
          {parts.map((part, i) => (
            <g key={part} transform={`translate(${i * 105} 0)`}>
              <rect width={12} height={12} className={`bar-${part}`} />
              <text x={16} y={11} className="chart-legend">
                {t(`summary.part.${part}`)}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
