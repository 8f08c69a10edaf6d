// Runs everywhere (pure). Everything the report shows, worked out from the input before any page is drawn.
import type { Answer, Assessment, ImportedFrom, Side } from '../../domain/assessment';
import { isAnswered, Sides } from '../../domain/assessment';
import type { Action, ActionStatus, Evidence, JointSide, Meeting, Positions } from '../../domain/record';
import { isOverdue, JointSides } from '../../domain/record';
import type { Language } from '../../i18n/localized';
import type { Item, Pack, PackRef } from '../../packs/schema';
import { ControlTypes, packItems, StandardAnswers } from '../../packs/schema';
import type { RiskMethod } from '../../risk/methods';
import { RiskLevels } from '../../risk/methods';
import type { RatedRisk } from '../../risk/rate';
import { rateRisk } from '../../risk/rate';
import type { AssessmentScore } from '../../scoring/score';
import { scoreAssessment } from '../../scoring/score';
import { actionNumbers, compareActions } from '../../record/actionOrder';
import { daysBetween } from '../../record/calendar';
import type { ResponseClock, SystemClock } from '../../record/clocks';
import { responseClock, systemClocks } from '../../record/clocks';
import { localDate } from '../dates';
import type { ReportInput, ReportPhoto } from '../reportInput';
import type { ReportStrings } from '../strings';
import { reportStrings } from '../strings';

/** A photo shown in the report: its figure number, and its evidence number when it is in the register. */
export type NumberedPhoto = { readonly number: number; readonly photo: ReportPhoto; readonly evidence: string | null };

/** One side's view of an item, in its own words, with its own rating. */
export type SidePosition = { readonly side: JointSide; readonly text: string; readonly risk: RatedRisk | null; readonly recordedBy: string };

/** Both sides' positions on an item, open until the committee settles them. */
export type ItemPositions = {
  readonly sides: readonly SidePosition[];
  readonly status: Positions['status'];
  readonly outcome: string;
};

/** One of the committee's agreed actions, as the report lists it. */
export type ActionView = {
  /** "A1", "A2", ... in creation order (see `actionNumbers`). */
  readonly number: string;
  readonly action: Action;
  /** The item's number ("2.5"), or null for the assessment as a whole or an item this report does not list. */
  readonly item: string | null;
  /** Days past its due date when overdue, otherwise null. */
  readonly daysOverdue: number | null;
  /** Verified by someone of the owner's own side: the record allows it, the report says so. */
  readonly verifiedBySameSide: boolean;
};

export type MeetingAttendee = { readonly name: string; readonly side: Side };

export type MeetingView = {
  readonly meeting: Meeting;
  /** Participants and guests, worker side first, in the order of `Sides`. */
  readonly attendees: readonly MeetingAttendee[];
  /** The joint sides with nobody at the meeting: empty when both were there. */
  readonly absentSides: readonly JointSide[];
  /** Attendee ids no longer among the assessment's participants. */
  readonly unknownAttendees: number;
  /** Titles of the checklists it went through. */
  readonly packs: readonly string[];
};

export type EvidenceRow = {
  /** "E1", "E2", ... in the order the evidence was added. */
  readonly number: string;
  readonly evidence: Evidence;
  /** The item's number, or null for the assessment as a whole or an item this report does not list. */
  readonly item: string | null;
  /** The figure number where the photo is printed in this report, or null when it is not. */
  readonly figure: number | null;
};

export type RecordCounts = {
  readonly openDisagreements: number;
  readonly settled: number;
  readonly actions: Readonly<Record<ActionStatus, number>>;
  readonly overdue: number;
  readonly meetings: number;
  readonly meetingsWithoutBothSides: number;
  readonly evidence: number;
};

export type Measure = { readonly control: (typeof ControlTypes)[number]; readonly text: string };

