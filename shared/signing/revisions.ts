// Runs everywhere (pure). What was appended after a signature: only later signatures, or changes to the document?
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';
import { bytesEqual } from './bytes';

/**
 * `none`: the signature covers the whole file (or only whitespace follows it).
 * `later-signatures-only`: everything after it is incremental updates that each add a signature and
 * nothing else (a new field, its widget and appearance, the form and page entries that list them).
 * `other-changes`: anything else after it, e.g. an edit to a page: the signed version is not what is shown.
 */
export type ModifiedAfter = 'none' | 'later-signatures-only' | 'other-changes';

const isWhitespace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/** The offset just past the last non-whitespace byte at or after `from`. */
export function trimmedEnd(bytes: Uint8Array, from: number): number {
  let end = bytes.length;
  while (end > from && isWhitespace(bytes[end - 1] ?? 0)) end--;
  return end;
}

/** Loads the file as it stood at a given length (a revision), once per length, and compares two revisions once per pair. */
export class Revisions {
  private readonly cache = new Map<number, Promise<PDFDocument | null>>();
  private readonly verdicts = new Map<string, Promise<boolean>>();
  constructor(private readonly bytes: Uint8Array) {}

  /**
   * Whether the revision ending at `end` only adds signatures to the one ending at `previous`. Every earlier
   * signature asks about the same pairs: answered once, a file with n signatures costs n comparisons, not n²/2.
   */
  onlyAddsSignatures(previous: number, end: number): Promise<boolean> {
    const key = `${previous}:${end}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = Promise.all([this.at(previous), this.at(end)]).then(([before, after]) => before !== null && after !== null && safely(() => onlyAddsSignatures(before.context, after.context)));
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  at(end: number): Promise<PDFDocument | null> {
    let doc = this.cache.get(end);
    if (!doc) {
      doc = PDFDocument.load(this.bytes.subarray(0, end), { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false }).catch(() => null);
      this.cache.set(end, doc);
    }
    return doc;
  }
}

/**
 * Classifies the bytes after a signature that ends at `signedEnd`, given where later signatures end.
 * Each later signature must end a revision, the last must end the file, and each revision may only
 * add a signature. The objects compared are those pdf-lib parses; like any reader we trust the file's
 * structure to be parseable, and a revision we cannot read counts as other changes.
 */
export async function classifyAppended(bytes: Uint8Array, signedEnd: number, laterEnds: readonly number[], revisions: Revisions): Promise<ModifiedAfter> {
  const fileEnd = trimmedEnd(bytes, signedEnd);
  if (fileEnd <= signedEnd) return 'none';
  const ends = [...new Set(laterEnds.map((end) => trimmedEnd(bytes.subarray(0, end), signedEnd)))].filter((end) => end > signedEnd).sort((a, b) => a - b);
  if (ends.at(-1) !== fileEnd) return 'other-changes';
  let previous = signedEnd;
  for (const end of ends) {
    if (!(await revisions.onlyAddsSignatures(previous, end))) return 'other-changes';
    previous = end;
  }
  return 'later-signatures-only';
}

/** A revision too broken to compare is not one we can vouch for. */
function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

function sameObject(a: PDFObject, b: PDFObject): boolean {
  if (a instanceof PDFRawStream && b instanceof PDFRawStream) return a.dict.toString() === b.dict.toString() && bytesEqual(a.getContents(), b.getContents());
  return a.toString() === b.toString();
}

function refNumber(value: PDFObject | undefined): number | null {
  return value instanceof PDFRef ? value.objectNumber : null;
}

function isSignatureWidgetOrField(context: PDFContext, value: PDFObject): boolean {
  const dict = context.lookup(value);
  if (!(dict instanceof PDFDict)) return false;
  let node: PDFDict | undefined = dict;
  // The field type may sit on a parent field (PDF 32000 §12.7.3.1).
  for (let depth = 0; node && depth < 8; depth++) {
    const ft = node.get(PDFName.of('FT'));
    if (ft instanceof PDFName) return ft.decodeText() === 'Sig';
    const parent: PDFObject | undefined = context.lookup(node.get(PDFName.of('Parent')));
    node = parent instanceof PDFDict ? parent : undefined;
  }
  return false;
}

/** An array that keeps every old entry, in order, and only appends signature fields or widgets new in this revision. */
function onlyAppendsSignatures(before: PDFContext, after: PDFContext, oldArray: PDFObject | undefined, newArray: PDFObject | undefined): boolean {
  const o = before.lookup(oldArray);
  const n = after.lookup(newArray);
  const oldItems = o instanceof PDFArray ? o.asArray() : o === undefined ? [] : null;
  if (oldItems === null || !(n instanceof PDFArray)) return false;
  const newItems = n.asArray();
  if (newItems.length < oldItems.length) return false;
  for (let i = 0; i < oldItems.length; i++) if (newItems[i]?.toString() !== oldItems[i]?.toString()) return false;
  return newItems.slice(oldItems.length).every((item) => item instanceof PDFRef && before.lookup(item) === undefined && isSignatureWidgetOrField(after, item));
}

/** Dictionaries equal except for `allowed` keys, each of which must pass its own check. */
function sameExcept(oldDict: PDFDict, newDict: PDFDict, allowed: Readonly<Record<string, (o: PDFObject | undefined, n: PDFObject | undefined) => boolean>>): boolean {
  const keys = new Set([...oldDict.keys(), ...newDict.keys()].map((k) => k.decodeText()));
  for (const key of keys) {
    const o = oldDict.get(PDFName.of(key));
    const n = newDict.get(PDFName.of(key));
    if (o !== undefined && n !== undefined && o.toString() === n.toString()) continue;
    const check = allowed[key];
    if (!check || !check(o, n)) return false;
  }
  return true;
}

function onlyAddsSignatures(before: PDFContext, after: PDFContext): boolean {
  // A new catalog, or a new Info dictionary, would be a new document wearing the old one's signatures.
  if (refNumber(before.trailerInfo.Root) !== refNumber(after.trailerInfo.Root)) return false;
  if (refNumber(before.trailerInfo.Info) !== refNumber(after.trailerInfo.Info)) return false;
  const catalogNumber = refNumber(after.trailerInfo.Root);

  const fields = (o: PDFObject | undefined, n: PDFObject | undefined): boolean => onlyAppendsSignatures(before, after, o, n);
  const acroFormChange = (o: PDFObject | undefined, n: PDFObject | undefined): boolean => {
    // An indirect AcroForm that stays the same object is checked on its own below.
    if (o instanceof PDFRef && n instanceof PDFRef) return o.objectNumber === n.objectNumber;
    const oldForm = before.lookup(o);
    const newForm = after.lookup(n);
    if (!(newForm instanceof PDFDict)) return false;
    if (o !== undefined && !(oldForm instanceof PDFDict)) return false;
    return sameExcept(oldForm instanceof PDFDict ? oldForm : PDFDict.withContext(before), newForm, { Fields: fields, SigFlags: () => true, DA: () => true, DR: () => true });
  };
  const oldAcroFormNumber = refNumber(before.lookup(before.trailerInfo.Root, PDFDict).get(PDFName.of('AcroForm')));

  for (const [ref, object] of after.enumerateIndirectObjects()) {
    const old = before.lookup(ref);
    if (old === undefined || sameObject(old, object)) continue;
    if (ref.objectNumber === catalogNumber && old instanceof PDFDict && object instanceof PDFDict) {
      if (sameExcept(old, object, { AcroForm: acroFormChange })) continue;
      return false;
    }
    if (ref.objectNumber === oldAcroFormNumber && old instanceof PDFDict && object instanceof PDFDict) {
      if (sameExcept(old, object, { Fields: fields, SigFlags: () => true, DA: () => true, DR: () => true })) continue;
      return false;
    }
    if (old instanceof PDFDict && object instanceof PDFDict && object.get(PDFName.of('Type'))?.toString() === '/Page') {
      if (sameExcept(old, object, { Annots: fields })) continue;
      return false;
    }
    // An indirect /Annots or /Fields array.
    if (old instanceof PDFArray && object instanceof PDFArray && onlyAppendsSignatures(before, after, old, object)) continue;
    return false;
  }
  return true;
}
