// Runs everywhere (pure). An evidence photo scaled into the column, upright, with its number and caption.
import type { PageWriter } from '../layout/pageWriter';
import type { Line } from '../layout/textLayout';
import { Colours, Styles } from '../layout/theme';
import type { NumberedPhoto } from '../model/reportModel';
import { displaySize, orientedMatrix } from '../pdf/jpeg';
import type { ReportStrings } from '../strings';
import type { EmbeddedPhoto } from './context';

/** A photo never takes more than this share of the page's height, so findings stay readable around it. */
const maxHeightShare = 0.4;

type LaidPhoto = {
  readonly embedded: EmbeddedPhoto | null;
  readonly caption: readonly Line[];
  /** The picture's box, or for an unreadable photo the note's lines in a grey box. */
  readonly width: number;
  readonly boxHeight: number;
  readonly note: readonly Line[];
  /** Everything, from the gap above to the gap below the caption. */
  readonly height: number;
};

export function layPhoto(w: PageWriter, numbered: NumberedPhoto, embedded: EmbeddedPhoto | null, x: number, strings: ReportStrings): LaidPhoto {
  const width = w.right - x;
  const name = numbered.evidence === null ? strings.photo(numbered.number) : strings.photoOfEvidence(numbered.number, numbered.evidence);
  const text = numbered.photo.caption.trim() === '' ? name : `${name}: ${numbered.photo.caption.trim()}`;
  const caption = w.wrap(text, Styles.muted, width);
  const captionHeight = caption.length * w.lineHeight(Styles.muted);
  if (!embedded) {
    const note = w.wrap(strings.photoUnreadable, Styles.muted, width - 12);
    const boxHeight = note.length * w.lineHeight(Styles.muted) + 12;
    return { embedded, caption, width, boxHeight, note, height: 4 + boxHeight + 2 + captionHeight + 4 };
  }
  const shown = displaySize(embedded.info);
  // Never enlarged past one point per pixel: a small picture blown up only shows its blur.
  const scale = Math.min(width / shown.width, ((w.top - w.bottom) * maxHeightShare) / shown.height, 1);
  const boxHeight = shown.height * scale;
  return { embedded, caption, width: shown.width * scale, boxHeight, note: [], height: 4 + boxHeight + 3 + captionHeight + 4 };
}

/** Draws a laid-out photo at the cursor, on a new page unless all of it fits. */
export function drawLaidPhoto(w: PageWriter, photo: LaidPhoto, x: number): void {
  w.ensure(photo.height);
  w.y -= 4;
  const y = w.y - photo.boxHeight;
  if (photo.embedded) {
    w.image(photo.embedded.image, orientedMatrix(photo.embedded.info.orientation, x, y, photo.width, photo.boxHeight));
    w.strokeRect(x, y, photo.width, photo.boxHeight, Colours.line, 0.5);
    w.y = y - 3;
  } else {
    w.fillRect(x, y, photo.width, photo.boxHeight, Colours.faint);
    photo.note.forEach((line, i) => w.lineAt(line, x + 6, w.y - 6 - i * w.lineHeight(Styles.muted), Styles.muted));
    w.y = y - 2;
  }
  w.lines(photo.caption, Styles.muted, x, 'left', w.right - x);
  w.y -= 4;
}
