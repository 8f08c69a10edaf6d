import { describe, expect, it } from 'vitest';
import { toFileName } from '../../../shared/format/fileName';
import { SaveFileArgsSchema } from '../../../shared/bridge/contract';

describe('toFileName', () => {
  it('keeps Korean and ordinary punctuation, replaces what file systems refuse', () => {
    expect(toFileName('물류센터: 1차/2차 점검?', 'x')).toBe('물류센터 1차 2차 점검');
    expect(toFileName('a\u0000b\tc', 'x')).toBe('a b c');
    expect(toFileName('...hidden', 'x')).toBe('hidden');
    expect(toFileName('  ', 'assessment')).toBe('assessment');
  });
  it('always gives a name the save bridge accepts', () => {
    for (const text of ['<script>', '..', 'C:\\Windows\\x', '\u0001\u0002', 'a'.repeat(500)]) {
      const name = `${toFileName(text, 'assessment')}.json`;
      expect(SaveFileArgsSchema.safeParse({ suggestedName: name, filterName: 'f', extensions: ['json'], bytes: new Uint8Array() }).success, name).toBe(true);
    }
  });
});
