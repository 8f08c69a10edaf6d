// Runs in the renderer. Every schema version in order; the last one is what this build writes.
import type { DatabaseVersion } from './types';
import { v001Initial } from './v001-initial';

export const databaseVersions: readonly DatabaseVersion[] = [v001Initial];
export const currentSchemaVersion = databaseVersions[databaseVersions.length - 1]!.version;
