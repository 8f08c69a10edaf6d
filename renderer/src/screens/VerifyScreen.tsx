// Runs in the renderer. Checking any PDF's signatures, in plain words, and which local assessment it reports on.
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureReport } from '../../../shared/signing/verifyPdf';
import { type FingerprintMatch, matchFingerprint } from '../data/fingerprintMatch';
import { listTrustedCertificates, trustCertificate } from '../data/identities';
import { desktop } from '../desktop';
import { useLang } from '../hooks/useAssessment';
import { formatDateTime } from '../i18n';
import { runPdfTask } from '../pdf/pdfClient';
import type { PdfCheck } from '../pdf/protocol';
import { useUi } from '../state/uiStore';
import { assessmentName } from './AssessmentListScreen';

const MaxPdfBytes = 200 * 1024 * 1024;

type Checked = { readonly name: string; readonly pdf: Uint8Array; readonly check: PdfCheck; readonly match: FingerprintMatch | null };

function SignatureVerdict({ signature, n, onTrust }: { signature: SignatureReport; n: number; onTrust: () => void }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const cert = signature.certificate;
  const coverage = { none: 'verify.coverageNone', 'later-signatures-only': 'verify.coverageLater', 'other-changes': 'verify.coverageOther' }[signature.modifiedAfter];
  return (
    <li className={`card verdict verdict-${signature.valid ? 'valid' : 'invalid'}`}>
      <h3>{t('verify.signature', { n })}</h3>
      <p>
        <strong>{t(signature.valid ? 'verify.valid' : 'verify.invalid')}</strong>
      </p>
      <p>{t('verify.signer', { name: signature.signerName || signature.nameInDictionary, date: signature.signingTime ? formatDateTime(signature.signingTime, lang) : '?' })}</p>
      {signature.reason && <p>{t('verify.reason', { reason: signature.reason })}</p>}
      <p className={signature.modifiedAfter === 'other-changes' ? 'warning-text' : undefined}>{t(coverage)}</p>
      {cert && (
        <p>
          {cert.trusted ? t('verify.trusted') : cert.selfSigned ? t('verify.selfSigned') : t('verify.untrusted', { issuer: cert.issuer })}{' '}
          {!cert.trusted && (
            <button type="button" onClick={onTrust}>
              {t('verify.trust')}
            </button>
          )}
        </p>
      )}
    </li>
  );
}

export function VerifyScreen(): ReactElement {
  const { t } = useTranslation();
  const setNotice = useUi((s) => s.setNotice);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);

  const check = async (name: string, pdf: Uint8Array): Promise<void> => {
    setBusy(true);
    try {
      const trusted = (await listTrustedCertificates()).map((c) => c.der);
      const result = await runPdfTask('verify', { pdf, trusted });
      setChecked({ name, pdf, check: result, match: result.fingerprint ? await matchFingerprint(result.fingerprint) : null });
    } catch (error) {
      setNotice({ kind: 'error', message: t('verify.notPdf') + ` (${error instanceof Error ? error.message : String(error)})` });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (): Promise<void> => {
    const opened = await desktop.openFile({ filterName: 'PDF', extensions: ['pdf'], maxBytes: MaxPdfBytes });
    if (opened.ok) await check(opened.value.name, opened.value.bytes);
    else if (opened.error === 'too-large') setNotice({ kind: 'error', message: t('verify.tooLarge') });
    else if (opened.error !== 'cancelled') setNotice({ kind: 'error', message: t('files.openFailed', { detail: opened.detail ?? opened.error }) });
  };

  const trust = async (signature: SignatureReport): Promise<void> => {
    if (!signature.certificate || !checked) return;
    await trustCertificate(signature.certificate.der as Uint8Array<ArrayBuffer>, signature.certificate.subject);
    setNotice({ kind: 'success', message: t('verify.trustedNotice') });
    await check(checked.name, checked.pdf);
  };

  const report = checked?.check.report;
  const match = checked?.match;
  return (
    <section className="screen" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <button type="button" className="primary" onClick={() => void choose()} disabled={busy}>
        {busy ? t('verify.checking') : t('verify.choose')}
      </button>
      {checked && report && (
        <div className="verify-result" aria-live="polite">
          <h2>{checked.name}</h2>
          {!report.ok ? (
            <p className="notice error">{t('verify.notPdf')}</p>
          ) : (
            <>
              <p className="notice">
                {checked.check.fingerprint === null
                  ? t('verify.fingerprintNone')
                  : match?.kind === 'matches'
                    ? t('verify.fingerprintMatch', { name: assessmentName(match.assessment, t('list.untitled')) })
                    : match?.kind === 'changed'
                      ? t('verify.fingerprintChanged', { name: assessmentName(match.assessment, t('list.untitled')) })
                      : t('verify.fingerprintUnknown')}
              </p>
              {report.signatures.length === 0 ? (
                <p>{t('verify.unsigned')}</p>
              ) : (
                <ol className="cards">
                  {report.signatures.map((s, i) => (
                    <SignatureVerdict key={i} signature={s} n={i + 1} onTrust={() => void trust(s)} />
                  ))}
                </ol>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
