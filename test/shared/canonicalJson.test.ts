import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/format/canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });
  it('gives equal text for equal data in any key order', () => {
    expect(canonicalJson({ x: 1, y: '한국어' })).toBe(canonicalJson({ y: '한국어', x: 1 }));
  });
});
