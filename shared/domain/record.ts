// Runs everywhere (pure). The committee's working record around the checklist: evidence, each side's
// position, the action plan and the meetings. Each kind is its own small row so every edit is one write.
import { z } from 'zod';
import type { RiskLevel } from '../risk/methods';
import { AssessmentIdSchema, type Participant } from './assessment';

const Text = (max: number) => z.string().max(max);
const Id = z.string().min(1).max(64);
/** Calendar dates as `YYYY-MM-DD`, or empty while unknown. */
const DateText = z.union([z.literal(''), z.iso.date()]);
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** The two sides of a joint committee: positions and verification are recorded per side. */
export const JointSides = ['worker', 'employer'] as const;
export type JointSide = (typeof JointSides)[number];
export function otherSide(side: JointSide): JointSide {
  return side === 'worker' ? 'employer' : 'worker';
}

/** Who did something on this machine: the member at the keyboard, named in evidence, positions and verifications. */
export const ActorSchema = z.strictObject({ name: Text(200).min(1), side: z.enum(['worker', 'employer', 'inspector', 'observer']) });
export type Actor = z.infer<typeof ActorSchema>;

/** An item of a pack, or null for the assessment as a whole. */
export const ItemRefSchema = z.strictObject({ packId: Id, itemId: Id }).nullable();
export type ItemRef = z.infer<typeof ItemRefSchema>;

const RatingSchema = z.strictObject({ methodId: z.string().max(64), values: z.record(z.string().max(64), z.number()) }).nullable();

// ---------------------------------------------------------------------------------------------- evidence

export const EvidenceKinds = ['photo', 'document', 'instrument'] as const;
export type EvidenceKind = (typeof EvidenceKinds)[number];

/** The longest file name a record keeps (longer names are shortened when a file is added, its extension kept). */
export const MaxStoredFileName = 200;

/** A file as stored: its bytes live in a separate row keyed by the same id, so lists never load them. */
export const StoredFileSchema = z.strictObject({
  fileName: Text(MaxStoredFileName).min(1),
  mediaType: Text(100).min(1),
  size: z.number().int().min(0),
  sha256: Sha256Hex,
});
export type StoredFile = z.infer<typeof StoredFileSchema>;

export const EvidenceSchema = z.strictObject({
  id: Id,
  assessmentId: AssessmentIdSchema,
  item: ItemRefSchema,
  kind: z.enum(EvidenceKinds),
  caption: Text(2000),
  /** The file reports and packs use: for photos the downscaled JPEG. */
  file: StoredFileSchema,
  /** The file exactly as the user chose it, kept only when they asked for it. */
  original: StoredFileSchema.nullable(),
  /** SHA-256 of the bytes the user supplied, recorded at capture whether or not the original is kept. */
  capturedSha256: Sha256Hex,
  addedBy: ActorSchema,
  addedAt: z.iso.datetime(),
  /** From the photo's EXIF, as written by the camera (local time, no zone). */
  takenAt: z.string().max(40).nullable(),
  /** Whether GPS position and device serial numbers were kept at the user's request. */
  keptLocation: z.boolean(),
  width: z.number().int().min(0).nullable(),
  height: z.number().int().min(0).nullable(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

// ---------------------------------------------------------------------------------------------- positions

export const SidePositionSchema = z.strictObject({
  text: Text(20000),
  risk: RatingSchema,
  recordedBy: Text(200),
  updatedAt: z.string(),
});
export type SidePosition = z.infer<typeof SidePositionSchema>;

/** Where the sides disagree on an item: each side's position and rating, open until they settle it. */
export const PositionsSchema = z.strictObject({
  assessmentId: AssessmentIdSchema,
  packId: Id,
  itemId: Id,
  worker: SidePositionSchema.nullable(),
  employer: SidePositionSchema.nullable(),
  status: z.enum(['open', 'settled']),
  /** How it was settled, in the committee's words. */
  outcome: Text(20000),
  updatedAt: z.string(),
});
export type Positions = z.infer<typeof PositionsSchema>;

// ---------------------------------------------------------------------------------------------- actions

/** The hierarchy of controls, most effective first (ISO 45001 8.1.2). */
export const ControlTypes = ['eliminate', 'substitute', 'engineer', 'organise', 'inform-train', 'protective-equipment'] as const;
export type ControlType = (typeof ControlTypes)[number];
export const ActionStatuses = ['planned', 'in-progress', 'done', 'verified'] as const;
export type ActionStatus = (typeof ActionStatuses)[number];
export const Priorities = ['high', 'medium', 'low'] as const;
export type Priority = (typeof Priorities)[number];

export const VerificationSchema = z.strictObject({ by: ActorSchema, date: z.iso.date(), note: Text(2000) });
export type Verification = z.infer<typeof VerificationSchema>;

export const ActionSchema = z.strictObject({
  id: Id,
  assessmentId: AssessmentIdSchema,
  item: ItemRefSchema,
  description: Text(5000),
  control: z.enum(ControlTypes),
  owner: Text(200),
  /** The side the owner answers to; verification must come from the other side. */
  ownerSide: z.enum(JointSides),
  dueDate: DateText,
  budget: Text(100),
  priority: z.enum(Priorities),
  status: z.enum(ActionStatuses),
  verification: VerificationSchema.nullable(),
  /** The action of an earlier visit this one continues, if it was carried over. */
  carriedFrom: Id.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof ActionSchema>;

/** An action's priority follows the risk of the item it answers; unrated items start at medium. */
export function priorityForRisk(level: RiskLevel | null): Priority {
  if (level === 'high' || level === 'very-high') return 'high';
  return level === 'low' ? 'low' : 'medium';
}

/** Not yet done and past its due date on `today` (`YYYY-MM-DD`). */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
  return action.dueDate !== '' && action.dueDate < today && (action.status === 'planned' || action.status === 'in-progress');
}

export function isOpenAction(action: Pick<Action, 'status'>): boolean {
  return action.status !== 'done' && action.status !== 'verified';
}

// ---------------------------------------------------------------------------------------------- meetings

export const MeetingSchema = z.strictObject({
  id: Id,
  assessmentId: AssessmentIdSchema,
  date: DateText,
  /** Participant ids of the assessment, plus anyone else by name and side. */
  attendeeIds: z.array(Id).max(100),
  guests: z.array(ActorSchema).max(50),
  /** Pack ids the meeting went through. */
  packsCovered: z.array(Id).max(20),
  notes: Text(20000),
  createdAt: z.string(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** Which joint sides had someone at the meeting: a meeting without both is not a joint one. */
export function meetingSides(meeting: Pick<Meeting, 'attendeeIds' | 'guests'>, participants: readonly Participant[]): { readonly worker: boolean; readonly employer: boolean } {
  const sides = new Set([...participants.filter((p) => meeting.attendeeIds.includes(p.id)).map((p) => p.side), ...meeting.guests.map((g) => g.side)]);
  return { worker: sides.has('worker'), employer: sides.has('employer') };
}
