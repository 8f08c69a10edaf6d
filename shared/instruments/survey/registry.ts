// Runs everywhere (pure). The questionnaires JointCheck knows, by id and version, and the short names the command line uses.
import { HseIndicatorTool } from './hseIndicator';
import { JointCheckQuestionnaire } from './jointcheckQuestionnaire';
import { type Questionnaire, type QuestionnaireId, questionnaireItems } from './questionnaire';

/** Every published version stays here, so stored responses and results always find the version they were given against. */
const Published: readonly Questionnaire[] = [JointCheckQuestionnaire, HseIndicatorTool];

export const QuestionnaireShortNames = { jointcheck: 'jointcheck-ai-psychosocial', hse: 'hse-indicator' } as const satisfies Record<string, QuestionnaireId>;

/** The newest version when none is given. */
export function findQuestionnaire(id: string, version?: number): Questionnaire | null {
  const matching = Published.filter((q) => q.id === id && (version === undefined || q.version === version));
  return matching.sort((a, b) => b.version - a.version)[0] ?? null;
}

/** The CSV column that holds an item's answers: HSE accepts q1, Q01, item_1 or plain 1; our questionnaire uses item ids. */
export function itemForColumn(questionnaire: Questionnaire, column: string): string | null {
  const name = column.trim().toLowerCase();
  if (questionnaire.columns === 'item-ids') return questionnaireItems(questionnaire).find((item) => item.id === name)?.id ?? null;
  const match = /^(?:q|item)?[\s_.#-]*0*([1-9]\d?)$/.exec(name);
  if (!match) return null;
  return questionnaireItems(questionnaire).find((item) => item.number === Number(match[1]))?.id ?? null;
}

/** Which questionnaire a CSV header belongs to: the one whose item columns it holds most of, or null if none. */
export function detectQuestionnaire(header: readonly string[]): Questionnaire | null {
  const scored = Published.map((q) => ({ q, hits: header.filter((column) => itemForColumn(q, column) !== null).length }));
  const best = scored.sort((a, b) => b.hits - a.hits)[0];
  return best && best.hits > 0 ? best.q : null;
}
