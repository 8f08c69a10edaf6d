// Runs in the renderer. Schema version 1: assessments, answers (one row per item) and settings.
import type { DatabaseVersion } from './types';

export const v001Initial: DatabaseVersion = {
  version: 1,
  stores: {
    assessments: 'id, status, updatedAt',
    // One row per answered item keeps every edit a single small write.
    answers: '[assessmentId+itemId], assessmentId',
    settings: 'key',
  },
};
