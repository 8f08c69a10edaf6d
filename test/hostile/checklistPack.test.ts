// Checklist packs (shared/packs/data/*.json) checked by PackSchema, as the registry checks every pack it loads:
// a hostile pack is refused with the path and the problem, never half-read; its texts stay text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackSchema } from '../../shared/packs/schema';
import { jsonDocumentCases } from './cases/jsonDocument';
import { caseCountTitle, guardEveryCase, type JsonPath, utf8, withinLimit } from './corpus';

const sample = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../shared/packs/data/ai-introduction.v1.json'), 'utf8')) as unknown;
const firstItem: JsonPath = ['sections', 0, 'items', 0];

const cases = [
  ...jsonDocumentCases({
    sample,
    versionPath: ['formatVersion'],
    newerVersion: 2,
    oversized: [
      ['the title', ['title', 'en'], 4001],
      ['a question', [...firstItem, 'question', 'ko'], 4001],
      ['a citation', ['instruments', 0, 'citation'], 301],
      ['a provision', [...firstItem, 'references', 0, 'provision'], 121],
      ['an item id', [...firstItem, 'id'], 65],
    ],
    textPath: [...firstItem, 'guidance', 'en'],
    says: { notJson: /^not JSON/, otherKind: /^(\(pack\)|format|formatVersion): /, newer: /^formatVersion: /, damaged: /^([a-zA-Z0-9.]+|\(pack\)): / },
  }),
  { name: 'an item id used twice', input: () => utf8(JSON.stringify(sample).replace('"id":"intro-02"', '"id":"intro-01"')), expected: { refused: /used twice/ } },
  { name: 'a reference to an instrument the pack lacks', input: () => utf8(JSON.stringify(sample).replace('"instrument":"eu-ai-act"', '"instrument":"made-up-act"')), expected: { refused: /unknown instrument "made-up-act"/ } },
  { name: 'an id written as markup', input: () => utf8(JSON.stringify(sample).replace('"id":"eu-ai-act"', '"id":"<b>x</b>"')), expected: { refused: /lower-case words joined by hyphens/ } },
  { name: 'a severity hint of 1e309', input: () => utf8(JSON.stringify(sample).replace(/"severityHint":\d/, '"severityHint":1e309')), expected: { refused: /severityHint/ } },
] as const;

guardEveryCase();

/** The registry's check on the text of a pack file: JSON, then the schema; problems as "path: message". */
function checkPack(text: string): { ok: true; pack: unknown } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON: ${String(error)}` };
  }
  const parsed = PackSchema.safeParse(data);
  if (parsed.success) return { ok: true, pack: parsed.data };
  return { ok: false, message: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(pack)'}: ${issue.message}`).join('\n') };
}

const at = (value: unknown, path: JsonPath): unknown => path.reduce<unknown>((v, step) => (v as Record<string | number, unknown>)[step], value);

describe(caseCountTitle('checklist pack', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const checked = await withinLimit(async () => checkPack(new TextDecoder().decode(await c.input())));
    if ('refused' in c.expected) {
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.message).toMatch(c.expected.refused);
      return;
    }
    if (!checked.ok) throw new Error(checked.message);
    if ('path' in c.expected && c.expected.path) expect(at(checked.pack, c.expected.path)).toBe(c.expected.text);
  });
});
