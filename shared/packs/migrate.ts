// Runs everywhere (pure). Moving an assessment from one version of a checklist pack to a newer one: what
// carries over by item id, what was reworded, what is new, what was retired, and the bundle afterwards.
import { sha256 } from '@noble/hashes/sha2';
import { type Answer, type AssessmentId, isAnswered } from '../domain/assessment';
import type { Action, Actor, Evidence, Positions, SidePosition } from '../domain/record';
import type { AssessmentBundle } from '../format/assessmentFile';
import type { Language } from '../i18n/localized';
import { reportStrings } from '../report/strings';
import { toHex } from '../signing/bytes';
import { currentPacks } from './registry';
import { type AnswerType, type Item, type Pack, type PackRef, packItems, StandardAnswers } from './schema';

/** How an item present in both versions changed. */
export type ItemChange = 'same' | 'reworded' | 'answer-type-changed';

export type CarriedItem = {
  readonly itemId: string;
  readonly change: ItemChange;
  /** Whether the assessment holds an answer for it (carried over as it is). */
  readonly answered: boolean;
  /** The answer no longer fits the new answer type, so it moves to the summary and the item starts unanswered. */
  readonly answerDropped: boolean;
};

export type RetiredItem = {
  readonly itemId: string;
  readonly question: Item['question'];
  readonly answer: Answer | null;
  readonly positions: Positions | null;
  /** Evidence and actions that pointed at the item; afterwards they belong to the assessment as a whole. */
  readonly evidence: readonly Evidence[];
  readonly actions: readonly Action[];
};

export type PackMigrationPlan = {
  readonly assessmentId: AssessmentId;
  readonly packId: string;
  readonly fromVersion: number;
  readonly toVersion: number;
  /** Items of both versions, in the new version's order. */
  readonly carried: readonly CarriedItem[];
  /** Items only the new version has: they start unanswered. */
  readonly added: readonly string[];
  /** Items only the old version had; whatever was recorded for them goes into the summary note. */
  readonly retired: readonly RetiredItem[];
};

/** The newest built-in version of each pinned pack that is newer than the pinned one. */
export function newerPackVersions(pinned: readonly PackRef[]): { readonly packId: string; readonly from: number; readonly to: number }[] {
  const newest = new Map(currentPacks().map((p) => [p.id, p.version]));
  return pinned.flatMap(({ packId, version }) => {
    const to = newest.get(packId);
    return to !== undefined && to > version ? [{ packId, from: version, to }] : [];
  });
}

const sameText = (a: Item['question'], b: Item['question']): boolean => a.en === b.en && a.ko === b.ko;

function changeOf(before: Item, after: Item): ItemChange {
  if (JSON.stringify(before.answerType) !== JSON.stringify(after.answerType)) return 'answer-type-changed';
  return sameText(before.question, after.question) ? 'same' : 'reworded';
}

/** Whether a stored value is still a valid answer under `type`. */
function fitsAnswerType(value: Answer['value'], type: AnswerType): boolean {
  if (value === null) return true;
  switch (type.kind) {
    case 'standard':
      return typeof value === 'string' && (StandardAnswers as readonly string[]).includes(value);
    case 'choice':
      return type.options.some((o) => o.id === value);
    case 'number':
      return typeof value === 'number' && (type.min === undefined || value >= type.min) && (type.max === undefined || value <= type.max);
    case 'text':
      return typeof value === 'string';
  }
}

/**
 * What moving the assessment's answers from `fromPack` to `toPack` (two versions of one pack) would do.
 * Items are matched by id, which published versions keep stable; nothing is changed.
 */
