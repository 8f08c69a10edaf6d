// Runs in the renderer. Every schema version in order; the last one is what this build writes.
import type { DatabaseVersion } from './types';
import { v001Initial } from './v001-initial';
import { v002Signing } from './v002-signing';
import { v003WorkingRecord } from './v003-working-record';

export const databaseVersions: readonly DatabaseVersion[] = [v001Initial, v002Signing, v003WorkingRecord];
export const currentSchemaVersion = databaseVersions[databaseVersions.length - 1]!.version;
