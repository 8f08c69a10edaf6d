// Runs everywhere (pure). The size a photo is stored at.
import { PhotoMaxLongSide } from './limits';

export type Size = { readonly width: number; readonly height: number };

/** The size with the long side at most `maxLongSide`, proportions kept; never larger than the source. */
export function scaledSize(source: Size, maxLongSide: number = PhotoMaxLongSide): Size {
  const scale = Math.min(1, maxLongSide / Math.max(source.width, source.height));
  return { width: Math.max(1, Math.round(source.width * scale)), height: Math.max(1, Math.round(source.height * scale)) };
}
