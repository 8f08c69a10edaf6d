// Runs in the renderer. What the user typed stays on screen while it is being saved (or if saving fails).
import { useState } from 'react';

/**
 * Local state that follows the stored value, except for echoes of our own saves: while typing
 * fast, the database reports each earlier keystroke back, and adopting those would jump the cursor.
 */
export function useDraft<T>(stored: T, same: (a: T, b: T) => boolean = Object.is): [T, (value: T) => void] {
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [sent, setSent] = useState<readonly T[]>([]);

  if (!same(stored, seen)) {
    setSeen(stored);
    const echo = sent.findIndex((v) => same(v, stored));
    if (echo >= 0) setSent(sent.slice(echo + 1));
    else {
      setSent([]);
      setDraft(stored);
    }
  }

  const change = (value: T): void => {
    setSent((earlier) => [...earlier, value]);
    setDraft(value);
  };
  return [draft, change];
}
