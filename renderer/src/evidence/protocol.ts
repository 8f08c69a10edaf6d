// Runs in the renderer and its ingest worker. What goes into and comes out of preparing a file as evidence.
import type { EvidenceFileKind } from '../../../shared/evidence/fileTypes';
import type { FileRefusal } from '../../../shared/evidence/sniff';
import type { StoredFile } from '../../../shared/domain/record';

export type IngestOptions = {
  /** Keep the file as supplied besides the reduced JPEG (photos only; a document is always kept as given). */
  readonly keepOriginal: boolean;
  /** Leave GPS position and serial numbers in that original; otherwise they are removed. */
  readonly keepLocation: boolean;
};

/** A file ready to store: its record and its bytes. */
export type IngestedFile = StoredFile & { readonly blob: Blob };

/** Everything an Evidence row needs from the file (the caller adds id, assessment, item, caption and who). */
export type IngestResult = {
  readonly kind: EvidenceFileKind;
  /** For photos a JPEG at most 2048 px on its long side, upright, without metadata; documents as given. */
  readonly file: IngestedFile;
  /** The photo as supplied, private metadata removed unless `keepLocation`; null unless `keepOriginal`, and for documents. */
  readonly original: IngestedFile | null;
  /** SHA-256 of the bytes as supplied, whatever is kept. */
  readonly capturedSha256: string;
  /** From EXIF, as the camera wrote it: `YYYY-MM-DDTHH:MM:SS`, local time, no zone. */
  readonly takenAt: string | null;
  /** Of `file`, upright. */
  readonly width: number | null;
  readonly height: number | null;
  /** True only when an original was kept with its GPS position and serial numbers. */
  readonly keptLocation: boolean;
  /** What the photo as supplied carried: a GPS position (EXIF or XMP), and serial numbers (or a maker note that may hold them). Removed unless kept. */
  readonly found: { readonly location: boolean; readonly serialNumbers: boolean };
};

/** The file checks, then: 'unreadable-image' (a photo the browser cannot decode: damaged or cut off) and 'unreadable-file' (gone or unreadable since it was chosen). */
export type IngestRefusalCode = FileRefusal['code'] | 'unreadable-image' | 'unreadable-file';

/**
 * Why a file was not added; nothing of it is stored. `detail` holds values for the message that read the
 * same in any language: `size` and `limit` ("52.3 MB"), `kind` (photo/document), `extension` and `claimed`
 * (an extension in capitals, "JPG"), `detected` (a ContentId such as "pdf" or "heic", '' when unknown),
 * and `advice`: "convert-to-jpeg" when saving the image as JPEG fixes it (HEIC, AVIF, TIFF, BMP, PSD).
 */
export type IngestRefusal = {
  readonly ok: false;
  readonly code: IngestRefusalCode;
  readonly fileName: string;
  readonly detail: Readonly<Record<string, string | number>>;
};

export type IngestOutcome = { readonly ok: true; readonly result: IngestResult } | IngestRefusal;

export type IngestRequest = { readonly id: number; readonly file: File; readonly options: IngestOptions };

export type IngestResponse =
  | { readonly id: number; readonly kind: 'result'; readonly outcome: IngestOutcome }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