export type FindingItem = {
  /** `<checklist>.<item>`, e.g. "2.5": how the summary, the action plan and the references point here. */
  readonly number: string;
  readonly packId: string;
  readonly itemId: string;
  readonly question: string;
  /** The answer in words; null when the item is unanswered. */
  readonly answer: string | null;
  /** A gap: "no", "partly", or a choice the pack marks as a concern. */
  readonly concern: boolean;
  readonly note: string;
  readonly risk: RatedRisk | null;
  readonly references: readonly { readonly title: string; readonly provision: string }[];
  /** The sides' positions when either was recorded, worker side first; null otherwise. */
  readonly positions: ItemPositions | null;
  /** Carried over from the earlier visit and not looked at again yet. */
  readonly recheck: boolean;
  readonly actions: readonly ActionView[];
  /** Numbers of the evidence about this item ("E3"). */
  readonly evidence: readonly string[];
  readonly photos: readonly NumberedPhoto[];
  readonly measures: readonly Measure[];
};

export type FindingSection = { readonly title: string; readonly items: readonly FindingItem[] };
export type FindingDomain = { readonly number: number; readonly pack: Pack; readonly title: string; readonly sections: readonly FindingSection[] };

/** A gap and what the checklist suggests for it: suggestions, apart from the committee's own actions. */
export type SuggestionEntry = { readonly item: FindingItem; readonly measures: readonly Measure[] };

export type ReferenceEntry = {
  readonly title: string;
  readonly citation: string;
  readonly provisions: readonly { readonly provision: string; readonly items: readonly string[] }[];
};

export type ExpectedSigner = { readonly name: string; readonly side: Side; readonly role: string };

export type ReportModel = {
  readonly lang: Language;
  readonly strings: ReportStrings;
  readonly assessment: Assessment;
  readonly method: RiskMethod;
  readonly fingerprint: string;
  readonly generatedAt: string;
  /** The calendar day of `generatedAt` where the report is made: what "overdue" is measured against. */
  readonly today: string;
  readonly appVersion: string;
  readonly packs: readonly Pack[];
  /** Pack versions the assessment pinned but the caller could not supply. */
  readonly missingPacks: readonly PackRef[];
  readonly score: AssessmentScore;
  readonly domains: readonly FindingDomain[];
  /** High and very high risks, highest score first, at most 10. */
  readonly topRisks: readonly FindingItem[];
  readonly suggestions: readonly SuggestionEntry[];
  /** Overdue first, then by due date and priority (`compareActions`). */
  readonly actionPlan: readonly ActionView[];
  readonly meetings: readonly MeetingView[];
  readonly evidenceRegister: readonly EvidenceRow[];
  readonly counts: RecordCounts;
  /** One per AI system, in the assessment's order. */
  readonly systemClocks: readonly SystemClock[];
  readonly response: ResponseClock;
  /** The earlier visit this one follows up, with its title when the caller knows it. */
  readonly followUpOf: { readonly id: string; readonly title: string | null } | null;
  readonly importedFrom: ImportedFrom | null;
  readonly references: readonly ReferenceEntry[];
  /** Photos for the assessment as a whole, or for items the report does not list. */
  readonly evidence: readonly NumberedPhoto[];
  /** Worker side and employer side first (see `expectedSigners`): a joint committee's report is theirs to sign. */
  readonly signers: readonly ExpectedSigner[];
};

export const MaxTopRisks = 10;

const key = (packId: string, itemId: string): string => `${packId}\u0000${itemId}`;

function answerText(item: Item, answer: Answer | undefined, lang: Language, strings: ReportStrings): string | null {
  if (!answer || !isAnswered(answer)) return null;
  const value = answer.value;
  const type = item.answerType;
  if (type.kind === 'standard' && typeof value === 'string' && (StandardAnswers as readonly string[]).includes(value)) {
    return strings.answers[value as (typeof StandardAnswers)[number]];
  }
  if (type.kind === 'choice') return type.options.find((o) => o.id === value)?.label[lang] ?? String(value);
  if (type.kind === 'number' && type.unit) return `${value} ${type.unit[lang]}`;
  return String(value);
}

