// Runs everywhere (pure). X.500 names for signing certificates: written as UTF8String so Korean names survive,
// read back from whatever string type another tool chose.
import * as asn1js from 'asn1js';
import { AttributeTypeAndValue, RelativeDistinguishedNames } from 'pkijs';

export const NameOids = {
  commonName: '2.5.4.3',
  organisation: '2.5.4.10',
  organisationalUnit: '2.5.4.11',
  title: '2.5.4.12',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  state: '2.5.4.8',
  email: '1.2.840.113549.1.9.1',
} as const;

/** Short labels as RFC 4514 and most tools (openssl, NSS) print them; unknown types print as their OID. */
const labels: Readonly<Record<string, string>> = {
  [NameOids.commonName]: 'CN',
  [NameOids.organisation]: 'O',
  [NameOids.organisationalUnit]: 'OU',
  [NameOids.title]: 'title',
  [NameOids.country]: 'C',
  [NameOids.locality]: 'L',
  [NameOids.state]: 'ST',
  [NameOids.email]: 'emailAddress',
};

export type NamePart = { readonly oid: string; readonly value: string };

/**
 * One attribute per RDN (pkijs would put them all in one multi-valued RDN, printed `CN=… + O=…`), each a
 * UTF8String (RFC 5280 asks for it; PrintableString cannot carry Hangul). Parts are given most general
 * first, the order DER names keep; empty parts are left out.
 */
export function buildName(parts: readonly NamePart[]): RelativeDistinguishedNames {
  const sequence = new asn1js.Sequence({
    value: parts
      .filter((part) => part.value.trim() !== '')
      .map((part) => new asn1js.Set({ value: [new AttributeTypeAndValue({ type: part.oid, value: new asn1js.Utf8String({ value: part.value }) }).toSchema()] })),
  });
  // Parsed back so pkijs keeps these exact bytes (its valueBeforeDecode) when it encodes the name again.
  return new RelativeDistinguishedNames({ schema: asn1js.fromBER(sequence.toBER(false)).result });
}

function valueText(value: unknown): string {
  // Every string type asn1js decodes (UTF8, Printable, BMP, Teletex, IA5, Universal) has getValue(): string;
  // checked by shape because their classes do not share one base.
  if (typeof value === 'object' && value !== null && 'getValue' in value && typeof value.getValue === 'function') {
    const text: unknown = value.getValue();
    if (typeof text === 'string') return text;
  }
  return '';
}

/** The first value of this attribute type in the name, or '' when absent. */
export function nameAttribute(name: RelativeDistinguishedNames, oid: string): string {
  const found = name.typesAndValues.find((tv) => tv.type === oid);
  return found ? valueText(found.value) : '';
}

/** A readable distinguished name, most specific first as RFC 4514 and pdfsig print it: `CN=김민지, O=…`. */
export function formatName(name: RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => `${labels[tv.type] ?? tv.type}=${valueText(tv.value)}`)
    .reverse()
    .join(', ');
}