export function planPackMigration(bundle: AssessmentBundle, fromPack: Pack, toPack: Pack): PackMigrationPlan {
  if (fromPack.id !== toPack.id) throw new TypeError(`${fromPack.id} and ${toPack.id} are different packs`);
  if (toPack.version <= fromPack.version) throw new TypeError(`version ${toPack.version} of ${toPack.id} is not newer than version ${fromPack.version}`);
  const pinned = bundle.assessment.packs.find((p) => p.packId === fromPack.id);
  if (pinned?.version !== fromPack.version) throw new TypeError(`the assessment is not answered against ${fromPack.id} version ${fromPack.version}`);
  const ofPack = <T extends { readonly packId: string; readonly itemId: string }>(rows: readonly T[]): Map<string, T> =>
    new Map(rows.filter((r) => r.packId === fromPack.id).map((r) => [r.itemId, r]));
  const answers = ofPack(bundle.answers);
  const positions = ofPack(bundle.positions);
  const oldItems = new Map(packItems(fromPack).map((i) => [i.id, i]));
  const newIds = new Set(packItems(toPack).map((i) => i.id));

  const carried: CarriedItem[] = [];
  const added: string[] = [];
  for (const item of packItems(toPack)) {
    const before = oldItems.get(item.id);
    if (!before) {
      added.push(item.id);
      continue;
    }
    const answer = answers.get(item.id);
    carried.push({
      itemId: item.id,
      change: changeOf(before, item),
      answered: isAnswered(answer),
      answerDropped: answer !== undefined && !fitsAnswerType(answer.value, item.answerType),
    });
  }
  const onItem = (ref: Evidence['item'], itemId: string): boolean => ref?.packId === fromPack.id && ref.itemId === itemId;
  const retired = packItems(fromPack)
    .filter((item) => !newIds.has(item.id))
    .map(
      (item): RetiredItem => ({
        itemId: item.id,
        question: item.question,
        answer: answers.get(item.id) ?? null,
        positions: positions.get(item.id) ?? null,
        evidence: bundle.evidence.filter((e) => onItem(e.item, item.id)),
        actions: bundle.actions.filter((a) => onItem(a.item, item.id)),
      }),
    );
  return { assessmentId: bundle.assessment.id, packId: fromPack.id, fromVersion: fromPack.version, toVersion: toPack.version, carried, added, retired };
}

export type MigrationOptions = {
  /** ISO instant stamped on what changes. */
  readonly now: string;
  /** The language of the summary note. */
  readonly lang: Language;
  /** The member at the keyboard, named as the one who added the summary note. */
  readonly by: Actor;
  /** Id of the summary note's evidence row. */
  readonly summaryId: string;
};

/** The migration summary, kept as a text document among the assessment's evidence (so reports and packs carry it). */
export type MigrationSummary = { readonly evidence: Evidence; readonly bytes: Uint8Array<ArrayBuffer>; readonly text: string };

export type MigratedBundle = { readonly bundle: AssessmentBundle; readonly summary: MigrationSummary };

const summaryWords = {
  en: {
    caption: (title: string, from: number, to: number) => `Checklist update: ${title}, version ${from} to ${to}`,
    heading: (title: string, from: number, to: number, date: string) => `${title}: moved from version ${from} to version ${to} on ${date}.`,
    reworded: 'Reworded (answers kept, marked for a second look):',
    dropped: 'Answer type changed (the earlier answer no longer fits and is kept here; the item starts unanswered):',
    added: 'New items (unanswered):',
    retired: 'Retired items (no longer in the checklist; what was recorded is kept here):',
    none: 'none',
    answer: 'Answer',
    note: 'Note',
    risk: 'Risk rating',
    worker: 'Worker side',
    employer: 'Employer side',
    outcome: 'Outcome',
    evidence: 'Evidence now filed under the assessment as a whole',
    actions: 'Actions now filed under the assessment as a whole',
    nothing: 'Nothing was recorded for this item.',
  },
  ko: {
    caption: (title: string, from: number, to: number) => `체크리스트 개정: ${title}, 버전 ${from}에서 ${to}로`,
    heading: (title: string, from: number, to: number, date: string) => `${title}: ${date}에 버전 ${from}에서 버전 ${to}로 옮겼습니다.`,
    reworded: '문구가 바뀐 항목(답변 유지, 다시 확인 표시):',
    dropped: '답변 형식이 바뀐 항목(이전 답변이 맞지 않아 여기에 보관하고, 항목은 미답변으로 시작):',
    added: '새 항목(미답변):',
    retired: '폐지된 항목(체크리스트에서 빠짐, 기록 내용은 여기에 보관):',
    none: '없음',
    answer: '답변',
    note: '메모',
    risk: '위험성 평가',
    worker: '근로자 측',
    employer: '사용자 측',
    outcome: '결론',
    evidence: '이제 평가 전체에 속하는 증거 자료',
    actions: '이제 평가 전체에 속하는 조치',
    nothing: '이 항목에 기록된 내용이 없습니다.',
  },
} as const;

