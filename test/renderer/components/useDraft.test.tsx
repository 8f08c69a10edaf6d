import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDraft } from '../../../renderer/src/hooks/useDraft';

describe('useDraft', () => {
  it('ignores echoes of its own earlier saves while the user types on', () => {
    const { result, rerender } = renderHook(({ stored }) => useDraft(stored), { initialProps: { stored: '' } });
    act(() => result.current[1]('a'));
    act(() => result.current[1]('ab'));
    rerender({ stored: 'a' }); // the database reports the first keystroke back
    expect(result.current[0]).toBe('ab');
    rerender({ stored: 'ab' });
    expect(result.current[0]).toBe('ab');
  });

  it('adopts a change made elsewhere', () => {
    const { result, rerender } = renderHook(({ stored }) => useDraft(stored), { initialProps: { stored: 'one' } });
    rerender({ stored: 'changed in another window' });
    expect(result.current[0]).toBe('changed in another window');
  });
});
