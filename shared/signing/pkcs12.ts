// Runs everywhere (WebCrypto). PKCS#12 (.p12/.pfx) files: importing a signer's certificate and key from
// another tool, and exporting ours so other tools (and the command line) can use it.
import * as asn1js from 'asn1js';
import type {
  ContentInfo} from 'pkijs';
import {
  Attribute,
  AuthenticatedSafe,
  CertBag,
  Certificate,
  EncryptedContentInfo,
  EncryptedData,
  PBES2Params,
  PBKDF2Params,
  PFX,
  PKCS8ShroudedKeyBag,
  PrivateKeyInfo,
  SafeBag,
  SafeContents,
} from 'pkijs';
import { toArrayBuffer } from './bytes';
import { certificateDer, roleOf, sameCertificate, validityAt } from './certificate';
import { pkiEngine } from './engine';
import type { SigningIdentity } from './identity';
import { nameAttribute, NameOids } from './names';

/** Each a different thing to tell the user; `detail` carries specifics (dates, algorithm) for the message. */
export type ImportError = 'not-pkcs12' | 'wrong-password' | 'expired' | 'not-yet-valid' | 'no-private-key' | 'unsupported';

export type ImportResult =
  | { readonly ok: true; readonly identity: SigningIdentity; readonly chain: readonly Uint8Array[] }
  | { readonly ok: false; readonly error: ImportError; readonly detail?: string };

const Oids = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  pbes2: '1.2.840.113549.1.5.13',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
  ecPublicKey: '1.2.840.10045.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

const curves: Readonly<Record<string, 'P-256' | 'P-384' | 'P-521'>> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};

/** A hostile file could ask for billions of iterations and hang the app; real ones use 2,048 to a few hundred thousand. */
const maxIterations = 5_000_000;
/**
 * The MAC's key derivation runs in JavaScript on the calling thread, about 3 s per million SHA-1 or SHA-256 rounds
 * here and twice that with SHA-384/512, so it gets a lower bound: 5,000,000 froze the window for 10 s. OpenSSL writes
 * 2,048, Java 10,000; `-iter 600000` (OWASP's PBKDF2 figure, which OpenSSL applies to the MAC too) still reads.
 */
const maxMacRounds = 1_000_000;
const wideHashes: ReadonlySet<string> = new Set(['SHA-384', 'SHA-512']);
/** PBKDF2 iterations on export: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
const exportIterations = 600_000;
/** The MAC key is derived by PKCS#12's own KDF, in JavaScript (WebCrypto lacks it): fewer rounds, it only guards integrity. */
const exportMacIterations = 10_000;

class ImportFailure extends Error {
  constructor(
    readonly error: ImportError,
    readonly detail?: string,
  ) {
    super(error);
  }
}

const fail = (error: ImportError, detail?: string): never => {
  throw new ImportFailure(error, detail);
};

function passwordBytes(password: string): ArrayBuffer {
  // PBES2 keys come from the UTF-8 bytes (as OpenSSL does); pkijs turns them into BMPString for the MAC.
  return toArrayBuffer(new TextEncoder().encode(password.normalize('NFC')));
}

function parsePfx(bytes: Uint8Array): PFX {
  try {
    const asn = asn1js.fromBER(toArrayBuffer(bytes));
    if (asn.offset === -1) return fail('not-pkcs12');
    return new PFX({ schema: asn.result });
  } catch {
    return fail('not-pkcs12');
  }
}

/** Checks PBES2 parameters before decrypting: other schemes (RC2, 3DES, GOST) are beyond WebCrypto. */
function assertPbes2(algorithm: { algorithmId: string; algorithmParams?: unknown }, what: string): void {
  if (algorithm.algorithmId !== Oids.pbes2) fail('unsupported', `${what} uses legacy encryption (${algorithm.algorithmId}); export it again with AES (PBES2)`);
  try {
    const pbes2 = new PBES2Params({ schema: algorithm.algorithmParams });
    const kdf = new PBKDF2Params({ schema: pbes2.keyDerivationFunc.algorithmParams });
    if (kdf.iterationCount > maxIterations) fail('unsupported', `${what} asks for ${kdf.iterationCount} key-derivation iterations`);
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    fail('unsupported', `${what} has PBES2 parameters we cannot read`);
  }
}

