import { describe, expect, it } from 'vitest';
import { parseCertificate, summarizeCertificate } from '../../../shared/signing/certificate';
import { createExportableIdentity, createIdentity } from '../../../shared/signing/identity';
import { openssl, scratch } from './support';

const file = scratch();

describe('signing identities', () => {
  it('make a self-signed P-256 certificate whose Korean names openssl reads as UTF-8', async () => {
    const now = new Date('2026-03-05T01:02:03Z');
    const identity = await createIdentity({ name: ' 김민지 ', organisation: '한국 공장 산업안전보건위원회', role: '근로자 측' }, now);
    expect(identity).toMatchObject({ name: '김민지', organisation: '한국 공장 산업안전보건위원회', role: '근로자 측', createdAt: now.toISOString() });
    expect(identity.privateKey.extractable).toBe(false);
    expect(identity.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });

    const path = file('identity.der', identity.certificate);
    const text = openssl(['x509', '-inform', 'der', '-in', path, '-noout', '-text', '-nameopt', 'utf8,sep_comma_plus_space']).stdout;
    expect(text).toContain('Subject: O=한국 공장 산업안전보건위원회, title=근로자 측, CN=김민지');
    expect(text).toContain('Issuer: O=한국 공장 산업안전보건위원회, title=근로자 측, CN=김민지');
    expect(text).toContain('ecdsa-with-SHA256');
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature, Non Repudiation/);
    expect(text).toContain('Not Before: Mar  5 00:57:03 2026 GMT');
    expect(text).toContain('Not After : Mar  5 00:57:03 2031 GMT');
    // Each attribute its own RDN, as UTF8String (tag 0x0C), not one multi-valued RDN.
    const asn = openssl(['asn1parse', '-inform', 'der', '-in', path]).stdout;
    expect(asn.match(/UTF8STRING/g)?.length).toBe(6);
  });

  it('verify as self-signed with openssl and with our own reader', async () => {
    const identity = await createIdentity({ name: 'Alice Worker', organisation: 'Acme Plant', role: 'Worker side' });
    const pem = openssl(['x509', '-inform', 'der', '-in', file('alice.der', identity.certificate)]).stdout;
    const pemPath = file('alice.pem', new TextEncoder().encode(pem));
    expect(openssl(['verify', '-CAfile', pemPath, pemPath]).stdout).toContain('OK');
    const certificate = parseCertificate(identity.certificate);
    expect(certificate).not.toBeNull();
    expect(await summarizeCertificate(certificate!)).toMatchObject({ commonName: 'Alice Worker', organisation: 'Acme Plant', role: 'Worker side', selfSigned: true });
  });

  it('use a fresh random serial each time', async () => {
    const details = { name: 'Same Name', organisation: '', role: '' };
    const [a, b] = await Promise.all([createIdentity(details), createIdentity(details)]);
    const serial = (der: Uint8Array): string => parseCertificate(der)!.serialNumber.valueBlock.toString();
    expect(serial(a.certificate)).not.toBe(serial(b.certificate));
  });

  it('refuse an empty name, and give the command line an exportable key', async () => {
    await expect(createIdentity({ name: '  ', organisation: 'x', role: 'y' })).rejects.toThrow(/name/);
    const exportable = await createExportableIdentity({ name: 'CLI User', organisation: '', role: '' });
    expect(exportable.privateKey.extractable).toBe(true);
  });
});
