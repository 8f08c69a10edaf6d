// Runs everywhere (pure). One entry of an assessment's change history: who changed which field of what, from what
// to what, and when, chained to the entry before it by SHA-256 so a removed or edited entry shows.
import { z } from 'zod';
import { AssessmentIdSchema, type AssessmentId } from '../domain/assessment';
import { type Actor, ActorSchema } from '../domain/record';

/** What a change is about; `entityId` names the row (an item is `packId/itemId`). Readers accept others, for logs from newer versions. */
export const AuditEntities = ['assessment', 'answer', 'evidence', 'positions', 'action', 'meeting', 'survey'] as const;
export type AuditEntity = (typeof AuditEntities)[number];

/** The `prevHash` of an assessment's first entry: there is nothing before it. */
export const GenesisHash = '0'.repeat(64);

/** `field` of an entry about a whole row: created (`old` null) or removed (`new` null). */
export const WholeRow = '';

type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type AuditValue = JsonValue;

const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(JsonValueSchema), z.record(z.string(), JsonValueSchema)]));
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * One change. `hash` is the SHA-256 of the canonical JSON (keys sorted, no whitespace) of every other
 * member, `prevHash` the `hash` of the entry with `seq` one less (GenesisHash for seq 1).
 */
export const AuditEntrySchema = z.strictObject({
  assessmentId: AssessmentIdSchema,
  /** 1, 2, 3, … per assessment, without gaps. */
  seq: z.number().int().min(1),
  at: z.iso.datetime(),
  /** The member at the keyboard; null when nobody had said who they are. */
  actor: ActorSchema.nullable(),
  entity: z.string().regex(/^[a-z][a-z-]{0,39}$/),
  entityId: z.string().max(200),
  /** Dotted path inside the row (`workplace.name`, `risk.values.likelihood`, `systems.<id>.name`); WholeRow for the row. */
  field: z.string().max(500),
  old: JsonValueSchema,
  new: JsonValueSchema,
  prevHash: Sha256Hex,
  hash: Sha256Hex,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** What a write function says changed; sealing adds the rest (assessment, number, time, actor, hashes) and makes the values plain, capped JSON. */
export type AuditChange = {
  readonly entity: AuditEntity;
  readonly entityId: string;
  readonly field: string;
  readonly old: unknown;
  readonly new: unknown;
};

/** The context every entry of one transaction shares. */
export type AuditContext = { readonly assessmentId: AssessmentId; readonly at: string; readonly actor: Actor | null };
