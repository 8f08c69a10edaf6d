// Runs everywhere (pure). The assessment record: who, where, which AI systems, which packs.
import { z } from 'zod';


export const SizeBands = ['1-9', '10-49', '50-99', '100-299', '300-999', '1000+'] as const;
export const Sides = ['worker', 'employer', 'inspector', 'observer'] as const;
export type Side = (typeof Sides)[number];
export const AssessmentStatuses = ['active', 'archived'] as const;

const Text = (max: number) => z.string().max(max);
/** Calendar dates as `YYYY-MM-DD`, or empty while unknown. */
const DateText = z.union([z.literal(''), z.iso.date()]);
const Id = z.string().min(1).max(64);

export const AssessmentIdSchema = z.string().min(1).max(64).brand<'AssessmentId'>();
export type AssessmentId = z.infer<typeof AssessmentIdSchema>;

export const WorkplaceSchema = z.strictObject({
  name: Text(200),
  site: Text(200),
  sector: Text(200),
  sizeBand: z.union([z.literal(''), z.enum(SizeBands)]),
});
export type Workplace = z.infer<typeof WorkplaceSchema>;

export const AiSystemSchema = z.strictObject({
  id: Id,
  name: Text(200),
  vendor: Text(200),
  purpose: Text(2000),
  dataUsed: Text(2000),
  decisions: Text(2000),
  deployedWhere: Text(500),
  goLiveDate: DateText,
  /** When workers' representatives were informed of this system (AI Act Art. 26(7)); files before this field read as unknown. */
  informedDate: DateText.default(''),
});
export type AiSystem = z.infer<typeof AiSystemSchema>;

export const ParticipantSchema = z.strictObject({
  id: Id,
  name: Text(200),
  side: z.enum(Sides),
  role: Text(200),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const PackRefSchema = z.strictObject({ packId: z.string().min(1).max(64), version: z.number().int().min(1) });

/** Default days the employer has to answer the committee's recommendations in writing. */
export const DefaultResponseDays = 21;

/** The committee's recommendations to the employer and the clock on the written answer. */
export const RecommendationsSchema = z.strictObject({
  sentDate: DateText,
  responseDays: z.number().int().min(1).max(365),
  answeredDate: DateText,
});
export type Recommendations = z.infer<typeof RecommendationsSchema>;

/** Where an assessment that came from someone else's evidence pack came from; such assessments are read-only. */
export const ImportedFromSchema = z.strictObject({
  fileName: Text(200),
  packSha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: z.iso.datetime(),
  /** Who signed the pack's manifest, as the certificate names them, or null when it was unsigned. */
  signer: Text(400).nullable(),
  /** Whether every hash and the manifest signature checked out when it was imported. */
  intact: z.boolean(),
});
export type ImportedFrom = z.infer<typeof ImportedFromSchema>;

export const AssessmentSchema = z.strictObject({
  id: AssessmentIdSchema,
  title: Text(200),
  workplace: WorkplaceSchema,
  systems: z.array(AiSystemSchema).max(50),
  participants: z.array(ParticipantSchema).max(100),
  date: DateText,
  packs: z.array(PackRefSchema).max(20),
  riskMethodId: z.string().min(1).max(64),
  status: z.enum(AssessmentStatuses),
  /** Items answered so far, kept in step with the answers in the same transaction so the list never reads them. */
  answeredCount: z.number().int().min(0),
  recommendations: RecommendationsSchema.default({ sentDate: '', responseDays: DefaultResponseDays, answeredDate: '' }),
  /** The earlier visit this follow-up started from. */
  followUpOf: AssessmentIdSchema.nullable().default(null),
  importedFrom: ImportedFromSchema.nullable().default(null),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** One answered (or partly answered) item. Answers are stored apart so each edit is one small write. */
export const AnswerSchema = z.strictObject({
  assessmentId: AssessmentIdSchema,
  packId: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
  /** Standard answer or choice option id, a number, free text, or null when cleared. */
  value: z.union([z.string().max(20000), z.number(), z.null()]),
  note: Text(20000),
  risk: z.strictObject({ methodId: z.string().max(64), values: z.record(z.string().max(64), z.number()) }).nullable(),
  /** Carried over from an earlier visit and not yet looked at again. */
  recheck: z.boolean().default(false),
  updatedAt: z.string(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** What the new-assessment form needs to create one; the rest is filled in. */
export type NewAssessmentInput = Pick<Assessment, 'title' | 'workplace' | 'systems' | 'participants' | 'date' | 'packs' | 'riskMethodId'>;

export function isAnswered(answer: Pick<Answer, 'value'> | undefined): boolean {
  if (!answer) return false;
  return typeof answer.value === 'number' || (typeof answer.value === 'string' && answer.value.trim() !== '');
}

export function emptyWorkplace(): Workplace {
  return { name: '', site: '', sector: '', sizeBand: '' };
}