async function verifyMac(pfx: PFX, password: ArrayBuffer, authSafeContent: ArrayBuffer): Promise<void> {
  const mac = pfx.macData;
  // No MAC: nothing to check here; a wrong password then shows as a failed decryption.
  if (!mac) return;
  const iterations = mac.iterations ?? 1;
  const hash = pkiEngine().getAlgorithmByOID(mac.mac.digestAlgorithm.algorithmId);
  if (!('name' in hash) || typeof hash.name !== 'string') return fail('unsupported', `MAC algorithm ${mac.mac.digestAlgorithm.algorithmId}`);
  const limit = wideHashes.has(hash.name.toUpperCase()) ? maxMacRounds / 2 : maxMacRounds;
  if (iterations > limit) fail('unsupported', `its integrity check (MAC) asks for ${iterations} iterations, more than the ${limit} JointCheck accepts; export it again with fewer`);
  let verified: boolean;
  try {
    verified = await pkiEngine().verifyDataStampedWithPassword({
      password,
      hashAlgorithm: hash.name,
      salt: toArrayBuffer(mac.macSalt.valueBlock.valueHexView),
      iterationCount: iterations,
      contentToVerify: authSafeContent,
      signatureToVerify: toArrayBuffer(mac.mac.digest.valueBlock.valueHexView),
    });
  } catch {
    return fail('unsupported', `MAC algorithm ${hash.name}`);
  }
  if (!verified) fail('wrong-password');
}

type Bags = { keys: PrivateKeyInfo[]; certificates: Certificate[] };

async function decryptSafeContents(info: ContentInfo, password: ArrayBuffer): Promise<SafeContents> {
  if (info.contentType === Oids.data) {
    if (!(info.content instanceof asn1js.OctetString)) return fail('not-pkcs12');
    return SafeContents.fromBER(info.content.getValue());
  }
  if (info.contentType === Oids.encryptedData) {
    const encrypted = new EncryptedData({ schema: info.content });
    assertPbes2(encrypted.encryptedContentInfo.contentEncryptionAlgorithm, 'the certificate section');
    return decryptWith(encrypted, password, (plain) => SafeContents.fromBER(plain));
  }
  return fail('unsupported', `content protected by public key (${info.contentType})`);
}

/**
 * Decrypts with the password and parses the result. Either step failing means a wrong password: with a
 * wrong key, decryption sometimes "succeeds" and yields noise (padding checks pass 1 time in 256).
 */
async function decryptWith<T>(encrypted: EncryptedData, password: ArrayBuffer, parse: (plain: ArrayBuffer) => T): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await encrypted.decrypt({ password }, pkiEngine());
  } catch {
    return fail('wrong-password');
  }
  try {
    return parse(plain);
  } catch {
    return fail('wrong-password');
  }
}

async function collectBags(contents: SafeContents, password: ArrayBuffer, into: Bags): Promise<void> {
  for (const bag of contents.safeBags) {
    if (bag.bagId === Oids.keyBag && bag.bagValue instanceof PrivateKeyInfo) into.keys.push(bag.bagValue);
    else if (bag.bagId === Oids.shroudedKeyBag && bag.bagValue instanceof PKCS8ShroudedKeyBag) {
      assertPbes2(bag.bagValue.encryptionAlgorithm, 'the private key');
      const encrypted = new EncryptedData({
        encryptedContentInfo: new EncryptedContentInfo({ contentEncryptionAlgorithm: bag.bagValue.encryptionAlgorithm, encryptedContent: bag.bagValue.encryptedData }),
      });
      into.keys.push(await decryptWith(encrypted, password, (plain) => PrivateKeyInfo.fromBER(plain)));
    } else if (bag.bagId === Oids.certBag && bag.bagValue instanceof CertBag && bag.bagValue.parsedValue instanceof Certificate) {
      into.certificates.push(bag.bagValue.parsedValue);
    }
  }
}

type KeyAlgorithms = { readonly key: EcKeyImportParams | RsaHashedImportParams; readonly sign: EcdsaParams | AlgorithmIdentifier };