function isConcern(item: Item, answer: Answer | undefined): boolean {
  if (!answer || !isAnswered(answer)) return false;
  if (item.answerType.kind === 'standard') return answer.value === 'no' || answer.value === 'partly';
  if (item.answerType.kind === 'choice') return item.answerType.options.some((o) => o.id === answer.value && o.concern);
  return false;
}

const controlRank = (control: Measure['control']): number => ControlTypes.indexOf(control);

export function buildReportModel(input: ReportInput): ReportModel {
  const { assessment, packs, method, lang } = input;
  const strings = reportStrings(lang);
  const today = localDate(input.generatedAt);
  const ours = <T extends { readonly assessmentId: string }>(rows: readonly T[]): T[] => rows.filter((row) => row.assessmentId === assessment.id);
  const answers = new Map(ours(input.answers).map((a) => [key(a.packId, a.itemId), a]));
  const positions = new Map(ours(input.positions).map((p) => [key(p.packId, p.itemId), p]));
  const pinned = assessment.packs.filter((ref) => !packs.some((p) => p.id === ref.packId && p.version === ref.version));

  // "<checklist>.<item>" for every listed item, first: actions and evidence name their item by it wherever they are listed.
  const itemNumbers = new Map(packs.flatMap((pack, p) => packItems(pack).map((item, i) => [key(pack.id, item.id), `${p + 1}.${i + 1}`] as const)));
  /** The key of an item this report lists, or null (the assessment as a whole, or an item of a pack not given). */
  const itemKey = (ref: { readonly packId: string; readonly itemId: string } | null): string | null => {
    const k = ref ? key(ref.packId, ref.itemId) : null;
    return k !== null && itemNumbers.has(k) ? k : null;
  };
  const photosByItem = new Map<string, ReportPhoto[]>();
  const loosePhotos: ReportPhoto[] = [];
  for (const photo of input.photos ?? []) {
    const k = photo.itemId === null ? null : itemKey({ packId: photo.packId, itemId: photo.itemId });
    if (k !== null) photosByItem.set(k, [...(photosByItem.get(k) ?? []), photo]);
    else loosePhotos.push(photo);
  }

  const evidenceRows = [...ours(input.evidence)].sort((a, b) => (a.addedAt === b.addedAt ? (a.id < b.id ? -1 : 1) : a.addedAt < b.addedAt ? -1 : 1));
  const evidenceNumbers = new Map(evidenceRows.map((e, i) => [e.id, `E${i + 1}`]));
  const figures = new Map<string, number>();
  let photoNumber = 0;
  const number = (photo: ReportPhoto): NumberedPhoto => {
    const n = ++photoNumber;
    const evidence = photo.evidenceId === undefined ? null : (evidenceNumbers.get(photo.evidenceId) ?? null);
    if (photo.evidenceId !== undefined && !figures.has(photo.evidenceId)) figures.set(photo.evidenceId, n);
    return { number: n, photo, evidence };
  };

  const actions = ours(input.actions);
  const actionNumber = actionNumbers(actions);
  const actionsByItem = group(actions, (a) => itemKey(a.item));
  const evidenceByItem = group(evidenceRows, (e) => itemKey(e.item));
  const actionView = (action: Action): ActionView => {
    const overdue = isOverdue(action, today);
    const k = itemKey(action.item);
    return {
      number: actionNumber.get(action.id)!,
      action,
      item: k === null ? null : (itemNumbers.get(k) ?? null),
      daysOverdue: overdue ? daysBetween(action.dueDate, today) : null,
      verifiedBySameSide: action.verification !== null && action.verification.by.side === action.ownerSide,
    };
  };

  const domains = packs.map((pack, p): FindingDomain => {
    const instruments = new Map(pack.instruments.map((i) => [i.id, i]));
    return {
      number: p + 1,
      pack,
      title: pack.title[lang],
      sections: pack.sections.map((section) => ({
        title: section.title[lang],
        items: section.items.map((item): FindingItem => {
          const k = key(pack.id, item.id);
          const answer = answers.get(k);
          return {
            number: itemNumbers.get(k)!,
            packId: pack.id,
            itemId: item.id,
            question: item.question[lang],
            answer: answerText(item, answer, lang, strings),
            concern: isConcern(item, answer),
            note: answer?.note.trim() ?? '',
            risk: rateRisk(method, answer?.risk),
            references: item.references.map((r) => ({ title: instruments.get(r.instrument)?.title[lang] ?? r.instrument, provision: r.provision })),
            positions: itemPositions(positions.get(k), method),
            recheck: answer?.recheck ?? false,
            actions: (actionsByItem.get(k) ?? []).sort(compareActions(today)).map(actionView),
            evidence: (evidenceByItem.get(k) ?? []).map((e) => evidenceNumbers.get(e.id)!),
            photos: (photosByItem.get(k) ?? []).map(number),
            measures: [...item.measures].sort((a, b) => controlRank(a.control) - controlRank(b.control)).map((m) => ({ control: m.control, text: m.text[lang] })),
          };
        }),
      })),
    };
  });
  const evidence = loosePhotos.map(number);
  const allItems = domains.flatMap((d) => d.sections.flatMap((s) => s.items));
  const byKey = new Map(allItems.map((item) => [key(item.packId, item.itemId), item]));

  const score = scoreAssessment(packs, [...answers.values()], method);
  const topRisks = score.highRisks
    .slice(0, MaxTopRisks)
    .map((r) => byKey.get(key(r.packId, r.itemId)))
    .filter((item): item is FindingItem => item !== undefined);

  const levelRank = (item: FindingItem): number => (item.risk ? RiskLevels.indexOf(item.risk.level) : -1);
  // Rated gaps by score, then level; unrated gaps after them; report order otherwise (the sort is stable).
  const suggestions = allItems
    .filter((item) => item.concern)
    .sort((a, b) => (b.risk?.score ?? -1) - (a.risk?.score ?? -1) || levelRank(b) - levelRank(a))
    .map((item) => ({ item, measures: item.measures }));

  const actionPlan = [...actions].sort(compareActions(today)).map(actionView);
  // By date, meetings whose date was not recorded last.
  const meetingOrder = (a: Meeting, b: Meeting): number => (a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -1 : 1);
  const meetings = [...ours(input.meetings)].sort(meetingOrder).map((m) => meetingView(m, assessment, packs, lang));
  const positionRows = [...positions.values()];
  const byStatus: Record<ActionStatus, number> = { planned: 0, 'in-progress': 0, done: 0, verified: 0 };
  for (const action of actions) byStatus[action.status]++;
  const counts: RecordCounts = {
    openDisagreements: positionRows.filter((p) => p.status === 'open').length,
    settled: positionRows.filter((p) => p.status === 'settled').length,
    actions: byStatus,
    overdue: actionPlan.filter((a) => a.daysOverdue !== null).length,
    meetings: meetings.length,
    meetingsWithoutBothSides: meetings.filter((m) => m.absentSides.length > 0).length,
    evidence: evidenceRows.length,
  };

  return {
    lang,
    strings,
    assessment,
    method,
    fingerprint: input.fingerprint,
    generatedAt: input.generatedAt,
    today,
    appVersion: input.appVersion,
    packs,
    missingPacks: pinned,
    score,
    domains,
    topRisks,
    suggestions,
    actionPlan,
    meetings,
    evidenceRegister: evidenceRows.map((e) => {
      const k = itemKey(e.item);
      return { number: evidenceNumbers.get(e.id)!, evidence: e, item: k === null ? null : (itemNumbers.get(k) ?? null), figure: figures.get(e.id) ?? null };
    }),
    counts,
    systemClocks: systemClocks(assessment.systems),
    response: responseClock(assessment.recommendations, today),
    followUpOf: assessment.followUpOf === null ? null : { id: assessment.followUpOf, title: input.followUpOfTitle?.trim() || null },
    importedFrom: assessment.importedFrom,
    references: citedReferences(domains, lang),
    evidence,
    signers: expectedSigners(assessment),
  };
}

