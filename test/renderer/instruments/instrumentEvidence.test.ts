import { describe, expect, it } from 'vitest';
import { protectiveSeparationDistance } from '../../../shared/instruments/cobot/ssm';
import { addEvidence } from '../../../renderer/src/data/evidence';
import { instrumentResultsOf, saveInstrumentEvidence } from '../../../renderer/src/data/instrumentEvidence';
import { AssessmentKey, db, seed } from './seed';

const ssm = protectiveSeparationDistance({ humanSpeedMmS: 1600, robotSpeedMmS: 500, reactionTimeS: 0.1, stoppingTimeS: 0.2, stoppingDistanceMm: 100, intrusionDistanceMm: 0, humanPositionUncertaintyMm: 0, robotPositionUncertaintyMm: 0 });
const actor = { name: 'Kim Minji', side: 'worker' } as const;

describe('instrument results for the report', () => {
  it('reads back every saved result, leaves out a damaged file, and refuses to write on a read-only import', async () => {
    await seed();
    if (!ssm.ok) throw new Error('fixture');
    const saved = await saveInstrumentEvidence({ assessmentId: AssessmentKey, item: { packId: 'collaborative-robots', itemId: 'cobot-08' }, result: ssm.result, caption: 'Cell 3', addedBy: actor });
    const bytes = new TextEncoder().encode('{"instrument":"cobot-ssm","version":1}');
    await addEvidence({
      assessmentId: AssessmentKey,
      item: { packId: 'collaborative-robots', itemId: 'cobot-08' },
      kind: 'instrument',
      caption: 'damaged',
      file: { fileName: 'damaged.json', mediaType: 'application/vnd.jointcheck.instrument+json', size: bytes.byteLength, sha256: 'a'.repeat(64), blob: new Blob([bytes]) },
      original: null,
      capturedSha256: 'a'.repeat(64),
      takenAt: null,
      keptLocation: false,
      width: null,
      height: null,
      addedBy: actor,
    });
    const results = await instrumentResultsOf(await db().evidence.toArray());
    expect(results).toEqual([{ evidenceId: saved.id, result: ssm.result }]);

    await db().assessments.update(AssessmentKey, { importedFrom: { fileName: 'pack.zip', packSha256: 'b'.repeat(64), importedAt: '2026-03-01T09:00:00.000Z', signer: null, intact: true } });
    await expect(saveInstrumentEvidence({ assessmentId: AssessmentKey, item: { packId: 'collaborative-robots', itemId: 'cobot-08' }, result: ssm.result, caption: '', addedBy: actor })).rejects.toThrow(/read-only/);
  });
});
