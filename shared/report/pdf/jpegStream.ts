// Runs everywhere (pure). A JPEG as an image XObject, its bytes written as they are (DCTDecode). pdf-lib's own
// streams copy their contents into the file one byte at a time, which for 20 photos (6.6 MB) was the largest
// single cost of a first build; this stream copies them in one call.
import { PDFName, PDFNumber, PDFStream } from '@cantoo/pdf-lib';
import type { PDFContext, PDFDict, PDFRef } from '@cantoo/pdf-lib';
import type { JpegInfo } from './jpeg';

const colourSpaces: Readonly<Record<number, string>> = { 1: 'DeviceGray', 3: 'DeviceRGB', 4: 'DeviceCMYK' };

function ascii(buffer: Uint8Array, offset: number, text: string): number {
  for (let i = 0; i < text.length; i++) buffer[offset + i] = text.charCodeAt(i);
  return text.length;
}

export class JpegStream extends PDFStream {
  private constructor(
    dict: PDFDict,
    private readonly bytes: Uint8Array,
  ) {
    super(dict);
  }

  /** Registers the image and returns its reference; null for a JPEG whose colour model PDF has no space for. */
  static register(context: PDFContext, bytes: Uint8Array, info: JpegInfo): PDFRef | null {
    const colourSpace = colourSpaces[info.components];
    if (!colourSpace) return null;
    const dict = context.obj({
      Type: 'XObject',
      Subtype: 'Image',
      Width: info.width,
      Height: info.height,
      BitsPerComponent: info.bitsPerComponent,
      ColorSpace: colourSpace,
      Filter: 'DCTDecode',
      // Adobe's CMYK JPEGs store inverted values, as pdf-lib's own JPEG embedder also assumes.
      ...(colourSpace === 'DeviceCMYK' ? { Decode: [1, 0, 1, 0, 1, 0, 1, 0] } : {}),
    });
    dict.set(PDFName.of('Length'), PDFNumber.of(bytes.length));
    return context.register(new JpegStream(dict, bytes));
  }

  override clone(context?: PDFContext): JpegStream {
    return new JpegStream(this.dict.clone(context), this.bytes);
  }

  override getContents(): Uint8Array {
    return this.bytes;
  }

  override getContentsSize(): number {
    return this.bytes.length;
  }

  override getContentsString(): string {
    let text = '';
    for (let i = 0; i < this.bytes.length; i += 8192) text += String.fromCharCode(...this.bytes.subarray(i, i + 8192));
    return text;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    this.updateDict();
    let at = offset;
    at += this.dict.copyBytesInto(buffer, at);
    at += ascii(buffer, at, '\nstream\n');
    buffer.set(this.bytes, at);
    at += this.bytes.length;
    at += ascii(buffer, at, '\nendstream');
    return at - offset;
  }
}
