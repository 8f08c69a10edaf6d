// Runs everywhere (pure). Where signatures go on a report's sign-off page (its last page), shared by the
// report builder (which draws the empty boxes) and the signer (which fills box n for the n-th signature).

/** A4 in PDF points. */
export const PageSize = { width: 595.28, height: 841.89 } as const;
export const PageMargin = 48;

export type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

export const MaxSignatureSlots = 6;
const columns = 2;
const gap = 16;
const slotHeight = 120;
/** The top of the first row of boxes; the page's heading and the signers' list sit above it. */
const firstRowTop = 470;

/** The box for the signature with this index (0 = first to sign), in PDF coordinates (origin bottom left). */
export function signatureSlot(index: number): Rect {
  if (!Number.isInteger(index) || index < 0 || index >= MaxSignatureSlots) throw new RangeError(`signature slot ${index} does not exist`);
  const width = (PageSize.width - 2 * PageMargin - gap * (columns - 1)) / columns;
  const column = index % columns;
  const row = Math.floor(index / columns);
  return { x: PageMargin + column * (width + gap), y: firstRowTop - (row + 1) * slotHeight - row * gap, width, height: slotHeight };
}
