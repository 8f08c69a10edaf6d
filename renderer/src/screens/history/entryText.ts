// Runs in the renderer. How a change-history entry reads to a committee member: what it is about, which field,
// the values before and after, and what is wrong with a broken chain.
import type { TFunction } from 'i18next';
import { type AuditEntry, type AuditValue, WholeRow } from '../../../../shared/audit/entry';
import { isCapped } from '../../../../shared/audit/value';
import type { ChainProblem } from '../../../../shared/audit/verify';
import type { AssessmentView } from '../../hooks/useAssessment';
import { formatDate } from '../../i18n';
import type { Language } from '../../../../shared/i18n/localized';
import { packItems } from '../../../../shared/packs/schema';

type Named = Readonly<Record<string, unknown>>;
const isNamed = (value: unknown): value is Named => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Names of rows the log talks about, by entity and id: from the record as it stands, and from the log's own
 * created and removed entries for rows that are gone.
 */
export function rowNames(view: AssessmentView, entries: readonly AuditEntry[], lang: Language): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const name = (entity: string, row: Named): string => {
    if (entity === 'evidence') return text(row.caption) || (isNamed(row.file) ? text(row.file.fileName) : '');
    if (entity === 'action') return text(row.description);
    if (entity === 'meeting') return formatDate(text(row.date), lang);
    return text(row.name);
  };
  for (const entry of entries) {
    const row = entry.field === WholeRow ? (entry.new ?? entry.old) : null;
    if (isNamed(row)) names.set(`${entry.entity}/${entry.entityId}`, name(entry.entity, row));
  }
  for (const e of view.evidence) names.set(`evidence/${e.id}`, name('evidence', e));
  for (const a of view.actions) names.set(`action/${a.id}`, name('action', a));
  for (const m of view.meetings) names.set(`meeting/${m.id}`, name('meeting', m));
  for (const list of [view.assessment.systems, view.assessment.participants]) for (const row of list) names.set(`row/${row.id}`, row.name);
  return names;
}

const knownEntities = new Set(['assessment', 'answer', 'evidence', 'positions', 'action', 'meeting', 'survey']);

/** "Answer: <question>", "Action: <description>", "Assessment details". */
export function subjectOf(entry: AuditEntry, view: AssessmentView, names: ReadonlyMap<string, string>, lang: Language, t: TFunction): string {
  const label = knownEntities.has(entry.entity) ? t(`history.entity.${entry.entity}`) : entry.entity;
  if (entry.entity === 'assessment') return label;
  if (entry.entity === 'answer' || entry.entity === 'positions') {
    const [packId, itemId] = entry.entityId.split('/');
    const pack = view.packs.find((p) => p.id === packId);
    const item = pack && packItems(pack).find((i) => i.id === itemId);
    return `${label}: ${item?.question[lang] ?? itemId ?? entry.entityId}`;
  }
  const name = names.get(`${entry.entity}/${entry.entityId}`);
  return name ? `${label}: ${name}` : `${label} ${entry.entityId.slice(0, 8)}`;
}

/** The field as a path of names: ids of AI systems and participants become their names. */
export function fieldOf(entry: AuditEntry, names: ReadonlyMap<string, string>, t: TFunction): string {
  if (entry.field === WholeRow) return entry.old === null ? t('history.created') : entry.new === null ? t('history.removed') : '';
  return entry.field
    .split('.')
    .map((segment) => {
      const name = names.get(`row/${segment}`);
      return name ? `“${name}”` : segment;
    })
    .join(' › ');
}

const isEmpty = (value: unknown): boolean =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0) || (isNamed(value) && Object.keys(value).length === 0);

/** A row or part of one as "field: value" lines, empty fields and ids left out: readable where JSON is not. */
function lines(value: unknown, path: string, out: string[]): void {
  if (isNamed(value)) {
    for (const [key, member] of Object.entries(value)) if (key !== 'id' && !isEmpty(member)) lines(member, path ? `${path} › ${key}` : key, out);
    return;
  }
  const shown = Array.isArray(value) ? value.map((e) => (isNamed(e) ? Object.values(e).filter((v) => !isEmpty(v)).join(' ') : String(e))).join('; ') : String(value);
  out.push(path ? `${path}: ${shown}` : shown);
}

export function valueText(value: AuditValue, t: TFunction): string {
  if (value === null) return '—';
  if (isCapped(value)) return t('history.capped', { chars: value.$capped.chars, preview: value.$capped.preview, hash: value.$capped.sha256.slice(0, 16) });
  if (typeof value === 'string') return value === '' ? t('history.emptyText') : value;
  if (typeof value !== 'object') return String(value);
  const out: string[] = [];
  lines(value, '', out);
  return out.length === 0 ? t('history.emptyText') : out.join('\n');
}

export function problemText(problem: ChainProblem, t: TFunction): string {
  if (problem.kind === 'removed') {
    return problem.count === 1 ? t('history.problem.removed', { seq: problem.seq }) : t('history.problem.removedMany', { from: problem.seq, to: problem.seq + problem.count - 1 });
  }
  return t(`history.problem.${problem.kind}`, { seq: problem.seq });
}
