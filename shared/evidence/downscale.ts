// Runs everywhere (pure). The sizes a photo is drawn at on its way down to the stored size.
import { PhotoMaxLongSide } from './limits';

export type Size = { readonly width: number; readonly height: number };

/** The size with the long side at most `maxLongSide`, proportions kept; never larger than the source. */
export function scaledSize(source: Size, maxLongSide: number = PhotoMaxLongSide): Size {
  const scale = Math.min(1, maxLongSide / Math.max(source.width, source.height));
  return { width: Math.max(1, Math.round(source.width * scale)), height: Math.max(1, Math.round(source.height * scale)) };
}

/**
 * Each canvas to draw on, last the target: a canvas filter samples a few source pixels per output
 * pixel, so shrinking by more than half in one draw skips detail and shimmers (aliasing). Halving
 * first keeps every draw at most 2:1.
 */
export function downscaleSteps(source: Size, maxLongSide: number = PhotoMaxLongSide): Size[] {
  const target = scaledSize(source, maxLongSide);
  const steps: Size[] = [];
  let { width, height } = source;
  while (Math.floor(width / 2) >= target.width && Math.floor(height / 2) >= target.height && (width > target.width || height > target.height)) {
    width = Math.floor(width / 2);
    height = Math.floor(height / 2);
    if (width === target.width && height === target.height) break;
    steps.push({ width, height });
  }
  steps.push(target);
  return steps;
}
