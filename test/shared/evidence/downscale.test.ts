// The size a photo is stored at: long side 2048 at most, never enlarged.
import { describe, expect, it } from 'vitest';
import { scaledSize } from '../../../shared/evidence/downscale';

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