function group<T>(rows: readonly T[], keyOf: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
}

/** Null when neither side has said anything and nothing was settled: the item shows no positions block. */
function itemPositions(row: Positions | undefined, method: RiskMethod): ItemPositions | null {
  if (!row) return null;
  const sides = JointSides.flatMap((side): SidePosition[] => {
    const position = row[side];
    if (!position || (position.text.trim() === '' && position.risk === null)) return [];
    return [{ side, text: position.text.trim(), risk: rateRisk(method, position.risk), recordedBy: position.recordedBy.trim() }];
  });
  if (sides.length === 0 && row.status === 'open') return null;
  return { sides, status: row.status, outcome: row.outcome.trim() };
}

function meetingView(meeting: Meeting, assessment: Assessment, packs: readonly Pack[], lang: Language): MeetingView {
  const participants = new Map(assessment.participants.map((p) => [p.id, p]));
  const known = meeting.attendeeIds.flatMap((id) => {
    const p = participants.get(id);
    return p ? [{ name: p.name.trim(), side: p.side }] : [];
  });
  const attendees = [...known, ...meeting.guests.map((g) => ({ name: g.name.trim(), side: g.side }))].sort((a, b) => Sides.indexOf(a.side) - Sides.indexOf(b.side));
  return {
    meeting,
    attendees,
    absentSides: JointSides.filter((side) => !attendees.some((a) => a.side === side)),
    unknownAttendees: meeting.attendeeIds.length - known.length,
    packs: meeting.packsCovered.map((id) => packs.find((p) => p.id === id)?.title[lang] ?? id),
  };
}

