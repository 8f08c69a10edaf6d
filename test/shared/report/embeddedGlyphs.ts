// Test-time only (Node). Reads the subset fonts back out of a report and checks, for each character of its
// text, that the glyph drawn is the font's real glyph for it: present, not .notdef, the same outline.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';

type EmbeddedFont = { readonly name: string; readonly font: fontkit.Font; readonly cids: Map<number, number> };

function streamBytes(doc: PDFDocument, ref: unknown): Uint8Array {
  const stream = doc.context.lookup(ref as never);
  if (!(stream instanceof PDFRawStream)) throw new Error('not a stream');
  return decodePDFRawStream(stream).decode();
}

/** Code point to CID from a ToUnicode CMap (the bfchar entries pdf-lib writes, and bfrange for good measure). */
function unicodeToCid(cmap: string): Map<number, number> {
  const map = new Map<number, number>();
  const utf16 = (hex: string): number => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16))).codePointAt(0)!;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(utf16(m[2]!), parseInt(m[1]!, 16));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      for (let cid = parseInt(m[1]!, 16), cp = utf16(m[3]!); cid <= parseInt(m[2]!, 16); cid++, cp++) map.set(cp, cid);
    }
  }
  return map;
}

/** Every Type0 font in the PDF: its embedded TrueType subset (FontFile2) opened with fontkit, and its ToUnicode. */
export async function embeddedFonts(pdf: Uint8Array): Promise<EmbeddedFont[]> {
  const doc = await PDFDocument.load(pdf);
  const fonts: EmbeddedFont[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
    const descendant = doc.context.lookup(obj.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
    // Identity CIDToGIDMap: a CID is the subset's glyph id.
    const cidToGid = descendant.get(PDFName.of('CIDToGIDMap'))?.toString();
    if (cidToGid !== '/Identity') throw new Error(`CIDToGIDMap is ${cidToGid}, not /Identity`);
    const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const file = streamBytes(doc, descriptor.get(PDFName.of('FontFile2')));
    const cmap = new TextDecoder('latin1').decode(streamBytes(doc, obj.get(PDFName.of('ToUnicode'))));
    fonts.push({ name: obj.get(PDFName.of('BaseFont'))!.toString().slice(1), font: fontkit.create(Buffer.from(file)) as fontkit.Font, cids: unicodeToCid(cmap) });
  }
  return fonts;
}

/**
 * Problems found, empty when every character of `text` is drawn with the original font's glyph: the ToUnicode
 * maps it to a CID, and the subset's glyph at that CID has the original's advance, bounding box and outline.
 */
export async function glyphProblems(pdf: Uint8Array, text: string, originals: Readonly<Record<string, fontkit.Font>>): Promise<string[]> {
  const fonts = await embeddedFonts(pdf);
  const problems: string[] = [];
  const chars = [...new Set(text.normalize('NFC'))].filter((c) => c.trim() !== '');
  for (const char of chars) {
    const cp = char.codePointAt(0)!;
    const users = fonts.filter((f) => f.cids.has(cp));
    if (users.length === 0) problems.push(`"${char}" U+${cp.toString(16)} is in no font's ToUnicode`);
    for (const { name, font, cids } of users) {
      const original = originals[name.replace(/^[A-Z]{6}\+/, '')];
      if (!original) throw new Error(`no original for ${name}`);
      const want = original.glyphForCodePoint(cp);
      const cid = cids.get(cp)!;
      if (want.id === 0) problems.push(`"${char}" is .notdef in the original ${name}`);
      if (cid === 0) problems.push(`"${char}" is drawn as .notdef in ${name}`);
      try {
        const got = font.getGlyph(cid);
        const a = got.path.bbox;
        const b = want.path.bbox;
        const same =
          got.advanceWidth === want.advanceWidth &&
          got.path.commands.length === want.path.commands.length &&
          [a.minX - b.minX, a.minY - b.minY, a.maxX - b.maxX, a.maxY - b.maxY].every((d) => Math.abs(d) < 0.01);
        if (!same) problems.push(`"${char}" in ${name}: subset glyph ${cid} differs from the original glyph ${want.id}`);
      } catch (error) {
        problems.push(`"${char}" in ${name}: subset glyph ${cid} cannot be read (${String(error)})`);
      }
    }
  }
  return problems;
}
