import { describe, expect, it } from 'vitest';
import { displaySize, orientedMatrix, readJpegInfo } from '../../../shared/report/pdf/jpeg';
import { photoFixtures, read } from './fixtures';

/** The fixture with an EXIF APP1 segment (orientation tag only) inserted after SOI, as a phone camera writes it. */
function withOrientation(jpeg: Uint8Array, orientation: number, littleEndian: boolean): Uint8Array {
  const tiff = new Uint8Array(8 + 2 + 12 + 4);
  const view = new DataView(tiff.buffer);
  view.setUint16(0, littleEndian ? 0x4949 : 0x4d4d);
  view.setUint16(2, 42, littleEndian);
  view.setUint32(4, 8, littleEndian);
  view.setUint16(8, 1, littleEndian);
  view.setUint16(10, 0x0112, littleEndian);
  view.setUint16(12, 3, littleEndian);
  view.setUint32(14, 1, littleEndian);
  view.setUint16(18, orientation, littleEndian);
  const body = [...new TextEncoder().encode('Exif'), 0, 0, ...tiff];
  const app1 = [0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

describe('readJpegInfo', () => {
  it('reads the size of the fixtures, upright by default', () => {
    expect(readJpegInfo(read(photoFixtures.landscape))).toEqual({ width: 1600, height: 1200, components: 3, bitsPerComponent: 8, orientation: 1 });
    expect(readJpegInfo(read(photoFixtures.portrait))).toEqual({ width: 1200, height: 1600, components: 3, bitsPerComponent: 8, orientation: 1 });
  });

  it('reads the EXIF orientation in either byte order, and swaps the shown size for quarter turns', () => {
    for (const little of [true, false]) {
      const info = readJpegInfo(withOrientation(read(photoFixtures.landscape), 6, little))!;
      expect(info).toEqual({ width: 1600, height: 1200, components: 3, bitsPerComponent: 8, orientation: 6 });
      expect(displaySize(info)).toEqual({ width: 1200, height: 1600 });
    }
    expect(displaySize({ width: 1600, height: 1200, components: 3, bitsPerComponent: 8, orientation: 3 })).toEqual({ width: 1600, height: 1200 });
  });

  it('refuses what is not a JPEG with a frame header', () => {
    expect(readJpegInfo(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(readJpegInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toBeNull();
    expect(readJpegInfo(read(photoFixtures.landscape).subarray(0, 30))).toBeNull();
  });
});

describe('orientedMatrix', () => {
  /** Where the stored picture's corners (u, v in the unit square, v = 1 its top row) land on the page. */
  const place = (m: readonly number[], u: number, v: number): [number, number] => [m[0]! * u + m[2]! * v + m[4]!, m[1]! * u + m[3]! * v + m[5]!];
  // Box at (10, 20), 300 wide and 200 high. For each orientation: where the stored top-left and top-right corners show.
  const cases: [number, [number, number], [number, number]][] = [
    [1, [10, 220], [310, 220]],
    [2, [310, 220], [10, 220]],
    [3, [310, 20], [10, 20]],
    [4, [10, 20], [310, 20]],
    [5, [10, 220], [10, 20]],
    [6, [310, 220], [310, 20]],
    [7, [310, 20], [310, 220]],
    [8, [10, 20], [10, 220]],
  ];
  it.each(cases)('orientation %i shows the stored top-left at %j and top-right at %j, filling the box', (orientation, topLeft, topRight) => {
    const m = orientedMatrix(orientation, 10, 20, 300, 200);
    expect(place(m, 0, 1)).toEqual(topLeft);
    expect(place(m, 1, 1)).toEqual(topRight);
    const corners = [place(m, 0, 0), place(m, 1, 0), place(m, 0, 1), place(m, 1, 1)];
    expect(corners.map((c) => c.join()).sort()).toEqual(['10,20', '10,220', '310,20', '310,220']);
  });
});
