// Runs in the renderer. A list order that holds still while the user edits what it is sorted by.
import { useMemo } from 'react';

/**
 * `items` ordered by `compare` as they stood when `settleKey` last changed (pass the ids shown, plus any
 * filter). Re-sorting on every keystroke would move the row being edited away from under the cursor, and
 * a moved element loses keyboard focus; the list settles again when something is added, removed or
 * filtered, or when the screen is opened again.
 */
export function useSettledOrder<T>(items: readonly T[], idOf: (item: T) => string, compare: (a: T, b: T) => number, settleKey: string): T[] {
  const rank = useMemo(
    () => new Map([...items].sort(compare).map((item, i) => [idOf(item), i])),
    // Only settleKey decides when to re-sort: that is the point of this hook.
    [settleKey], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const place = (item: T): number => rank.get(idOf(item)) ?? rank.size;
  return [...items].sort((a, b) => place(a) - place(b));
}

/** The settle key of a list of things with ids: changes when one is added or removed, not when one is edited. */
export function idSet(items: readonly { readonly id: string }[]): string {
  return items
    .map((item) => item.id)
    .sort()
    .join(' ');
}
