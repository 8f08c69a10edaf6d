// Runs everywhere (pure). Pages as a flow: a cursor moving down the page, breaking to a new page before anything
// would reach the bottom margin, and the running header and footer added once the page count is known.
import type { PDFDocument, PDFRef } from '@cantoo/pdf-lib';
import { PDFName } from '@cantoo/pdf-lib';
import { PageMargin, PageSize } from '../signOffLayout';
import { ContentStream } from '../pdf/contentStream';
import type { Matrix, Rgb } from '../pdf/contentStream';
import type { FontFace } from '../pdf/fontFace';
import { cleanText, fitLine, wrapText } from './textLayout';
import type { Line } from './textLayout';
import { Colours, Styles } from './theme';
import type { FaceName, TextStyle } from './theme';

export type Faces = Readonly<Record<FaceName, FontFace>>;
export type Align = 'left' | 'right' | 'center';

type Page = {
  readonly content: ContentStream;
  readonly images: { readonly name: string; readonly image: PDFRef }[];
  /** Lowest and highest point any text line reached: what the page-breaking tests check. */
  lowestText: number;
  highestText: number;
};

/** The running header and footer of page `n` of `total`. */
export type PageFurniture = { readonly headerLeft: string; readonly headerRight: string; readonly footer: (n: number, total: number) => string };

export class PageWriter {
  readonly left = PageMargin;
  readonly right = PageSize.width - PageMargin;
  readonly width = PageSize.width - 2 * PageMargin;
  readonly top = PageSize.height - PageMargin;
  /** Nothing in the flow goes below this; the footer sits under it, in the margin. */
  readonly bottom = PageMargin;
  private readonly pages: Page[] = [];
  private page!: Page;
  /** Top of the space still free on the current page. */
  y = this.top;

