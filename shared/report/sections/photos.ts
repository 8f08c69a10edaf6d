// Runs everywhere (pure). An evidence photo scaled into the column, upright, with its number and caption.
import type { PageWriter } from '../layout/pageWriter';
import { Colours, Styles } from '../layout/theme';
import type { NumberedPhoto } from '../model/reportModel';
import { displaySize, orientedMatrix } from '../pdf/jpeg';
import type { ReportStrings } from '../strings';
import type { EmbeddedPhoto } from './context';

/** A photo never takes more than this share of the page's height, so findings stay readable around it. */
const maxHeightShare = 0.4;

export function drawPhoto(w: PageWriter, numbered: NumberedPhoto, embedded: EmbeddedPhoto | null, x: number, strings: ReportStrings): void {
  const width = w.right - x;
  const captionText = numbered.photo.caption.trim() === '' ? strings.photo(numbered.number) : `${strings.photo(numbered.number)}: ${numbered.photo.caption.trim()}`;
  const caption = w.wrap(captionText, Styles.muted, width);
  const captionHeight = caption.length * w.lineHeight(Styles.muted);
  if (!embedded) {
    const note = w.wrap(strings.photoUnreadable, Styles.muted, width - 12);
    const boxHeight = note.length * w.lineHeight(Styles.muted) + 12;
    w.ensure(boxHeight + captionHeight + 8);
    w.y -= 4;
    w.fillRect(x, w.y - boxHeight, width, boxHeight, Colours.faint);
    note.forEach((line, i) => w.lineAt(line, x + 6, w.y - 6 - i * w.lineHeight(Styles.muted), Styles.muted));
    w.y -= boxHeight + 2;
    w.lines(caption, Styles.muted, x, 'left', width);
    w.y -= 4;
    return;
  }
  const shown = displaySize(embedded.info);
  // Never enlarged past one point per pixel: a small picture blown up only shows its blur.
  const scale = Math.min(width / shown.width, ((w.top - w.bottom) * maxHeightShare) / shown.height, 1);
  const boxWidth = shown.width * scale;
  const boxHeight = shown.height * scale;
  w.ensure(boxHeight + captionHeight + 10);
  w.y -= 4;
  const y = w.y - boxHeight;
  w.image(embedded.image, orientedMatrix(embedded.info.orientation, x, y, boxWidth, boxHeight));
  w.strokeRect(x, y, boxWidth, boxHeight, Colours.line, 0.5);
  w.y = y - 3;
  w.lines(caption, Styles.muted, x, 'left', width);
  w.y -= 4;
}