/** The caption of the summary note the move adds to the evidence, so a screen can say where to find it. */
export function migrationSummaryCaption(toPack: Pack, fromVersion: number, lang: Language): string {
  return summaryWords[lang].caption(toPack.title[lang], fromVersion, toPack.version);
}

/** A stored answer in words: the standard answer's label, the choice's label, a number with its unit, or the text. */
export function answerWords(item: Item, value: Answer['value'], lang: Language): string {
  const type = item.answerType;
  if (type.kind === 'standard' && typeof value === 'string' && (StandardAnswers as readonly string[]).includes(value)) return reportStrings(lang).answers[value as (typeof StandardAnswers)[number]];
  if (type.kind === 'choice') return type.options.find((o) => o.id === value)?.label[lang] ?? String(value);
  if (type.kind === 'number' && type.unit) return `${value} ${type.unit[lang]}`;
  return String(value);
}

const ratingWords = (risk: Answer['risk']): string =>
  risk
    ? `${risk.methodId} ${Object.entries(risk.values)
        .map(([factor, level]) => `${factor} ${level}`)
        .join(', ')}`
    : '';

/** What was recorded for an item, as lines of the summary. */
function recordLines(item: Item, answer: Answer | null, positions: Positions | null, lang: Language, withRating = true): string[] {
  const w = summaryWords[lang];
  const lines: string[] = [];
  if (answer && answer.value !== null) lines.push(`${w.answer}: ${answerWords(item, answer.value, lang)}`);
  if (answer?.note.trim()) lines.push(`${w.note}: ${answer.note}`);
  if (withRating && answer?.risk) lines.push(`${w.risk}: ${ratingWords(answer.risk)}`);
  const side = (label: string, position: SidePosition | null): void => {
    if (position) lines.push(`${label} (${position.recordedBy}): ${position.text}${position.risk ? ` [${ratingWords(position.risk)}]` : ''}`);
  };
  side(w.worker, positions?.worker ?? null);
  side(w.employer, positions?.employer ?? null);
  if (positions?.outcome.trim()) lines.push(`${w.outcome}: ${positions.outcome}`);
  return lines;
}

