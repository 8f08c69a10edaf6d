// Runs everywhere (pure). What every section draws with: the page flow, the model and the embedded photos.
import type { PDFRef } from '@cantoo/pdf-lib';
import type { PageWriter } from '../layout/pageWriter';
import type { ReportModel } from '../model/reportModel';
import type { JpegInfo } from '../pdf/jpeg';
import type { ReportPhoto } from '../reportInput';

export type EmbeddedPhoto = { readonly image: PDFRef; readonly info: JpegInfo };

export type SectionContext = {
  readonly w: PageWriter;
  readonly model: ReportModel;
  /** Null for a photo that is not a readable JPEG: it gets a note in its place instead. */
  readonly photo: (photo: ReportPhoto) => EmbeddedPhoto | null;
  /** One unit of work done (an item, a photo, a section), for the progress bar. */
  readonly step: () => void;
};
