// Runs everywhere (pure). How actions are numbered and listed, the same in the report and the spreadsheet.
import type { Action } from '../domain/record';
import { isOverdue, Priorities } from '../domain/record';

type Created = Pick<Action, 'id' | 'createdAt'>;

const byCreation = (a: Created, b: Created): number => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * "A1", "A2", ... in the order the actions were created, so an action keeps its number from one report to the
 * next however its status and due date change.
 */
export function actionNumbers(actions: readonly Created[]): Map<string, string> {
  return new Map([...actions].sort(byCreation).map((action, i) => [action.id, `A${i + 1}`]));
}

/** Overdue first, then by due date (none last), then by priority (high first), then in creation order. */
export function compareActions(today: string): (a: Action, b: Action) => number {
  return (a, b) =>
    Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
    (a.dueDate === b.dueDate ? 0 : a.dueDate === '' ? 1 : b.dueDate === '' ? -1 : a.dueDate < b.dueDate ? -1 : 1) ||
    Priorities.indexOf(a.priority) - Priorities.indexOf(b.priority) ||
    byCreation(a, b);
}
