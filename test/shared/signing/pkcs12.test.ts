import { beforeAll, describe, expect, it } from 'vitest';
import { createExportableIdentity, createIdentity } from '../../../shared/signing/identity';
import { exportPkcs12, importPkcs12 } from '../../../shared/signing/pkcs12';
import type { ImportResult } from '../../../shared/signing/pkcs12';
import { signPdf } from '../../../shared/signing/signPdf';
import type { SigningIdentity } from '../../../shared/signing/identity';
import { verifyPdf } from '../../../shared/signing/verifyPdf';
import { fixture, KoreanPassword, koreanFont, openssl, Password, pdfsig, samplePdf, scratch } from './support';

const file = scratch();
let base: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  base = await samplePdf({ pages: 2 });
});

function identityOf(result: ImportResult): SigningIdentity {
  if (!result.ok) throw new Error(`import failed: ${result.error} ${result.detail ?? ''}`);
  return result.identity;
}

/** Signs the sample with the identity and returns pdfsig's verdict and ours. */
async function signAndCheck(identity: SigningIdentity, chain: readonly Uint8Array[] = []): Promise<{ pdfsig: string; ours: boolean }> {
  const signed = await signPdf(base, { identity, chain }, { reason: 'Test', signerName: identity.name, signingTime: new Date(), appearanceFont: koreanFont() });
  const report = await verifyPdf(signed, []);
  return { pdfsig: pdfsig(file(`${identity.name}.pdf`, signed)).signatures[0]?.validation ?? '', ours: report.ok && report.signatures[0]?.valid === true };
}

describe('importPkcs12', () => {
  it('imports an OpenSSL 3 file (PBES2/AES, SHA-256 MAC) with a non-extractable key that signs', async () => {
    const identity = identityOf(await importPkcs12(fixture('good.p12'), Password));
    expect(identity).toMatchObject({ name: 'Test Signer', organisation: 'Acme Plant', role: 'Employer side' });
    expect(identity.privateKey.extractable).toBe(false);
    expect(await signAndCheck(identity)).toEqual({ pdfsig: 'Signature is Valid.', ours: true });
  });

  it('imports a Korean name protected by a Korean password', async () => {
    const identity = identityOf(await importPkcs12(fixture('korean.p12'), KoreanPassword));
    expect(identity).toMatchObject({ name: '김민지', organisation: '한국 공장 산업안전보건위원회', role: '근로자 측' });
    const signed = await signPdf(base, { identity }, { reason: '승인', signerName: identity.name, signingTime: new Date(), appearanceFont: koreanFont() });
    const sig = pdfsig(file('korean-import.pdf', signed));
    expect(sig.signatures[0]).toMatchObject({ commonName: '김민지', validation: 'Signature is Valid.' });
  });

  it('imports an RSA key, which pdfsig validates as it does ECDSA', async () => {
    const identity = identityOf(await importPkcs12(fixture('rsa.p12'), Password));
    expect(identity.privateKey.algorithm.name).toBe('RSASSA-PKCS1-v1_5');
    expect(await signAndCheck(identity)).toEqual({ pdfsig: 'Signature is Valid.', ours: true });
  });

  it('returns the chain that came with the certificate', async () => {
    const result = await importPkcs12(fixture('ca-signed.p12'), Password);
    expect(result.ok && result.chain).toEqual([fixture('test-ca.der')]);
  });

  it('names each way an import can fail', async () => {
    expect(await importPkcs12(fixture('good.p12'), 'wrong password')).toEqual({ ok: false, error: 'wrong-password' });
    expect(await importPkcs12(fixture('korean.p12'), '비밀번호')).toEqual({ ok: false, error: 'wrong-password' });
    expect(await importPkcs12(fixture('expired.p12'), Password)).toMatchObject({ ok: false, error: 'expired', detail: expect.stringContaining('2021-01-01') });
    expect(await importPkcs12(fixture('not-yet-valid.p12'), Password)).toMatchObject({ ok: false, error: 'not-yet-valid', detail: expect.stringContaining('2090-01-01') });
    expect(await importPkcs12(fixture('no-key.p12'), Password)).toEqual({ ok: false, error: 'no-private-key' });
    expect(await importPkcs12(fixture('legacy-3des.p12'), Password)).toMatchObject({ ok: false, error: 'unsupported', detail: expect.stringContaining('legacy') });
    for (const notP12 of [crypto.getRandomValues(new Uint8Array(2048)), base, fixture('test-ca.der'), new Uint8Array(0)]) {
      expect(await importPkcs12(notP12, Password)).toMatchObject({ ok: false, error: 'not-pkcs12' });
    }
  });

  it('judges validity at the time it is given', async () => {
    const result = await importPkcs12(fixture('expired.p12'), Password, new Date('2020-06-01T00:00:00Z'));
    expect(result.ok).toBe(true);
  });
});

describe('exportPkcs12', () => {
  it('writes a file openssl reads with PBES2/AES-256 and an HMAC-SHA256 MAC, and that we read back', async () => {
    const identity = await createExportableIdentity({ name: '김민지', organisation: '한국 공장', role: '근로자 측' });
    const p12 = await exportPkcs12(identity, KoreanPassword, [fixture('test-ca.der')]);
    const path = file('exported.p12', p12);

    const info = openssl(['pkcs12', '-in', path, '-passin', `pass:${KoreanPassword}`, '-info', '-nokeys', '-nomacver']);
    expect(info.stderr).toContain('MAC: sha256');
    expect(info.stderr).toMatch(/Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration \d+, PRF hmacWithSHA256/);
    expect(info.stderr).toMatch(/PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC/);
    const certs = openssl(['pkcs12', '-in', path, '-passin', `pass:${KoreanPassword}`, '-nokeys']);
    expect(certs.status, certs.stderr).toBe(0);
    expect(certs.stdout.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    // The key openssl decrypts is the certificate's.
    const key = openssl(['pkcs12', '-in', path, '-passin', `pass:${KoreanPassword}`, '-nocerts', '-nodes']).stdout;
    const fromKey = openssl(['pkey', '-pubout'], key).stdout;
    const fromCert = openssl(['x509', '-inform', 'der', '-in', file('exported.der', identity.certificate), '-pubkey', '-noout']).stdout;
    expect(fromKey).toBe(fromCert);
    expect(openssl(['pkcs12', '-in', path, '-passin', 'pass:wrong', '-nokeys']).status).not.toBe(0);

    const back = await importPkcs12(p12, KoreanPassword);
    if (!back.ok) throw new Error(back.error);
    expect(back.identity.certificate).toEqual(identity.certificate);
    expect(back.identity.privateKey.extractable).toBe(false);
    expect(back.chain).toEqual([fixture('test-ca.der')]);
    expect(await signAndCheck(back.identity)).toEqual({ pdfsig: 'Signature is Valid.', ours: true });
  });

  it('refuses an identity whose key cannot leave WebCrypto', async () => {
    const locked = await createIdentity({ name: 'Locked', organisation: '', role: '' });
    await expect(exportPkcs12(locked, Password)).rejects.toThrow(/not extractable/);
  });
});
