// The sizes a photo is drawn at: long side 2048 at most, never enlarged, no single draw shrinking by more than half.
import { describe, expect, it } from 'vitest';
import { downscaleSteps, scaledSize } from '../../../shared/evidence/downscale';

describe('scaledSize', () => {
  it('brings a 12-megapixel photo to 2048 on its long side, either way up', () => {
    expect(scaledSize({ width: 4000, height: 3000 })).toEqual({ width: 2048, height: 1536 });
    expect(scaledSize({ width: 3000, height: 4000 })).toEqual({ width: 1536, height: 2048 });
  });

  it('never enlarges a small photo', () => {
    expect(scaledSize({ width: 640, height: 480 })).toEqual({ width: 640, height: 480 });
    expect(scaledSize({ width: 2048, height: 10 })).toEqual({ width: 2048, height: 10 });
  });

  it('keeps at least one pixel of a panorama strip', () => {
    expect(scaledSize({ width: 40000, height: 1 })).toEqual({ width: 2048, height: 1 });
  });
});

describe('downscaleSteps', () => {
  it('draws once when the target is at least half the source', () => {
    expect(downscaleSteps({ width: 4000, height: 3000 })).toEqual([{ width: 2048, height: 1536 }]);
    expect(downscaleSteps({ width: 4096, height: 3072 })).toEqual([{ width: 2048, height: 1536 }]);
    expect(downscaleSteps({ width: 800, height: 600 })).toEqual([{ width: 800, height: 600 }]);
  });

  it('halves first when the photo is more than twice the target', () => {
    const steps = downscaleSteps({ width: 9000, height: 6000 });
    expect(steps).toEqual([
      { width: 4500, height: 3000 },
      { width: 2250, height: 1500 },
      { width: 2048, height: 1365 },
    ]);
    for (let i = 1; i < steps.length; i++) expect(steps[i - 1]!.width / steps[i]!.width).toBeLessThanOrEqual(2);
  });
});