/** Every instrument cited by an answered item, in order of first citation, with the provisions and the items citing them. */
function citedReferences(domains: readonly FindingDomain[], lang: Language): ReferenceEntry[] {
  const entries = new Map<string, { title: string; citation: string; provisions: Map<string, string[]> }>();
  for (const domain of domains) {
    const instruments = new Map(domain.pack.instruments.map((i) => [i.id, i]));
    const items = new Map(packItems(domain.pack).map((i) => [i.id, i]));
    for (const item of domain.sections.flatMap((s) => s.items)) {
      if (item.answer === null) continue;
      for (const ref of items.get(item.itemId)?.references ?? []) {
        const instrument = instruments.get(ref.instrument);
        if (!instrument) continue;
        // Packs each carry their own instrument list: the same law cited by two packs is one entry.
        const k = `${instrument.id}\u0000${instrument.citation}`;
        let entry = entries.get(k);
        if (!entry) {
          entry = { title: instrument.title[lang], citation: instrument.citation, provisions: new Map() };
          entries.set(k, entry);
        }
        const citing = entry.provisions.get(ref.provision) ?? [];
        if (!citing.includes(item.number)) citing.push(item.number);
        entry.provisions.set(ref.provision, citing);
      }
    }
  }
  return [...entries.values()].map((e) => ({
    title: e.title,
    citation: e.citation,
    provisions: [...e.provisions].sort(([a], [b]) => compareProvisions(a, b)).map(([provision, items]) => ({ provision, items })),
  }));
}

/** "Art. 6(2)" before "Art. 11": runs of digits compare as numbers, the rest as text. */
export function compareProvisions(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y);
    return nx ? Number(x) - Number(y) || x.length - y.length : x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/**
 * Worker side and employer side first, taking turns (one of each per row of boxes, as long as both have
 * people), so that both sides have boxes even when one side alone could fill them; then inspectors, observers.
 */
function expectedSigners(assessment: Assessment): ExpectedSigner[] {
  const of = (side: Side): ExpectedSigner[] => assessment.participants.filter((p) => p.side === side).map((p) => ({ name: p.name.trim(), side: p.side, role: p.role.trim() }));
  const workers = of('worker');
  const employers = of('employer');
  const paired: ExpectedSigner[] = [];
  for (let i = 0; i < Math.max(workers.length, employers.length); i++) {
    if (workers[i]) paired.push(workers[i]!);
    if (employers[i]) paired.push(employers[i]!);
  }
  return [...paired, ...of('inspector'), ...of('observer')];
}
