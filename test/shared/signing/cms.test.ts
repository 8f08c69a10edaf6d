import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDetached, signDetached } from '../../../shared/signing/cms';
import { createIdentity } from '../../../shared/signing/identity';
import { fixture, openssl, Password, scratch } from './support';

const file = scratch();
const content = crypto.getRandomValues(new Uint8Array(10_000));
let keyPem: string;
let certPem: string;

beforeAll(() => {
  // The good.p12 fixture's key and certificate as PEM, for openssl cms.
  const p12 = file('good.p12', fixture('good.p12'));
  keyPem = file('good.key', new TextEncoder().encode(openssl(['pkcs12', '-in', p12, '-passin', `pass:${Password}`, '-nocerts', '-nodes']).stdout));
  certPem = file('good.crt', new TextEncoder().encode(openssl(['pkcs12', '-in', p12, '-passin', `pass:${Password}`, '-nokeys']).stdout));
  file('content.bin', content);
});

describe('detached CMS', () => {
  it('is read by openssl cms, with the signing-certificate-v2 attribute and no signing time by default', async () => {
    const identity = await createIdentity({ name: '김민지', organisation: '한국 공장', role: '근로자 측' });
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', content));
    const cms = await signDetached({ contentDigest: digest, hash: 'SHA-256', privateKey: identity.privateKey, certificate: identity.certificate, chain: [] });
    const path = file('ours.p7s', cms);
    const verified = openssl(['cms', '-verify', '-binary', '-inform', 'DER', '-in', path, '-content', file('content.bin'), '-noverify', '-out', '/dev/null']);
    expect(verified.stderr).toContain('Verification successful');
    const printed = openssl(['cms', '-cmsout', '-print', '-inform', 'DER', '-in', path]).stdout;
    expect(printed).toContain('id-smime-aa-signingCertificateV2');
    expect(printed).not.toContain('signingTime');
    expect(printed).toContain('ecdsa-with-SHA256');

    const check = await checkDetached(cms, content);
    expect(check).toMatchObject({ parsed: true, digestMatches: true, signatureVerifies: true, signingTimeAttribute: null });
  });

  it('checks signatures made by openssl, by issuer and serial or by key identifier', async () => {
    for (const keyId of [false, true]) {
      const out = file(`openssl-${keyId}.p7s`);
      const made = openssl(['cms', '-sign', '-binary', '-md', 'sha256', '-in', file('content.bin'), '-signer', certPem, '-inkey', keyPem, '-outform', 'DER', '-out', out, ...(keyId ? ['-keyid'] : [])]);
      expect(made.status, made.stderr).toBe(0);
      const cms = new Uint8Array(readFileSync(out));
      const check = await checkDetached(cms, content);
      expect(check, String(keyId)).toMatchObject({ parsed: true, digestMatches: true, signatureVerifies: true });
      expect(check.signer).not.toBeNull();
      expect(check.signingTimeAttribute).toBeInstanceOf(Date);

      const changed = new Uint8Array(content);
      changed[0] = (changed[0] ?? 0) ^ 1;
      expect(await checkDetached(cms, changed)).toMatchObject({ digestMatches: false, signatureVerifies: true });
    }
  });

  it('reports garbage as unparsed instead of throwing', async () => {
    expect(await checkDetached(new Uint8Array([0x30, 0x03, 1, 2, 3]), content)).toMatchObject({ parsed: false, digestMatches: false, signatureVerifies: false });
    expect(await checkDetached(new Uint8Array(0), content)).toMatchObject({ parsed: false });
  });
});
