// Runs everywhere (pure). A page's content stream written as PDF operators directly: a report draws thousands
// of lines, and one string per operator is far cheaper than pdf-lib's drawText and its operator objects. Font,
// size and colours are written only when they change, and text stays in one text object between graphics.
import type { FontFace } from './fontFace';

export type Rgb = readonly [number, number, number];
/** The `cm` matrix that places an image's unit square on the page. */
export type Matrix = readonly [number, number, number, number, number, number];

/** Two decimals are a hundredth of a point: far below what print or screen shows. */
function round(n: number): number {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r;
}

const num = (n: number): string => String(round(n));

function colour(rgb: Rgb, op: 'rg' | 'RG'): string {
  return `${num(rgb[0])} ${num(rgb[1])} ${num(rgb[2])} ${op}\n`;
}

type TextRun = { readonly font: FontFace; readonly text: string };

export class ContentStream {
  /** Operators as a byte string, with text kept as runs until the fonts have encoded every character drawn. */
  private readonly parts: (string | TextRun)[] = [];
  private inText = false;
  private font: FontFace | null = null;
  private size = 0;
  private fill = '';
  private stroke = '';
  private lineWidth = -1;
  /** Where the current text line starts: `Td` moves relative to it. */
  private lineX = 0;
  private lineY = 0;

  text(font: FontFace, size: number, x: number, baseline: number, rgb: Rgb, text: string): void {
    if (text === '') return;
    font.use(text);
    if (!this.inText) {
      this.parts.push('BT\n');
      this.inText = true;
      this.lineX = 0;
      this.lineY = 0;
    }
    if (font !== this.font || size !== this.size) {
      this.parts.push(`/${font.resourceName} ${num(size)} Tf\n`);
      this.font = font;
      this.size = size;
    }
    this.setFill(rgb);
    const dx = round(x - this.lineX);
    const dy = round(baseline - this.lineY);
    this.lineX += dx;
    this.lineY += dy;
    this.parts.push(`${dx} ${dy} Td (`, { font, text }, ') Tj\n');
  }

  fillRect(x: number, y: number, width: number, height: number, rgb: Rgb): void {
    this.endText();
    this.setFill(rgb);
    this.parts.push(`${num(x)} ${num(y)} ${num(width)} ${num(height)} re f\n`);
  }

  strokeRect(x: number, y: number, width: number, height: number, rgb: Rgb, lineWidth: number): void {
    this.endText();
    this.setStroke(rgb, lineWidth);
    this.parts.push(`${num(x)} ${num(y)} ${num(width)} ${num(height)} re S\n`);
  }

  line(x1: number, y1: number, x2: number, y2: number, rgb: Rgb, lineWidth: number): void {
    this.endText();
    this.setStroke(rgb, lineWidth);
    this.parts.push(`${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S\n`);
  }

  image(resourceName: string, matrix: Matrix): void {
    this.endText();
    this.parts.push(`q ${matrix.map(num).join(' ')} cm /${resourceName} Do Q\n`);
  }

  /** The operators as bytes; every font must have been flushed (`FontFace.flush`). */
  toBytes(): Uint8Array {
    this.endText();
    let out = '';
    for (const part of this.parts) out += typeof part === 'string' ? part : part.font.literal(part.text);
    // Every character of `out` is one byte (operators are ASCII, glyph codes are bytes).
    const bytes = new Uint8Array(out.length);
    for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i);
    return bytes;
  }

  private endText(): void {
    if (!this.inText) return;
    this.parts.push('ET\n');
    this.inText = false;
  }

  private setFill(rgb: Rgb): void {
    const op = colour(rgb, 'rg');
    if (op !== this.fill) this.parts.push(op);
    this.fill = op;
  }

  private setStroke(rgb: Rgb, lineWidth: number): void {
    const op = colour(rgb, 'RG');
    if (op !== this.stroke) this.parts.push(op);
    this.stroke = op;
    if (lineWidth !== this.lineWidth) this.parts.push(`${num(lineWidth)} w\n`);
    this.lineWidth = lineWidth;
  }
}
