// Runs in the renderer. The window's frame: header, the current screen, and the save-failure banner.
import { lazy, type ReactElement, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ActorChip, ActorDialog } from '../components/ActorDialog';
import { type Language, Languages } from '../../../shared/i18n/localized';
import { saveLanguage } from '../data/settings';
import { useLang } from '../hooks/useAssessment';
import { useSave } from '../hooks/useSave';
import { AssessmentListScreen } from '../screens/AssessmentListScreen';
import { DetailsScreen } from '../screens/DetailsScreen';
import { EvidenceScreen } from '../screens/evidence/EvidenceScreen';
import { useKioskPlace } from '../screens/instruments/kioskLock';
import { SummaryScreen } from '../screens/SummaryScreen';
import { WalkScreen } from '../screens/walk/WalkScreen';
import { followAddressChanges, useUi } from '../state/uiStore';

// Screens most visits never open load on first use, keeping the first load small for old laptops.
const ActionsScreen = lazy(() => import('../screens/actions/ActionsScreen').then((m) => ({ default: m.ActionsScreen })));
const BackupScreen = lazy(() => import('../screens/backup/BackupScreen').then((m) => ({ default: m.BackupScreen })));
const CompareRoute = lazy(() => import('../screens/CompareRoute').then((m) => ({ default: m.CompareRoute })));
const HistoryScreen = lazy(() => import('../screens/history/HistoryScreen').then((m) => ({ default: m.HistoryScreen })));
const IdentitiesScreen = lazy(() => import('../screens/IdentitiesScreen').then((m) => ({ default: m.IdentitiesScreen })));
const InstrumentsScreen = lazy(() => import('../screens/instruments/InstrumentsScreen').then((m) => ({ default: m.InstrumentsScreen })));
const KioskScreen = lazy(() => import('../screens/instruments/KioskScreen').then((m) => ({ default: m.KioskScreen })));
const MeetingsScreen = lazy(() => import('../screens/meetings/MeetingsScreen').then((m) => ({ default: m.MeetingsScreen })));
const MigrateScreen = lazy(() => import('../screens/migrate/MigrateScreen').then((m) => ({ default: m.MigrateScreen })));
const VerifyScreen = lazy(() => import('../screens/VerifyScreen').then((m) => ({ default: m.VerifyScreen })));

const languageNames: Record<Language, string> = { en: 'English', ko: '한국어' };

function LanguageSwitcher(): ReactElement {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const save = useSave();
  return (
    <label className="language">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        value={lang}
        aria-label={t('app.language')}
        onChange={(e) => {
          const next = e.target.value as Language;
          void i18n.changeLanguage(next);
          save(() => saveLanguage(next));
        }}
      >
        {Languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function SaveFailureBanner(): ReactElement | null {
  const { t } = useTranslation();
  const failure = useUi((s) => s.saveFailure);
  if (!failure) return null;
  return (
    <div className="notice error save-failure" role="alert">
      <p>{failure.message}</p>
      <button type="button" className="primary" onClick={() => void failure.retry()}>
        {t('save.retry')}
      </button>
    </div>
  );
}

function NoticeBanner(): ReactElement | null {
  const { t } = useTranslation();
  const notice = useUi((s) => s.notice);
  const setNotice = useUi((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className={`notice ${notice.kind === 'error' ? 'error' : 'success'} notice-dismissable`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <p>{notice.message}</p>
      <button type="button" onClick={() => setNotice(null)}>
        {t('files.dismiss')}
      </button>
    </div>
  );
}

function Loading(): ReactElement {
  const { t } = useTranslation();
  return <p className="loading">{t('common.loading')}</p>;
}

function CurrentScreen(): ReactElement {
  const route = useUi((s) => s.route);
  switch (route.screen) {
    case 'list':
      return <AssessmentListScreen />;
    case 'details':
      return <DetailsScreen id={route.id} />;
    case 'walk':
      return <WalkScreen id={route.id} packId={route.packId} itemId={route.itemId} />;
    case 'summary':
      return <SummaryScreen id={route.id} />;
    case 'evidence':
      return <EvidenceScreen id={route.id} />;
    case 'actions':
      return <ActionsScreen id={route.id} />;
    case 'meetings':
      return <MeetingsScreen id={route.id} />;
    case 'history':
      return <HistoryScreen id={route.id} />;
    case 'compare':
      return <CompareRoute id={route.id} otherId={route.otherId} />;
    case 'instruments':
      return <InstrumentsScreen id={route.id} tool={route.tool} />;
    case 'kiosk':
      return <KioskScreen id={route.id} surveyId={route.surveyId} />;
    case 'identities':
      return <IdentitiesScreen />;
    case 'verify':
      return <VerifyScreen />;
    case 'backup':
      return <BackupScreen />;
    case 'migrate':
      return <MigrateScreen id={route.id} packId={route.packId} />;
  }
}

export function App({ backupLocation }: { backupLocation: string | null }): ReactElement {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const route = useUi((s) => s.route);
  useEffect(followAddressChanges, []);
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  // The survey kiosk stands alone: no header or navigation a respondent could wander off through.
  const kiosk = useKioskPlace(route);
  if (kiosk) {
    return (
      <main id="main" className="kiosk-main" tabIndex={-1}>
        <SaveFailureBanner />
        <Suspense fallback={<Loading />}>
          <KioskScreen id={kiosk.id} surveyId={kiosk.surveyId} />
        </Suspense>
      </main>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <a
          className="brand"
          href="#/"
          onClick={(e) => {
            e.preventDefault();
            navigate({ screen: 'list' });
          }}
        >
          {t('app.name')}
        </a>
        <span className="tagline">{t('app.tagline')}</span>
        <nav aria-label={t('app.tools')} className="header-nav">
          {(['verify', 'identities', 'backup'] as const).map((screen) => (
            <a
              key={screen}
              href={`#/${screen}`}
              aria-current={route.screen === screen ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate({ screen });
              }}
            >
              {t(`${screen}.nav`)}
            </a>
          ))}
        </nav>
        <ActorChip />
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        {backupLocation && (
          <p className="notice" role="status">
            {t('app.upgradedWithBackup', { location: backupLocation })}
          </p>
        )}
        <SaveFailureBanner />
        <NoticeBanner />
        <Suspense fallback={<Loading />}>
          <CurrentScreen />
        </Suspense>
      </main>
      <ActorDialog />
    </>
  );
}