function algorithmsFor(key: PrivateKeyInfo): KeyAlgorithms {
  const oid = key.privateKeyAlgorithm.algorithmId;
  if (oid === Oids.ecPublicKey) {
    const params = key.privateKeyAlgorithm.algorithmParams;
    const curve = params instanceof asn1js.ObjectIdentifier ? curves[params.valueBlock.toString()] : undefined;
    if (!curve) return fail('unsupported', 'elliptic curve other than P-256, P-384 or P-521');
    return { key: { name: 'ECDSA', namedCurve: curve }, sign: { name: 'ECDSA', hash: 'SHA-256' } };
  }
  // PKCS#1 v1.5: what PDF readers have verified longest; RSA-PSS keys would need their parameters carried over.
  if (oid === Oids.rsaEncryption) return { key: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, sign: { name: 'RSASSA-PKCS1-v1_5' } };
  return fail('unsupported', `key algorithm ${oid}`);
}

/** The certificate whose public key verifies what this private key signs: robust where localKeyId is missing or wrong. */
async function certificateFor(privateKey: CryptoKey, algorithms: KeyAlgorithms, certificates: readonly Certificate[]): Promise<{ certificate: Certificate; publicKey: CryptoKey } | null> {
  const probe = crypto.getRandomValues(new Uint8Array(32));
  const signature = await crypto.subtle.sign(algorithms.sign, privateKey, probe);
  for (const certificate of certificates) {
    try {
      const spki = certificate.subjectPublicKeyInfo.toSchema().toBER(false);
      const publicKey = await crypto.subtle.importKey('spki', spki, algorithms.key, true, ['verify']);
      if (await crypto.subtle.verify(algorithms.sign, publicKey, signature, probe)) return { certificate, publicKey };
    } catch {
      // A certificate for another kind of key: not this one.
    }
  }
  return null;
}

/** The other certificates, issuer of the signer's first, then its issuer, and so on; strays after. */
function orderChain(signer: Certificate, others: readonly Certificate[]): Certificate[] {
  const rest = others.filter((c) => !sameCertificate(c, signer));
  const ordered: Certificate[] = [];
  let current = signer;
  for (;;) {
    if (current.issuer.isEqual(current.subject)) break;
    const issuer = rest.find((c) => !ordered.includes(c) && c.subject.isEqual(current.issuer));
    if (!issuer) break;
    ordered.push(issuer);
    current = issuer;
  }
  return [...ordered, ...rest.filter((c) => !ordered.includes(c))];
}

/**
 * Reads a PKCS#12 file protected by `password`: its private key, the certificate for that key and any
 * other certificates (the chain). The key is imported non-extractable. Only PBES2 (AES) encryption is
 * read, which OpenSSL 3, current Windows and macOS offer; older RC2/3DES files come back `unsupported`.
 * `now` decides `expired` / `not-yet-valid`.
 */
export async function importPkcs12(bytes: Uint8Array, password: string, now: Date = new Date()): Promise<ImportResult> {
  try {
    const pfx = parsePfx(bytes);
    const secret = passwordBytes(password);
    if (pfx.authSafe.contentType !== Oids.data) return { ok: false, error: 'unsupported', detail: 'integrity by public key' };
    if (!(pfx.authSafe.content instanceof asn1js.OctetString)) return { ok: false, error: 'not-pkcs12' };
    const authSafeContent = pfx.authSafe.content.getValue();
    await verifyMac(pfx, secret, authSafeContent);

    let authenticatedSafe: AuthenticatedSafe;
    try {
      authenticatedSafe = AuthenticatedSafe.fromBER(authSafeContent);
    } catch {
      return { ok: false, error: 'not-pkcs12' };
    }
    const bags: Bags = { keys: [], certificates: [] };
    for (const info of authenticatedSafe.safeContents) await collectBags(await decryptSafeContents(info, secret), secret, bags);

    const keyInfo = bags.keys[0];
    if (!keyInfo) return { ok: false, error: 'no-private-key' };
    const algorithms = algorithmsFor(keyInfo);
    let privateKey: CryptoKey;
    try {
      privateKey = await crypto.subtle.importKey('pkcs8', keyInfo.toSchema().toBER(false), algorithms.key, false, ['sign']);
    } catch {
      return { ok: false, error: 'unsupported', detail: 'the private key could not be imported' };
    }
    const match = await certificateFor(privateKey, algorithms, bags.certificates);
    if (!match) return { ok: false, error: 'no-private-key', detail: 'no certificate in the file matches its private key' };
    const validity = validityAt(match.certificate, now);
    if (validity !== 'valid') {
      return { ok: false, error: validity, detail: `valid from ${match.certificate.notBefore.value.toISOString()} to ${match.certificate.notAfter.value.toISOString()}` };
    }
    const subject = match.certificate.subject;
    return {
      ok: true,
      identity: {
        certificate: certificateDer(match.certificate),
        privateKey,
        publicKey: match.publicKey,
        name: nameAttribute(subject, NameOids.commonName),
        organisation: nameAttribute(subject, NameOids.organisation),
        role: roleOf(match.certificate),
        createdAt: now.toISOString(),
      },
      chain: orderChain(match.certificate, bags.certificates).map(certificateDer),
    };
  } catch (e) {
    if (e instanceof ImportFailure) return e.detail === undefined ? { ok: false, error: e.error } : { ok: false, error: e.error, detail: e.detail };
    return { ok: false, error: 'not-pkcs12', detail: e instanceof Error ? e.message : String(e) };
  }
}

