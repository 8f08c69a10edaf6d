// Runs everywhere (pure). Everything the report shows, worked out from the input before any page is drawn.
import type { Answer, Assessment, Side } from '../../domain/assessment';
import { isAnswered } from '../../domain/assessment';
import type { Language } from '../../i18n/localized';
import type { Item, Pack, PackRef } from '../../packs/schema';
import { ControlTypes, packItems, StandardAnswers } from '../../packs/schema';
import type { RiskMethod } from '../../risk/methods';
import { RiskLevels } from '../../risk/methods';
import type { RatedRisk } from '../../risk/rate';
import { rateRisk } from '../../risk/rate';
import type { AssessmentScore } from '../../scoring/score';
import { scoreAssessment } from '../../scoring/score';
import type { ReportInput, ReportPhoto } from '../reportInput';
import type { ReportStrings } from '../strings';
import { reportStrings } from '../strings';

export type NumberedPhoto = { readonly number: number; readonly photo: ReportPhoto };

/** One side's view of an item, in its own words. */
export type SidePosition = { readonly side: Side; readonly text: string };

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
  /**
   * Each side's position on the item (worker side, employer side, ...). Nothing records positions yet, so
   * this is always empty; the findings page already prints whatever is here, in side order.
   */
  readonly positions: readonly SidePosition[];
  readonly photos: readonly NumberedPhoto[];
  readonly measures: readonly Measure[];
};

export type FindingSection = { readonly title: string; readonly items: readonly FindingItem[] };
export type FindingDomain = { readonly number: number; readonly pack: Pack; readonly title: string; readonly sections: readonly FindingSection[] };

/** A gap and what the checklist suggests for it; a later feature replaces these with the committee's own actions. */
export type ActionEntry = { readonly item: FindingItem; readonly measures: readonly Measure[] };

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
  readonly appVersion: string;
  readonly packs: readonly Pack[];
  /** Pack versions the assessment pinned but the caller could not supply. */
  readonly missingPacks: readonly PackRef[];
  readonly score: AssessmentScore;
  readonly domains: readonly FindingDomain[];
  /** High and very high risks, highest score first, at most 10. */
  readonly topRisks: readonly FindingItem[];
  readonly actions: readonly ActionEntry[];
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
  const answers = new Map(input.answers.filter((a) => a.assessmentId === assessment.id).map((a) => [key(a.packId, a.itemId), a]));
  const pinned = assessment.packs.filter((ref) => !packs.some((p) => p.id === ref.packId && p.version === ref.version));

  const itemKeys = new Set(packs.flatMap((pack) => packItems(pack).map((item) => key(pack.id, item.id))));
  const photosByItem = new Map<string, ReportPhoto[]>();
  const loosePhotos: ReportPhoto[] = [];
  for (const photo of input.photos ?? []) {
    const k = photo.itemId === null ? null : key(photo.packId, photo.itemId);
    if (k !== null && itemKeys.has(k)) photosByItem.set(k, [...(photosByItem.get(k) ?? []), photo]);
    else loosePhotos.push(photo);
  }
  let photoNumber = 0;
  const number = (photo: ReportPhoto): NumberedPhoto => ({ number: ++photoNumber, photo });

  const domains = packs.map((pack, p): FindingDomain => {
    let n = 0;
    const instruments = new Map(pack.instruments.map((i) => [i.id, i]));
    return {
      number: p + 1,
      pack,
      title: pack.title[lang],
      sections: pack.sections.map((section) => ({
        title: section.title[lang],
        items: section.items.map((item): FindingItem => {
          const answer = answers.get(key(pack.id, item.id));
          return {
            number: `${p + 1}.${++n}`,
            packId: pack.id,
            itemId: item.id,
            question: item.question[lang],
            answer: answerText(item, answer, lang, strings),
            concern: isConcern(item, answer),
            note: answer?.note.trim() ?? '',
            risk: rateRisk(method, answer?.risk),
            references: item.references.map((r) => ({ title: instruments.get(r.instrument)?.title[lang] ?? r.instrument, provision: r.provision })),
            positions: [],
            photos: (photosByItem.get(key(pack.id, item.id)) ?? []).map(number),
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
  const actions = allItems
    .filter((item) => item.concern)
    .sort((a, b) => (b.risk?.score ?? -1) - (a.risk?.score ?? -1) || levelRank(b) - levelRank(a))
    .map((item) => ({ item, measures: item.measures }));

  return {
    lang,
    strings,
    assessment,
    method,
    fingerprint: input.fingerprint,
    generatedAt: input.generatedAt,
    appVersion: input.appVersion,
    packs,
    missingPacks: pinned,
    score,
    domains,
    topRisks,
    actions,
    references: citedReferences(domains, lang),
    evidence,
    signers: expectedSigners(assessment),
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
