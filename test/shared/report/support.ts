// Test-time only (Node). Poppler and qpdf, run on built reports: text, info, fonts, word boxes and rendered pages.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { scratch as scratchDir } from '../../support/scratch';

function run(command: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' }, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder per test file; set KEEP_REPORT_FILES to keep the PDFs. */
export const scratch = (): ((name: string, bytes?: Uint8Array) => string) => scratchDir('report', 'KEEP_REPORT_FILES');

export function qpdfCheck(path: string): { readonly status: number | null; readonly output: string } {
  const { status, stdout, stderr } = run('qpdf', ['--check', path]);
  return { status, output: stdout + stderr };
}

/** The text of one page, or of the whole document. */
export function pdftotext(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { status, stdout, stderr } = run('pdftotext', [...range, path, '-']);
  if (status !== 0) throw new Error(`pdftotext failed: ${stderr}`);
  return stdout;
}

export function pdfinfo(path: string): Record<string, string> {
  const { status, stdout, stderr } = run('pdfinfo', [path]);
  if (status !== 0) throw new Error(`pdfinfo failed: ${stderr}`);
  const fields = stdout.split('\n').map((line) => /^([^:]+):\s*(.*)$/.exec(line));
  return Object.fromEntries(fields.flatMap((m) => (m ? [[m[1]!.trim(), m[2]!.trim()]] : [])));
}

export type PdfFont = { readonly name: string; readonly type: string; readonly embedded: boolean; readonly subset: boolean; readonly unicode: boolean };

export function pdffonts(path: string): PdfFont[] {
  const { status, stdout, stderr } = run('pdffonts', [path]);
  if (status !== 0) throw new Error(`pdffonts failed: ${stderr}`);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: m[1]!, type: m[2]!.trim(), embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
    });
}

const xmlEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => xmlEntities[name]!);

export type Word = { readonly page: number; readonly text: string; readonly xMin: number; readonly yMin: number; readonly xMax: number; readonly yMax: number };

/** Every word with its box, in points from the page's top left (pdftotext -bbox). */
export function words(path: string): Word[] {
  const { status, stdout, stderr } = run('pdftotext', ['-bbox', path, '-']);
  if (status !== 0) throw new Error(`pdftotext -bbox failed: ${stderr}`);
  const out: Word[] = [];
  let page = 0;
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: unescapeXml(m[5]!) });
  }
  return out;
}

export type GreyImage = { readonly width: number; readonly height: number; readonly pixels: Uint8Array; readonly png: string };

/**
 * Renders one page twice: a PNG for a person to look at, and a greyscale PGM the test reads pixels from
 * (no image decoder needed). `dpi` 60 as the project's other render checks.
 */
export function renderPage(pdfPath: string, page: number, outPrefix: string, dpi = 60): GreyImage {
  const common = ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath];
  const png = run('pdftoppm', ['-png', ...common, outPrefix]);
  if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.stderr}`);
  const pgm = run('pdftoppm', ['-gray', ...common, `${outPrefix}-grey`]);
  if (pgm.status !== 0) throw new Error(`pdftoppm failed: ${pgm.stderr}`);
  const bytes = readFileSync(`${outPrefix}-grey.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 32).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(bytes.subarray(header[0].length, header[0].length + width * height)), png: `${outPrefix}.png` };
}

/** Share of pixels darker than near-white in a rectangle given in PDF points (origin bottom left). */
export function inkIn(image: GreyImage, dpi: number, rect: { x: number; y: number; width: number; height: number }, pageHeight: number): number {
  const s = dpi / 72;
  const x0 = Math.ceil(rect.x * s);
  const x1 = Math.floor((rect.x + rect.width) * s);
  const y0 = Math.ceil((pageHeight - rect.y - rect.height) * s);
  const y1 = Math.floor((pageHeight - rect.y) * s);
  let ink = 0;
  let all = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      all++;
      if (image.pixels[y * image.width + x]! < 240) ink++;
    }
  }
  return all === 0 ? 0 : ink / all;
}

/** Words outside the flow's band that are not the running header or footer: should be none. */
export function misplacedWords(path: string, pageHeight = 841.89, pageWidth = 595.28, margin = 48): string[] {
  return words(path)
    .filter((w) => {
      const inHeader = w.yMax <= 36;
      const inFooter = w.yMin >= pageHeight - 36;
      const inFlow = w.yMin >= margin - 1 && w.yMax <= pageHeight - margin + 1;
      return !(inHeader || inFooter || inFlow) || w.xMin < margin - 1 || w.xMax > pageWidth - margin + 1;
    })
    .map((w) => `page ${w.page}: "${w.text}" at x ${w.xMin}-${w.xMax}, y ${w.yMin}-${w.yMax}`);
}

/**
 * The rows of a report table, read back from word boxes: each row starts at a word of the first column matching
 * `anchor` ("A1", "E12") and runs to the next one; its words are grouped into the columns whose headers'
 * first words are `headers`, each cell's words in reading order. pdftotext's own reading order interleaves
 * cells, so a test cannot check a row's content from plain text.
 */
export function tableRows(path: string, headers: readonly string[], anchor: RegExp): { readonly page: number; readonly cells: string[] }[] {
  const all = words(path);
  const rows: { page: number; cells: string[] }[] = [];
  for (const page of new Set(all.map((w) => w.page))) {
    const onPage = all.filter((w) => w.page === page);
    // The header row: the headers' first words side by side on one line.
    const head = onPage
      .filter((w) => w.text === headers[0]!.split(' ')[0])
      .map((first) => headers.map((h) => onPage.find((w) => w.text === h.split(' ')[0] && Math.abs(w.yMin - first.yMin) < 2)))
      .find((row) => row.every((w) => w !== undefined));
    if (!head) continue;
    const starts = head.map((h) => h!.xMin - 2);
    const anchors = onPage.filter((w) => w.yMin > head[0]!.yMax && w.xMin < starts[1]! && anchor.test(w.text)).sort((a, b) => a.yMin - b.yMin);
    anchors.forEach((a, i) => {
      const bottom = anchors[i + 1]?.yMin ?? Infinity;
      const below = onPage.filter((w) => w.yMin >= a.yMin - 2 && w.yMin < bottom - 2 && w.yMax <= 841.89 - 36).sort((p, q) => p.yMin - q.yMin);
      // The table ends where the lines stop following each other closely (the gap before the next heading).
      const end = below.findIndex((w, j) => j > 0 && w.yMin - below[j - 1]!.yMin > 20);
      const band = end < 0 ? below : below.slice(0, end);
      const cells = starts.map((x, c) =>
        band
          .filter((w) => w.xMin >= x && w.xMin < (starts[c + 1] ?? Infinity))
          .sort((p, q) => (Math.abs(p.yMin - q.yMin) < 2 ? p.xMin - q.xMin : p.yMin - q.yMin))
          .map((w) => w.text)
          .join(' '),
      );
      rows.push({ page, cells });
    });
  }
  return rows;
}
