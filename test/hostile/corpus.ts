// Test-time only (Node). Building blocks of the hostile-input corpus: cuts, deep nesting, prototype keys, oversized
// text, and the checks every case ends with (settled in time, no unhandled rejection, no prototype pollution).
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/** Every case must settle within this (the brief's limit for a hostile file: refused, not hung). */
export const TimeLimitMs = 5_000;

/** One hostile input and what the importer must make of it; `expected` is the importer's own shape. */
export type HostileCase<Input, Expected> = { readonly name: string; readonly input: () => Input | Promise<Input>; readonly expected: Expected };

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** The PNG signature and a header chunk: a real image's first bytes, to hand to importers that expect something else. */
export const PngBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]);
/** A minimal PDF header and body (not a valid document). */
export const PdfBytes = utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
/** The start of a ZIP archive (a local file header). */
export const ZipHeadBytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0]);
/** "가나다,라마" in CP949 (EUC-KR), as an old Korean Excel saves a CSV. */
export const Cp949Bytes = Uint8Array.from([0xb0, 0xa1, 0xb3, 0xaa, 0xb4, 0xd9, 0x2c, 0xb6, 0xf3, 0xb8, 0xb6, 0x0a]);

/**
 * Offsets worth cutting a file at: the start, one byte in, just before and after each occurrence of each
 * marker (where a structure opens or closes), the middle, and one byte before the end.
 */
export function cutsOf(bytes: Uint8Array, markers: readonly string[], perMarker = 3): number[] {
  const text = new TextDecoder('latin1').decode(bytes);
  const cuts = new Set<number>([0, 1, Math.floor(bytes.length / 2), bytes.length - 1]);
  for (const marker of markers) {
    let from = 0;
    for (let n = 0; n < perMarker; n++) {
      const at = text.indexOf(marker, from);
      if (at < 0) break;
      cuts.add(at);
      cuts.add(at + marker.length);
      from = at + 1;
    }
  }
  return [...cuts].filter((cut) => cut >= 0 && cut < bytes.length).sort((a, b) => a - b);
}

/** JSON nested `depth` levels deep: arrays (`[[[...]]]`) or objects (`{"a":{"a":...}}`), around `inner`. */
export function deepJson(depth: number, kind: 'array' | 'object', inner = '1'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = readonly (string | number)[];

/**
 * The paths of every object "level" of a JSON value: the root and each object reached through keys and the
 * first element of each array (later elements repeat the same shape).
 */
export function objectLevels(value: unknown, path: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) return value.length > 0 ? objectLevels(value[0], [...path, 0]) : [];
  if (value === null || typeof value !== 'object') return [];
  return [path, ...Object.entries(value).flatMap(([key, child]) => objectLevels(child, [...path, key]))];
}

/** What a pollution attempt would leave on Object.prototype. */
export const PollutionKey = 'polluted';

/**
 * JSON text of `value` with `__proto__`, `constructor` and `prototype` keys added to the object at `path`,
 * each carrying `{"polluted": "yes"}` (the shapes a merge or a naive reader would copy onto a prototype).
 */
export function withPrototypeKeys(value: unknown, path: JsonPath): string {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  let target: Json = copy;
  for (const step of path) target = (target as Record<string | number, Json>)[step]!;
  const payload = { [PollutionKey]: 'yes' };
  // defineProperty makes an own "__proto__" key, as JSON.parse does; assignment would set the prototype instead.
  Object.defineProperty(target, '__proto__', { value: payload, enumerable: true, configurable: true, writable: true });
  Object.assign(target as object, { constructor: { prototype: payload }, prototype: payload });
  return JSON.stringify(copy);
}

/** A copy of `value` with the string at `path` replaced by `text`. */
export function withValueAt(value: unknown, path: JsonPath, replacement: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  let target: Json = copy;
  for (const step of path.slice(0, -1)) target = (target as Record<string | number, Json>)[step]!;
  (target as Record<string | number, unknown>)[path.at(-1)!] = replacement;
  return copy;
}

/** `<script>` and other markup that must stay text wherever it is shown. */
export const MarkupPayloads = [
  '<script>window.__hostileRan = true</script>',
  '<img src=x onerror="window.__hostileRan = true">',
  '"><svg onload="window.__hostileRan = true">',
  '<a href="javascript:window.__hostileRan = true">click</a>',
] as const;

const prototypeSnapshot = (): string =>
  JSON.stringify([Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) => Object.getOwnPropertyNames(proto).sort()));

/** Fails when anything was added to the built-in prototypes (compared with the state at the start). */
export function expectNoPollution(baseline: string): void {
  expect((({}) as Record<string, unknown>)[PollutionKey]).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)[PollutionKey]).toBeUndefined();
  expect(prototypeSnapshot()).toBe(baseline);
}

/**
 * Installs the per-case checks for a test file: no unhandled rejection or uncaught exception during the
 * case, and no prototype pollution after it. Returns nothing; call once at the top of a test file.
 */
export function guardEveryCase(): void {
  const baseline = prototypeSnapshot();
  const unhandled: unknown[] = [];
  const onReason = (reason: unknown): void => void unhandled.push(reason);
  beforeAll(() => {
    process.on('unhandledRejection', onReason);
    process.on('uncaughtException', onReason);
  });
  afterAll(() => {
    process.off('unhandledRejection', onReason);
    process.off('uncaughtException', onReason);
  });
  afterEach(async () => {
    // Rejections are reported after the microtask queue drains.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled.map(String)).toEqual([]);
    expectNoPollution(baseline);
  });
}

/** Runs `work`, failing when it takes longer than the limit; returns what it gave. */
export async function withinLimit<T>(work: () => T | Promise<T>, limitMs = TimeLimitMs): Promise<T> {
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  expect(ms, `took ${Math.round(ms)} ms`).toBeLessThan(limitMs);
  return value;
}

/** The line every test file prints (and count.ts adds up per importer): how many hostile cases an importer meets, and where when it says. */
export function caseCountTitle(importer: string, count: number, where?: string): string {
  return `${importer}: ${count} hostile cases${where ? ` (${where})` : ''}`;
}
