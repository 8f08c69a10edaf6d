// Runs in the renderer. Schema version 2: signing identities, certificates the user trusts, and built reports.
import type { DatabaseVersion } from './types';

export const v002Signing: DatabaseVersion = {
  version: 2,
  stores: {
    // Private keys are stored as non-extractable CryptoKeys: IndexedDB keeps them, nobody can read them out.
    identities: 'id, createdAt',
    trustedCertificates: 'sha256',
    // Report PDFs kept with the assessment so the second side can sign the same bytes on this machine.
    reports: 'id, assessmentId, fingerprint',
  },
};
