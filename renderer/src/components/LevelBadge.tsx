// Runs in the renderer. A risk level as a coloured, worded badge (colour is never the only cue).
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../shared/risk/methods';

export function LevelBadge({ level }: { level: RiskLevel | null }): ReactElement {
  const { t } = useTranslation();
  return <span className={`level level-${level ?? 'none'}`}>{level ? t(`risk.level.${level}`) : t('risk.notRated')}</span>;
}
