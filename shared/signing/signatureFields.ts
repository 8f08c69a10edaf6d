// Runs everywhere (pure). Finding signature fields and signature dictionaries in a loaded PDF through its object model.
import { PDFArray, PDFDict, PDFName, PDFRef } from '@cantoo/pdf-lib';
import type { PDFDocument, PDFObject } from '@cantoo/pdf-lib';
import { readText } from './pdfText';

export type FormField = {
  /** The fully qualified name: parents' partial names joined with dots. */
  readonly name: string;
  readonly dict: PDFDict;
  /** The field type, inherited from parents when the field does not say (PDF 32000 §12.7.3.1). */
  readonly type: string | null;
};

export type SignatureEntry = {
  readonly fieldName: string;
  readonly sig: PDFDict;
  readonly sigRef: PDFRef | null;
};

const maxDepth = 32;

function nameValue(value: PDFObject | undefined): string | null {
  return value instanceof PDFName ? value.decodeText() : null;
}

/** Every terminal field of the AcroForm (cycles and absurd depth are cut off: the file may be hostile). */
export function formFields(doc: PDFDocument): FormField[] {
  const context = doc.context;
  const acroForm = context.lookup(doc.catalog.get(PDFName.of('AcroForm')));
  if (!(acroForm instanceof PDFDict)) return [];
  const out: FormField[] = [];
  const seen = new Set<PDFObject>();
  const walk = (items: PDFObject | undefined, prefix: string, inheritedType: string | null, depth: number): void => {
    const array = context.lookup(items);
    if (!(array instanceof PDFArray) || depth > maxDepth) return;
    for (let i = 0; i < array.size(); i++) {
      const field = context.lookup(array.get(i));
      if (!(field instanceof PDFDict) || seen.has(field)) continue;
      seen.add(field);
      const partial = readText(context.lookup(field.get(PDFName.of('T'))));
      const name = partial === '' ? prefix : prefix === '' ? partial : `${prefix}.${partial}`;
      const type = nameValue(context.lookup(field.get(PDFName.of('FT')))) ?? inheritedType;
      const kids = context.lookup(field.get(PDFName.of('Kids')));
      // Kids without /T are widgets of this field, not fields of their own.
      const fieldKids = kids instanceof PDFArray && kids.asArray().some((kid) => {
        const k = context.lookup(kid);
        return k instanceof PDFDict && k.has(PDFName.of('T'));
      });
      if (fieldKids) walk(kids, name, type, depth + 1);
      else out.push({ name, dict: field, type });
    }
  };
  walk(acroForm.get(PDFName.of('Fields')), '', null, 0);
  return out;
}

function isSignatureDict(value: PDFObject | undefined): value is PDFDict {
  return value instanceof PDFDict && value.has(PDFName.of('ByteRange')) && value.has(PDFName.of('Contents'));
}

/** Signed signature fields (those with a value), in form order. */
export function signedFields(doc: PDFDocument): SignatureEntry[] {
  const out: SignatureEntry[] = [];
  for (const field of formFields(doc)) {
    if (field.type !== 'Sig') continue;
    const v = field.dict.get(PDFName.of('V'));
    const sig = doc.context.lookup(v);
    if (isSignatureDict(sig)) out.push({ fieldName: field.name, sig, sigRef: v instanceof PDFRef ? v : null });
  }
  return out;
}

/**
 * Every signature dictionary: those of signed fields, then any other object that looks like one (a
 * signature whose field was removed is still a signature a reader should hear about).
 */
export function allSignatures(doc: PDFDocument): SignatureEntry[] {
  const fromFields = signedFields(doc);
  const known = new Set<PDFDict>(fromFields.map((entry) => entry.sig));
  const orphans: SignatureEntry[] = [];
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (isSignatureDict(object) && !known.has(object)) {
      const type = nameValue(object.get(PDFName.of('Type')));
      if (type === null || type === 'Sig' || type === 'DocTimeStamp') orphans.push({ fieldName: '', sig: object, sigRef: ref });
    }
  }
  return [...fromFields, ...orphans];
}
