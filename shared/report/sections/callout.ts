// Runs everywhere (pure). A shaded box with a bold word ("Warning") and its text: what a reader must not miss.
import type { Rgb } from '../pdf/contentStream';
import { Styles } from '../layout/theme';
import type { PageWriter } from '../layout/pageWriter';

const pad = 6;
const bar = 3;

/** Kept on one page when it fits on one; a longer one breaks between lines with its shading on each page. */
export function drawCallout(w: PageWriter, title: string, text: string, fill: Rgb, barColour: Rgb): void {
  const x = w.left + bar + pad;
  const width = w.right - pad - x;
  const head = w.wrap(title, Styles.bodyBold, width);
  const body = w.wrap(text, Styles.body, width);
  const lines = [...head.map((line) => ({ line, style: Styles.bodyBold })), ...body.map((line) => ({ line, style: Styles.body }))];
  const height = lines.reduce((n, l) => n + w.lineHeight(l.style), 0) + 2 * pad;
  w.ensure(Math.min(height, w.top - w.bottom));
  let top = w.y;
  let i = 0;
  while (i < lines.length) {
    // One shaded band per page the callout spans.
    let bandHeight = pad;
    let j = i;
    while (j < lines.length && bandHeight + w.lineHeight(lines[j]!.style) + pad <= w.y - w.bottom) bandHeight += w.lineHeight(lines[j++]!.style);
    if (j === i) {
      w.newPage();
      top = w.y;
      continue;
    }
    bandHeight += pad;
    w.fillRect(w.left, top - bandHeight, w.width, bandHeight, fill);
    w.fillRect(w.left, top - bandHeight, bar, bandHeight, barColour);
    let lineTop = top - pad;
    for (; i < j; i++) {
      w.lineAt(lines[i]!.line, x, lineTop, lines[i]!.style);
      lineTop -= w.lineHeight(lines[i]!.style);
    }
    w.y = top - bandHeight;
    if (i < lines.length) {
      w.newPage();
      top = w.y;
    }
  }
  w.y -= 6;
}