function bagAttributes(localKeyId: ArrayBuffer, friendlyName: string): Attribute[] {
  return [
    new Attribute({ type: Oids.friendlyName, values: [new asn1js.BmpString({ value: friendlyName })] }),
    new Attribute({ type: Oids.localKeyId, values: [new asn1js.OctetString({ valueHex: localKeyId })] }),
  ];
}

/**
 * Writes the identity (its private key must be extractable) and any `chain` certificates as PKCS#12:
 * PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC for the key and the certificates, an HMAC-SHA256 MAC,
 * laid out as OpenSSL 3 does, so `openssl pkcs12`, Windows, macOS and Acrobat read it.
 */
export async function exportPkcs12(identity: SigningIdentity, password: string, chain: readonly Uint8Array[] = []): Promise<Uint8Array<ArrayBuffer>> {
  if (!identity.privateKey.extractable) throw new TypeError('the private key is not extractable: make the identity with createExportableIdentity');
  const engine = pkiEngine();
  const secret = passwordBytes(password);
  const encryption = {
    password: secret,
    // pkijs draws a fresh random IV for each encryption; its type asks for one all the same.
    contentEncryptionAlgorithm: { name: 'AES-CBC', length: 256, iv: new Uint8Array(16) },
    hmacHashAlgorithm: 'SHA-256',
    iterationCount: exportIterations,
  };
  const certificates = [identity.certificate, ...chain].map((der) => Certificate.fromBER(toArrayBuffer(der)));
  // OpenSSL's localKeyId: the SHA-1 of the certificate, pairing key and certificate bags.
  const localKeyId = await crypto.subtle.digest('SHA-1', toArrayBuffer(identity.certificate));

  const keyBag = new PKCS8ShroudedKeyBag({ parsedValue: PrivateKeyInfo.fromBER(await crypto.subtle.exportKey('pkcs8', identity.privateKey)) });
  await keyBag.makeInternalValues(encryption, engine);
  const keySafe = new SafeContents({ safeBags: [new SafeBag({ bagId: Oids.shroudedKeyBag, bagValue: keyBag, bagAttributes: bagAttributes(localKeyId, identity.name) })] });
  const certSafe = new SafeContents({
    safeBags: certificates.map(
      (certificate, i) =>
        new SafeBag({
          bagId: Oids.certBag,
          bagValue: new CertBag({ parsedValue: certificate }),
          ...(i === 0 ? { bagAttributes: bagAttributes(localKeyId, identity.name) } : {}),
        }),
    ),
  });

  const authenticatedSafe = new AuthenticatedSafe({
    parsedValue: {
      safeContents: [
        { privacyMode: 1, value: certSafe },
        { privacyMode: 0, value: keySafe },
      ],
    },
  });
  await authenticatedSafe.makeInternalValues({ safeContents: [{ ...encryption }, {}] }, engine);
  const pfx = new PFX({ parsedValue: { integrityMode: 0, authenticatedSafe } });
  await pfx.makeInternalValues({ password: secret, iterations: exportMacIterations, pbkdf2HashAlgorithm: 'SHA-256', hmacHashAlgorithm: 'SHA-256' }, engine);
  return new Uint8Array(pfx.toSchema().toBER(false));
}
