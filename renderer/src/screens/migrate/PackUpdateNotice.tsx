// Runs in the renderer. On the Details screen: a newer version of a checklist the assessment uses exists, and where to review the move.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { newerPackVersions } from '../../../../shared/packs/migrate';
import { findPack } from '../../../../shared/packs/registry';
import { useLang } from '../../hooks/useAssessment';
import { useUi } from '../../state/uiStore';

export function PackUpdateNotice({ assessment }: { assessment: Assessment }): ReactElement | null {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useUi((s) => s.navigate);
  // An imported copy is someone else's record: it stays on the versions it was answered against.
  if (assessment.importedFrom) return null;
  const newer = newerPackVersions(assessment.packs);
  if (newer.length === 0) return null;
  return (
    <>
      {newer.map(({ packId, from, to }) => (
        <div className="notice pack-update" role="status" key={packId}>
          <p>{t('migrate.notice', { title: findPack({ packId, version: to })!.title[lang], from, to })}</p>
          <a
            href={`#/assessments/${assessment.id}/migrate/${packId}`}
            onClick={(e) => {
              e.preventDefault();
              navigate({ screen: 'migrate', id: assessment.id, packId });
            }}
          >
            {t('migrate.review')}
          </a>
        </div>
      ))}
    </>
  );
}
