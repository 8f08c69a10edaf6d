// Runs everywhere (pure). Field-level changes between a row as it was and as it is written: what the log records.
import { canonicalJson } from '../format/canonicalJson';
import { type AuditChange, type AuditEntity, WholeRow } from './entry';

/**
 * Bookkeeping, left out at any depth: timestamps and counters the app keeps by itself, the re-check mark any
 * edit clears, and the owning assessment (every entry names it).
 */
const Bookkeeping: ReadonlySet<string> = new Set(['updatedAt', 'createdAt', 'addedAt', 'answeredCount', 'recheck', 'assessmentId']);

type Plain = Readonly<Record<string, unknown>>;
const isPlain = (value: unknown): value is Plain => value !== null && typeof value === 'object' && !Array.isArray(value);
/** Lists of rows with ids (AI systems, participants): compared per id, so editing one system names it. */
const isIdList = (value: unknown): value is readonly { readonly id: string }[] => Array.isArray(value) && value.every((e) => isPlain(e) && typeof e.id === 'string');
const join = (path: string, key: string): string => (path === WholeRow ? key : `${path}.${key}`);

/** The row without bookkeeping, for entries about a whole row. */
function withoutBookkeeping(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBookkeeping);
  if (!isPlain(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !Bookkeeping.has(key)).map(([key, member]) => [key, withoutBookkeeping(member)]));
}

function diffValue(path: string, before: unknown, after: unknown, out: { field: string; old: unknown; new: unknown }[]): void {
  if (before === after) return;
  if (isPlain(before) && isPlain(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      if (!Bookkeeping.has(key)) diffValue(join(path, key), before[key], after[key], out);
    }
    return;
  }
  if (isIdList(before) && isIdList(after)) {
    const was = new Map(before.map((row) => [row.id, row]));
    const now = new Map(after.map((row) => [row.id, row]));
    for (const id of [...new Set([...was.keys(), ...now.keys()])]) diffValue(join(path, id), was.get(id) ?? null, now.get(id) ?? null, out);
    return;
  }
  const old = withoutBookkeeping(before ?? null);
  const next = withoutBookkeeping(after ?? null);
  if (canonicalJson(old) !== canonicalJson(next)) out.push({ field: path, old, new: next });
}

/**
 * The changes from `before` to `after` of one row: one per changed field (dotted path), or one about the
 * whole row when it is created (`before` null) or removed (`after` null). Bookkeeping changes give none.
 */
export function diffRows(entity: AuditEntity, entityId: string, before: unknown, after: unknown): AuditChange[] {
  const out: { field: string; old: unknown; new: unknown }[] = [];
  if (before === null || before === undefined || after === null || after === undefined) {
    if ((before ?? null) !== (after ?? null)) out.push({ field: WholeRow, old: withoutBookkeeping(before ?? null), new: withoutBookkeeping(after ?? null) });
  } else {
    diffValue(WholeRow, before, after, out);
  }
  return out.map((change) => ({ entity, entityId, ...change }));
}
