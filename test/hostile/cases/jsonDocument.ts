// Test-time only (Node). Hostile variants of any versioned JSON document the app reads (limits tables, instrument
// results, checklist packs), built around one valid sample: every case is refused with a message, or read as text.
import { Cp949Bytes, cutsOf, deepJson, type HostileCase, type JsonPath, MarkupPayloads, objectLevels, PdfBytes, PngBytes, utf8, withPrototypeKeys, withValueAt, ZipHeadBytes } from '../corpus';

/** `refused`: not read, with a message matching. `read`: read, and the text at `path` kept exactly as written (when given). */
export type JsonExpected = { readonly refused: RegExp } | { readonly read: true; readonly path?: JsonPath; readonly text?: string };

export type JsonCase = HostileCase<Uint8Array, JsonExpected>;

export type JsonDocumentSpec = {
  readonly sample: unknown;
  /** Where the format version is, and the one after the newest this build reads. */
  readonly versionPath: JsonPath;
  readonly newerVersion: number;
  /** Text fields with a maximum length, and one length over it. */
  readonly oversized: readonly (readonly [string, JsonPath, number])[];
  /** A text field markup may go into (it is data, shown as text). */
  readonly textPath: JsonPath;
  /** What the reader says: for text that is not JSON, for JSON of another kind, for a newer version, for a damaged document. */
  readonly says: { readonly notJson: RegExp; readonly otherKind: RegExp; readonly newer: RegExp; readonly damaged: RegExp };
};

export function jsonDocumentCases(spec: JsonDocumentSpec): JsonCase[] {
  const { sample, says } = spec;
  const text = JSON.stringify(sample, null, 2);
  const bytes = utf8(text);
  const cases: JsonCase[] = [];
  const add = (name: string, input: () => Uint8Array, expected: JsonExpected): void => void cases.push({ name, input, expected });
  const json = (value: unknown): Uint8Array => utf8(JSON.stringify(value));
  const refused = (message: RegExp): JsonExpected => ({ refused: message });

  add('the sample as written (baseline)', () => bytes, { read: true });
  for (const cut of cutsOf(bytes, ['{', '[', '"', '}'], 2)) add(`cut at byte ${cut} of ${bytes.length}`, () => bytes.subarray(0, cut), refused(says.notJson));

  add('an empty file', () => new Uint8Array(0), refused(says.notJson));
  add('a PNG image', () => PngBytes, refused(says.notJson));
  add('a PDF', () => PdfBytes, refused(says.notJson));
  add('a ZIP archive', () => ZipHeadBytes, refused(says.notJson));
  add('a CSV in CP949', () => Cp949Bytes, refused(says.notJson));
  add('JSON null', () => utf8('null'), refused(says.otherKind));
  add('a JSON array', () => utf8('[]'), refused(says.otherKind));
  add('a JSON string', () => utf8('"hello"'), refused(says.otherKind));
  add('an assessment file', () => json({ format: 'jointcheck-assessment', formatVersion: 2 }), refused(says.otherKind));

  add('the next format version', () => json(withValueAt(sample, spec.versionPath, spec.newerVersion)), refused(says.newer));
  add('format version 0', () => json(withValueAt(sample, spec.versionPath, 0)), refused(says.damaged));
  add('format version -1', () => json(withValueAt(sample, spec.versionPath, -1)), refused(says.damaged));
  // No reader writes a fractional version: either message is right.
  add('format version 1.5', () => json(withValueAt(sample, spec.versionPath, 1.5)), refused(new RegExp(`${says.damaged.source}|${says.newer.source}`)));
  add('the format version as text', () => json(withValueAt(sample, spec.versionPath, '1')), refused(new RegExp(`${says.otherKind.source}|${says.damaged.source}`)));

  for (const [what, path, length] of spec.oversized) add(`${what} of ${length} characters`, () => json(withValueAt(sample, path, 'x'.repeat(length))), refused(says.damaged));

  add('100,000 nested arrays', () => utf8(deepJson(100_000, 'array')), refused(says.otherKind));
  add('100,000 nested objects', () => utf8(deepJson(100_000, 'object')), refused(says.otherKind));
  add('100,000 nested arrays in a text field', () => utf8(JSON.stringify(withValueAt(sample, spec.textPath, '@deep@')).replace('"@deep@"', deepJson(100_000, 'array'))), refused(says.damaged));
  add('100,000 nested objects as an extra field', () => utf8(JSON.stringify(sample).replace(/^\{/, `{"deep":${deepJson(100_000, 'object')},`)), refused(says.damaged));

  for (const path of objectLevels(sample)) add(`prototype keys at ${path.join('.') || 'the top'}`, () => utf8(withPrototypeKeys(sample, path)), refused(says.damaged));

  for (const payload of MarkupPayloads) add(`markup as text: ${payload}`, () => json(withValueAt(sample, spec.textPath, payload)), { read: true, path: spec.textPath, text: payload });
  return cases;
}
