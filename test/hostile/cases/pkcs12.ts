// Test-time only (Node). Hostile PKCS#12 identity files (.p12/.pfx) and what importing each must come to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import { PFX } from 'pkijs';
import { createExportableIdentity } from '../../../shared/signing/identity';
import { exportPkcs12, type ImportError } from '../../../shared/signing/pkcs12';
import { fixture, Password } from '../../shared/signing/support';
import { cutsOf, type HostileCase, MarkupPayloads, PdfBytes, PngBytes, utf8, ZipHeadBytes } from '../corpus';

export type Pkcs12Input = { readonly bytes: Uint8Array; readonly password: string };

/** Refused with this error (and a detail matching), or imported with this name (kept as text). */
export type Pkcs12Expected = { readonly refused: ImportError; readonly detail?: RegExp } | { readonly imported: true; readonly name?: string };

type Case = HostileCase<Pkcs12Input, Pkcs12Expected>;

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** The file with its MAC's iteration count set to `iterations` (the MAC itself left as it was). */
function withMacIterations(p12: Uint8Array, iterations: number): Uint8Array {
  const pfx = new PFX({ schema: asn1js.fromBER(arrayBuffer(p12)).result });
  pfx.macData!.iterations = iterations;
  return new Uint8Array(pfx.toSchema().toBER(false));
}

/** good.p12's key and certificate exported again by OpenSSL with extra `openssl pkcs12 -export` options. */
function reexported(options: readonly string[]): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'jointcheck-p12-'));
  try {
    writeFileSync(join(dir, 'good.p12'), fixture('good.p12'));
    execFileSync('openssl', ['pkcs12', '-in', join(dir, 'good.p12'), '-nodes', '-passin', `pass:${Password}`, '-out', join(dir, 'all.pem')]);
    execFileSync('openssl', ['pkcs12', '-export', '-in', join(dir, 'all.pem'), '-passout', `pass:${Password}`, '-out', join(dir, 'new.p12'), ...options]);
    return new Uint8Array(readFileSync(join(dir, 'new.p12')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** BER nested `depth` levels deep: indefinite-length SEQUENCEs inside each other. */
const nestedBer = (depth: number): Uint8Array => new Uint8Array(depth * 2).map((_, i) => (i % 2 === 0 ? 0x30 : 0x80));

export async function pkcs12Cases(): Promise<Case[]> {
  const good = fixture('good.p12');
  const cases: Case[] = [];
  const add = (name: string, input: () => Pkcs12Input | Promise<Pkcs12Input>, expected: Pkcs12Expected): void => void cases.push({ name, input, expected });
  const file = (bytes: Uint8Array, password = Password): Pkcs12Input => ({ bytes, password });
  const refused = (error: ImportError, detail?: RegExp): Pkcs12Expected => (detail ? { refused: error, detail } : { refused: error });

  add('a file exported by OpenSSL (baseline)', () => file(good), { imported: true, name: 'Test Signer' });
  add('the wrong password', () => file(good, 'Tr0ub4dor&3'), refused('wrong-password'));
  add('an empty password', () => file(good, ''), refused('wrong-password'));
  add('a password of 100,000 characters', () => file(good, 'x'.repeat(100_000)), refused('wrong-password'));
  for (const cut of cutsOf(good, ['\u0030\u0082', '\u0006\u0009', '\u0004\u0082'], 2).filter((c) => c > 0)) add(`cut at byte ${cut} of ${good.length}`, () => file(good.subarray(0, cut)), refused('not-pkcs12'));
  add('the last byte of the MAC changed', () => {
    const bytes = good.slice();
    // The MAC digest sits near the end, before its salt and iteration count.
    bytes[bytes.length - 20]! ^= 1;
    return file(bytes);
  }, refused('wrong-password'));

  // Other kinds of file.
  add('an empty file', () => file(new Uint8Array(0)), refused('not-pkcs12'));
  add('a PNG image', () => file(PngBytes), refused('not-pkcs12'));
  add('a PDF', () => file(PdfBytes), refused('not-pkcs12'));
  add('a ZIP archive', () => file(ZipHeadBytes), refused('not-pkcs12'));
  add('a certificate alone (DER)', () => file(fixture('test-ca.der')), refused('not-pkcs12'));
  add('a PEM text file', () => file(utf8('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')), refused('not-pkcs12'));
  add('an assessment file', () => file(utf8('{"format":"jointcheck-assessment"}')), refused('not-pkcs12'));

  // ASN.1 built to exhaust a parser: nesting, absurd lengths.
  add('100,000 nested BER sequences', () => file(nestedBer(100_000)), refused('not-pkcs12'));
  add('a length of 4 GB', () => file(Uint8Array.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01, 0x03])), refused('not-pkcs12'));
  add('a length of 2^64', () => file(Uint8Array.from([0x30, 0x88, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01, 0x03])), refused('not-pkcs12'));
  add('an indefinite length that never ends', () => file(Uint8Array.from([0x30, 0x80, 0x02, 0x01, 0x03])), refused('not-pkcs12'));

  // Work factors meant to hang the import.
  add('a MAC of 5,000,000 iterations', () => file(withMacIterations(good, 5_000_000)), refused('unsupported', /MAC.*5000000 iterations/));
  add('a MAC of 1,000,001 iterations', () => file(withMacIterations(good, 1_000_001)), refused('unsupported', /MAC/));
  add('a MAC of 8,000,000 iterations', () => file(withMacIterations(good, 8_000_000)), refused('unsupported', /MAC/));
  add('key encryption of 5,000,001 iterations', () => file(reexported(['-iter', '5000001', '-nomaciter', '-certpbe', 'NONE'])), refused('unsupported', /5000001 key-derivation iterations/));
  add('600,000 iterations, as `openssl pkcs12 -iter 600000` writes', () => file(reexported(['-iter', '600000'])), { imported: true, name: 'Test Signer' });

  // The files the signing tests know, each with its own refusal.
  add('3DES encryption (older Windows and macOS)', () => file(fixture('legacy-3des.p12')), refused('unsupported', /legacy encryption/));
  add('a certificate without its key', () => file(fixture('no-key.p12')), refused('no-private-key'));
  add('an expired certificate', () => file(fixture('expired.p12')), refused('expired'));
  add('a certificate not valid yet', () => file(fixture('not-yet-valid.p12')), refused('not-yet-valid'));

  // Names are text.
  for (const payload of MarkupPayloads.slice(0, 2)) {
    add(`a certificate named ${payload}`, async () => file(await exportPkcs12(await createExportableIdentity({ name: payload, organisation: payload, role: 'x' }), Password)), { imported: true, name: payload });
  }
  return cases;
}
