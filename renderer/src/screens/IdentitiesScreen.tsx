// Runs in the renderer. Who can sign on this machine: create a signing identity, import one, remove one; trusted certificates.
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { StoredIdentity } from '../data/identities';
import { addIdentity, distrustCertificate, listIdentities, listTrustedCertificates, removeIdentity } from '../data/identities';
import { desktop } from '../desktop';
import { useLang } from '../hooks/useAssessment';
import { formatDateTime } from '../i18n';
import { useUi } from '../state/uiStore';

/** PKCS#12 files from a certificate authority are small; anything this big is something else. */
const MaxPkcs12Bytes = 1024 * 1024;

export function IdentitiesScreen(): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const setNotice = useUi((s) => s.setNotice);
  const identities = useLiveQuery(listIdentities);
  const trusted = useLiveQuery(listTrustedCertificates);
  const [form, setForm] = useState({ name: '', organisation: '', role: '' });
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [toRemove, setToRemove] = useState<StoredIdentity | null>(null);
  const fail = (message: string): void => setNotice({ kind: 'error', message });

  const create = async (): Promise<void> => {
    setBusy(true);
    try {
      // Loaded on first use: certificate code is not needed to start the app.
      const { createIdentity } = await import('../../../shared/signing/identity');
      const made = await createIdentity({ name: form.name.trim(), organisation: form.organisation.trim(), role: form.role.trim() });
      await addIdentity({ ...made, chain: [], source: 'created' });
      setForm({ name: '', organisation: '', role: '' });
      setNotice({ kind: 'success', message: t('identities.created', { name: made.name }) });
    } catch (error) {
      fail(t('identities.createFailed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (): Promise<void> => {
    const opened = await desktop.openFile({ filterName: t('identities.p12Filter'), extensions: ['p12', 'pfx'], maxBytes: MaxPkcs12Bytes });
    if (!opened.ok) {
      if (opened.error !== 'cancelled') fail(opened.error === 'too-large' ? t('identities.notPkcs12') : t('files.openFailed', { detail: opened.detail ?? opened.error }));
      return;
    }
    setBusy(true);
    try {
      const { importPkcs12 } = await import('../../../shared/signing/pkcs12');
      const result = await importPkcs12(opened.value.bytes, password);
      if (!result.ok) return fail(t(`identities.importError.${result.error}`, { detail: result.detail ?? '' }));
      const { identity, chain } = result;
      await addIdentity({ ...identity, chain, source: 'imported' });
      setPassword('');
      setNotice({ kind: 'success', message: t('identities.imported', { name: identity.name }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="screen" aria-labelledby="identities-title">
      <h1 id="identities-title">{t('identities.title')}</h1>
      <p>{t('identities.intro')}</p>

      <h2>{t('identities.onThisComputer')}</h2>
      {identities && identities.length === 0 && <p className="muted">{t('identities.none')}</p>}
      <ul className="cards">
        {identities?.map((i) => (
          <li key={i.id} className="card identity-card">
            <div className="card-main">
              <h3>{i.name}</h3>
              <p className="muted">
                {[i.role, i.organisation].filter(Boolean).join(' · ')} · {t(i.source === 'created' ? 'identities.selfSigned' : 'identities.fromFile')} · {formatDateTime(i.createdAt, lang)}
              </p>
            </div>
            <div className="card-actions">
              <button type="button" className="danger" onClick={() => setToRemove(i)} aria-label={t('identities.removeNamed', { name: i.name })}>
                {t('identities.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>

      <div className="two-columns">
        <form
          className="group"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <h2>{t('identities.createTitle')}</h2>
          <p className="hint">{t('identities.createHint')}</p>
          {(['name', 'organisation', 'role'] as const).map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{t(`identities.${field}`)}</label>
              <input id={`${id}-${field}`} value={form[field]} maxLength={120} required={field === 'name'} onChange={(e) => setForm({ ...form, [field]: e.target.value })} />
            </div>
          ))}
          <button type="submit" className="primary" disabled={busy || form.name.trim() === ''}>
            {t('identities.create')}
          </button>
        </form>

        <form
          className="group"
          onSubmit={(e) => {
            e.preventDefault();
            void importFile();
          }}
        >
          <h2>{t('identities.importTitle')}</h2>
          <p className="hint">{t('identities.importHint')}</p>
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('identities.password')}</label>
            <input id={`${id}-password`} type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {t('identities.chooseFile')}
          </button>
        </form>
      </div>

      <h2>{t('identities.trustedTitle')}</h2>
      <p className="hint">{t('identities.trustedHint')}</p>
      {trusted && trusted.length === 0 && <p className="muted">{t('identities.noneTrusted')}</p>}
      <ul className="cards">
        {trusted?.map((c) => (
          <li key={c.sha256} className="card identity-card">
            <div className="card-main">
              <p>{c.subject}</p>
              <p className="muted fingerprint">SHA-256 {c.sha256}</p>
            </div>
            <button type="button" onClick={() => void distrustCertificate(c.sha256)}>
              {t('identities.distrust')}
            </button>
          </li>
        ))}
      </ul>

      <ConfirmDialog
        open={toRemove !== null}
        title={t('identities.removeTitle')}
        message={t('identities.removeMessage', { name: toRemove?.name ?? '' })}
        confirmLabel={t('identities.removeConfirm')}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          const target = toRemove;
          setToRemove(null);
          if (target) void removeIdentity(target.id);
        }}
      />
    </section>
  );
}