function summaryText(plan: PackMigrationPlan, fromPack: Pack, toPack: Pack, dropped: readonly Answer[], options: MigrationOptions): string {
  const { lang } = options;
  const w = summaryWords[lang];
  const oldItems = new Map(packItems(fromPack).map((i) => [i.id, i]));
  const newItems = new Map(packItems(toPack).map((i) => [i.id, i]));
  const title = toPack.title[lang];
  const out: string[] = [w.heading(title, plan.fromVersion, plan.toVersion, options.now.slice(0, 10)), ''];
  const list = (heading: string, entries: readonly string[][]): void => {
    out.push(heading);
    if (entries.length === 0) out.push(`  ${w.none}`);
    for (const lines of entries) out.push(...lines.map((line, i) => (i === 0 ? `- ${line}` : `    ${line}`)));
    out.push('');
  };
  list(
    w.reworded,
    plan.carried.filter((c) => c.change === 'reworded').map((c) => [`${c.itemId}: ${newItems.get(c.itemId)!.question[lang]}`, `(${oldItems.get(c.itemId)!.question[lang]})`]),
  );
  if (dropped.length > 0) list(w.dropped, dropped.map((a) => [`${a.itemId}: ${oldItems.get(a.itemId)!.question[lang]}`, ...recordLines(oldItems.get(a.itemId)!, a, null, lang, false)]));
  list(w.added, plan.added.map((id) => [`${id}: ${newItems.get(id)!.question[lang]}`]));
  list(
    w.retired,
    plan.retired.map((r) => {
      const lines = recordLines(oldItems.get(r.itemId)!, r.answer, r.positions, lang);
      if (r.evidence.length > 0) lines.push(`${w.evidence}: ${r.evidence.map((e) => e.caption || e.file.fileName).join('; ')}`);
      if (r.actions.length > 0) lines.push(`${w.actions}: ${r.actions.map((a) => a.description || a.id).join('; ')}`);
      return [`${r.itemId}: ${r.question[lang]}`, ...(lines.length > 0 ? lines : [w.nothing])];
    }),
  );
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * The bundle after the move, built without touching the one given: the assessment pins `toPack`'s
 * version; answers of carried items stay (reworded ones flagged `recheck`, ones that no longer fit their
 * answer type cleared); answers and positions of retired items leave the record and are written, with
 * everything else that changed, into a summary note added as a document to the assessment's evidence;
 * evidence and actions that pointed at a retired item now belong to the assessment as a whole.
 */
export function applyPackMigration(bundle: AssessmentBundle, plan: PackMigrationPlan, fromPack: Pack, toPack: Pack, options: MigrationOptions): MigratedBundle {
  if (plan.assessmentId !== bundle.assessment.id || plan.packId !== fromPack.id || plan.toVersion !== toPack.version || plan.fromVersion !== fromPack.version) {
    throw new TypeError('the migration plan was made for another assessment or other pack versions');
  }
  const { now } = options;
  const retired = new Set(plan.retired.map((r) => r.itemId));
  const reworded = new Set(plan.carried.filter((c) => c.change === 'reworded').map((c) => c.itemId));
  const droppedIds = new Set(plan.carried.filter((c) => c.answerDropped).map((c) => c.itemId));
  const inPack = (row: { readonly packId: string }): boolean => row.packId === plan.packId;

  const dropped = bundle.answers.filter((a) => inPack(a) && droppedIds.has(a.itemId));
  const answers = bundle.answers
    .filter((a) => !(inPack(a) && retired.has(a.itemId)))
    .map((a): Answer => {
      if (!inPack(a)) return a;
      if (droppedIds.has(a.itemId)) return { ...a, value: null, recheck: true, updatedAt: now };
      return reworded.has(a.itemId) && isAnswered(a) ? { ...a, recheck: true, updatedAt: now } : a;
    });
  const positions = bundle.positions.filter((p) => !(inPack(p) && retired.has(p.itemId)));
  const detach = <T extends Evidence | Action>(row: T): T => (row.item?.packId === plan.packId && retired.has(row.item.itemId) ? { ...row, item: null } : row);
  const actions = bundle.actions.map((a) => {
    const moved = detach(a);
    return moved === a ? a : { ...moved, updatedAt: now };
  });

  const text = summaryText(plan, fromPack, toPack, dropped, options);
  const bytes = new TextEncoder().encode(text);
  const digest = toHex(sha256(bytes));
  const file = { fileName: `checklist-update-${plan.packId}-v${plan.fromVersion}-v${plan.toVersion}.txt`, mediaType: 'text/plain', size: bytes.byteLength, sha256: digest };
  const summary: Evidence = {
    id: options.summaryId,
    assessmentId: bundle.assessment.id,
    item: null,
    kind: 'document',
    caption: migrationSummaryCaption(toPack, plan.fromVersion, options.lang),
    file,
    original: null,
    capturedSha256: digest,
    addedBy: options.by,
    addedAt: now,
    takenAt: null,
    keptLocation: false,
    width: null,
    height: null,
  };

  const assessment = {
    ...bundle.assessment,
    packs: bundle.assessment.packs.map((p) => (p.packId === plan.packId ? { packId: p.packId, version: plan.toVersion } : p)),
    answeredCount: answers.filter(isAnswered).length,
    updatedAt: now,
  };
  return {
    bundle: { ...bundle, assessment, answers, positions, evidence: [...bundle.evidence.map(detach), summary], actions },
    summary: { evidence: summary, bytes, text },
  };
}
