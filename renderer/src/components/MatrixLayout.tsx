// Runs in the renderer. The grid of a two-factor risk method: first factor up the side, second along the bottom.
import type { ReactElement, ReactNode } from 'react';
import type { Language } from '../../../shared/i18n/localized';
import type { RiskLevel, RiskMethod } from '../../../shared/risk/methods';
import { levelForScore } from '../../../shared/risk/rate';

type Props = {
  method: RiskMethod;
  lang: Language;
  caption: string;
  /** i and j index the first and second factor's levels. */
  cell: (i: number, j: number, level: RiskLevel) => ReactNode;
};

export function MatrixLayout({ method, lang, caption, cell }: Props): ReactElement | null {
  const [rows, cols] = method.factors;
  if (!rows || !cols || method.factors.length !== 2) return null;
  // Highest first-factor level on top, as on printed matrices.
  const rowOrder = rows.levels.map((_, i) => i).reverse();
  return (
    <table className="matrix">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {rowOrder.map((i) => (
          <tr key={i}>
            <th scope="row" className="matrix-axis">
              {rows.levels[i]!.value} {rows.levels[i]!.label[lang]}
            </th>
            {cols.levels.map((col, j) => (
              <td key={j} className={`matrix-cell level-${levelForScore(method, rows.levels[i]!.value * col.value)}`}>
                {cell(i, j, levelForScore(method, rows.levels[i]!.value * col.value))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td className="matrix-corner">
            {rows.name[lang]} ↑ / {cols.name[lang]} →
          </td>
          {cols.levels.map((col, j) => (
            <th key={j} scope="col" className="matrix-axis">
              {col.value} {col.label[lang]}
            </th>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
