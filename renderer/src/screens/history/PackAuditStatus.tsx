// Runs in the renderer. One line per change history in an evidence pack being imported: intact, or where it breaks.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackAuditReport } from '../../../../shared/evidencePack/read';
import { problemText } from './entryText';

export function PackAuditStatus({ logs }: { logs: readonly PackAuditReport[] }): ReactElement | null {
  const { t } = useTranslation();
  if (logs.length === 0) return null;
  return (
    <ul className="pack-audit" data-testid="pack-audit">
      {logs.map(({ path, chain, unreadableLines, passes }) => (
        <li key={path}>
          {!chain
            ? t('history.pack.unchecked')
            : passes
              ? t('history.pack.intact', { count: chain.entries })
              : [
                  t('history.pack.broken', { n: chain.brokenAt ?? unreadableLines[0] }),
                  ...chain.problems.map((problem) => problemText(problem, t)),
                  ...(unreadableLines.length > 0 ? [t('history.pack.unreadable', { lines: unreadableLines.join(', ') })] : []),
                ].join(' ')}
        </li>
      ))}
    </ul>
  );
}