  constructor(readonly faces: Faces) {
    this.newPage();
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** Per page, the lowest and highest text line (for tests). */
  textExtents(): { readonly lowest: number; readonly highest: number }[] {
    return this.pages.map((p) => ({ lowest: p.lowestText, highest: p.highestText }));
  }

  newPage(): void {
    this.page = { content: new ContentStream(), images: [], lowestText: Infinity, highestText: -Infinity };
    this.pages.push(this.page);
    this.y = this.top;
  }

  get atTop(): boolean {
    return this.y >= this.top;
  }

  get remaining(): number {
    return this.y - this.bottom;
  }

  /** Starts a new page unless `height` still fits (or the page is still empty: then nothing would fit better). */
  ensure(height: number): void {
    if (height > this.remaining && !this.atTop) this.newPage();
  }

  /** Vertical space; at a page break the space is dropped rather than carried to the next page's top. */
  gap(height: number): void {
    if (this.atTop) return;
    if (height >= this.remaining) this.newPage();
    else this.y -= height;
  }

  lineHeight(style: TextStyle): number {
    return style.size * style.leading;
  }

  clean(text: string, style: TextStyle = Styles.body): string {
    return cleanText(text, this.faces[style.face]);
  }

  measure(text: string, style: TextStyle): number {
    return this.faces[style.face].widthOf(this.clean(text, style), style.size);
  }

  wrap(text: string, style: TextStyle, width: number): Line[] {
    const face = this.faces[style.face];
    return wrapText(cleanText(text, face), face, style.size, width);
  }

  fit(text: string, style: TextStyle, width: number): Line {
    const face = this.faces[style.face];
    return fitLine(cleanText(text, face), face, style.size, width);
  }

  /** The baseline of a line whose box has its top at `top`: the glyphs are centred in the line height. */
  baseline(top: number, style: TextStyle): number {
    const face = this.faces[style.face];
    const inkHeight = (face.ascent - face.descent) * style.size;
    return top - (this.lineHeight(style) - inkHeight) / 2 - face.ascent * style.size;
  }

  /** Draws one line in the box whose top is `top`. Takes no space in the flow: the caller keeps the cursor. */
  lineAt(line: Line | string, x: number, top: number, style: TextStyle, align: Align = 'left', width = 0): void {
    this.page.lowestText = Math.min(this.page.lowestText, top - this.lineHeight(style));
    this.page.highestText = Math.max(this.page.highestText, top);
    this.place(line, x, top, style, align, width);
  }

  private place(line: Line | string, x: number, top: number, style: TextStyle, align: Align, width: number): void {
    const face = this.faces[style.face];
    let l: Line;
    if (typeof line === 'string') {
      const text = cleanText(line, face);
      l = { text, width: face.widthOf(text, style.size) };
    } else {
      l = line;
    }
    const dx = align === 'left' ? 0 : align === 'right' ? width - l.width : (width - l.width) / 2;
    this.page.content.text(face, style.size, x + dx, this.baseline(top, style), style.colour, l.text);
  }

  /** Draws lines down the flow, one at a time, breaking the page between lines. */
  lines(lines: readonly Line[], style: TextStyle, x = this.left, align: Align = 'left', width = this.width): void {
    const lineHeight = this.lineHeight(style);
    for (const line of lines) {
      this.ensure(lineHeight);
      this.lineAt(line, x, this.y, style, align, width);
      this.y -= lineHeight;
    }
  }

  /** Wraps and draws a paragraph in the column from `x` (default: the left margin) `width` wide. */
  paragraph(text: string, style: TextStyle, x = this.left, width = this.right - x): void {
    this.lines(this.wrap(text, style, width), style, x, 'left', width);
  }

  /** A heading kept with at least `keep` points of what follows it. */
  heading(text: string, style: TextStyle, spaceBefore: number, keep = 40): void {
    const lines = this.wrap(text, style, this.width);
    this.gap(spaceBefore);
    this.ensure(lines.length * this.lineHeight(style) + keep);
    this.lines(lines, style);
    this.y -= style.size * 0.35;
  }

  fillRect(x: number, y: number, width: number, height: number, rgb: Rgb): void {
    this.page.content.fillRect(x, y, width, height, rgb);
  }

  strokeRect(x: number, y: number, width: number, height: number, rgb: Rgb, lineWidth = 0.5): void {
    this.page.content.strokeRect(x, y, width, height, rgb, lineWidth);
  }

  rule(x1: number, y1: number, x2: number, y2: number, rgb: Rgb = Colours.line, lineWidth = 0.5): void {
    this.page.content.line(x1, y1, x2, y2, rgb, lineWidth);
  }

  /** A worded, coloured badge whose box has its top-left at (x, top); returns its width. */
  chip(text: string, x: number, top: number, fill: Rgb, style: TextStyle = Styles.chip): number {
    const clean = this.clean(text, style);
    const width = this.faces[style.face].widthOf(clean, style.size) + 8;
    const height = this.lineHeight(style) + 2;
    this.fillRect(x, top - height, width, height, fill);
    this.lineAt(clean, x + 4, top - 1, style);
    return width;
  }

  chipHeight(style: TextStyle = Styles.chip): number {
    return this.lineHeight(style) + 2;
  }

  image(image: PDFRef, matrix: Matrix): void {
    const name = `Im${this.page.images.length + 1}`;
    this.page.images.push({ name, image });
    this.page.content.image(name, matrix);
  }

  /** Adds every page to the document, with its header and footer, and the fonts' subsets. */
  writeTo(pdf: PDFDocument, furniture: PageFurniture): void {
    const total = this.pages.length;
    const style = Styles.header;
    this.pages.forEach((page, index) => {
      this.page = page;
      const headerTop = PageSize.height - 22;
      const right = this.fit(furniture.headerRight, style, this.width * 0.6);
      const left = this.fit(furniture.headerLeft, style, this.width - right.width - 16);
      // Header and footer live in the margins, outside the flow (and outside the text extents tests check).
      this.place(left, this.left, headerTop, style, 'left', 0);
      this.place(right, this.left, headerTop, style, 'right', this.width);
      this.rule(this.left, PageSize.height - 36, this.right, PageSize.height - 36);
      this.rule(this.left, 36, this.right, 36);
      this.place(furniture.footer(index + 1, total), this.left, 30, style, 'center', this.width);
    });
    for (const face of Object.values(this.faces)) face.flush();
    for (const page of this.pages) {
      const pdfPage = pdf.addPage([PageSize.width, PageSize.height]);
      for (const face of Object.values(this.faces)) pdfPage.node.setFontDictionary(PDFName.of(face.resourceName), face.pdfFont.ref);
      for (const { name, image } of page.images) pdfPage.node.setXObject(PDFName.of(name), image);
      pdfPage.node.addContentStream(pdf.context.register(pdf.context.flateStream(page.content.toBytes())));
    }
  }
}
