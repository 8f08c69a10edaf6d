// Runs in the renderer. Signing identities and trusted certificates kept on this machine.
import { sha256Hex } from '../../../shared/crypto/sha256';
import { database } from './database';
import type { StoredIdentity, TrustedCertificate } from '../db/db';

export type NewIdentity = Omit<StoredIdentity, 'id'>;

export async function addIdentity(identity: NewIdentity): Promise<StoredIdentity> {
  const stored: StoredIdentity = { ...identity, id: crypto.randomUUID() };
  await database().identities.add(stored);
  return stored;
}

export async function listIdentities(): Promise<StoredIdentity[]> {
  return database().identities.orderBy('createdAt').toArray();
}


/** Removing an identity destroys its private key for good; reports it signed stay valid. */
export async function removeIdentity(id: string): Promise<void> {
  await database().identities.delete(id);
}

export async function trustCertificate(der: Uint8Array<ArrayBuffer>, subject: string): Promise<void> {
  await database().trustedCertificates.put({ sha256: await sha256Hex(der), der, subject, addedAt: new Date().toISOString() });
}

export async function listTrustedCertificates(): Promise<TrustedCertificate[]> {
  return database().trustedCertificates.toArray();
}

export async function distrustCertificate(sha256: string): Promise<void> {
  await database().trustedCertificates.delete(sha256);
}
export type { StoredIdentity, TrustedCertificate } from '../db/db';
