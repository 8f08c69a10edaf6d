// Runs everywhere (pure). Table rows as JSON and back: what JSON cannot hold (bytes, Blobs, non-finite
// numbers) becomes a tagged object; binary values go to the data volumes and are referenced by index.

/** A binary value as the row holds it: bytes (Uint8Array) or a Blob with its media type. */
export type BinaryRef = { readonly index: number; readonly as: 'bytes' | 'blob'; readonly type: string };

export class UnsupportedValueError extends Error {
  constructor(readonly path: string, kind: string) {
    super(`The value at ${path} (${kind}) cannot be written to a backup.`);
    this.name = 'UnsupportedValueError';
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Keys of ours start with `$`; a row's own key that does is written with one more, so the two never meet. */
const escapeKey = (key: string): string => (key.startsWith('$') ? `$${key}` : key);
const unescapeKey = (key: string): string => (key.startsWith('$$') ? key.slice(1) : key);

/**
 * The row as JSON. Each Uint8Array or Blob is handed to `binary`, which returns its index among the
 * backup's binaries. Anything else that is not plain data (a CryptoKey, a Map, a Date) is refused,
 * so nothing is silently dropped.
 */
export function encodeRow(row: unknown, binary: (value: Uint8Array | Blob) => number, path = 'row'): Json {
  if (row === null || typeof row === 'string' || typeof row === 'boolean') return row;
  if (typeof row === 'number') return Number.isFinite(row) ? row : { $number: String(row) };
  if (typeof row !== 'object') throw new UnsupportedValueError(path, typeof row);
  if (Array.isArray(row)) return row.map((v: unknown, i) => (v === undefined ? null : encodeRow(v, binary, `${path}[${i}]`)));
  if (row instanceof Uint8Array) return { $binary: binary(row), as: 'bytes' };
  if (typeof Blob !== 'undefined' && row instanceof Blob) return { $binary: binary(row), as: 'blob', type: row.type };
  if (!isPlainObject(row)) throw new UnsupportedValueError(path, Object.prototype.toString.call(row));
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(row)) if (value !== undefined) out[escapeKey(key)] = encodeRow(value, binary, `${path}.${key}`);
  return out;
}

/** The row back from JSON; each binary reference becomes what `resolve` makes of it. */
export function decodeRow(json: unknown, resolve: (ref: BinaryRef) => unknown): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map((v: unknown) => decodeRow(v, resolve));
  const record = json as Record<string, unknown>;
  if (typeof record['$binary'] === 'number') {
    return resolve({ index: record['$binary'], as: record['as'] === 'blob' ? 'blob' : 'bytes', type: typeof record['type'] === 'string' ? record['type'] : '' });
  }
  if (typeof record['$number'] === 'string') return Number(record['$number']);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[unescapeKey(key)] = decodeRow(value, resolve);
  return out;
}

/**
 * A value that JSON.stringify turned from a Uint8Array into `{"0":1,"1":2,…}` (the pre-upgrade dump),
 * back as bytes; null when it is not one.
 */
export function bytesFromIndexedObject(value: unknown): Uint8Array<ArrayBuffer> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  const bytes = new Uint8Array(entries.length);
  for (const [key, byte] of entries) {
    const at = Number(key);
    if (!Number.isInteger(at) || at < 0 || at >= bytes.length || typeof byte !== 'number' || !Number.isInteger(byte) || byte < 0 || byte > 255) return null;
    bytes[at] = byte;
  }
  return bytes;
}
