// Runs everywhere (pure). Which assessments are visits to the same site, and in what order they happened.
import type { Assessment, AssessmentId } from '../domain/assessment';

/** Visit order: by the visit date, an undated one by the day it was created, ties by creation time. */
export function compareVisits(a: Assessment, b: Assessment): number {
  const day = (x: Assessment): string => x.date || x.createdAt.slice(0, 10);
  return day(a).localeCompare(day(b)) || a.createdAt.localeCompare(b.createdAt);
}

/** The two assessments as earlier and later visit, whichever order they come in. */
export function inVisitOrder(a: Assessment, b: Assessment): { readonly earlierId: AssessmentId; readonly laterId: AssessmentId } {
  return compareVisits(a, b) <= 0 ? { earlierId: a.id, laterId: b.id } : { earlierId: b.id, laterId: a.id };
}

/**
 * Other assessments of the same workplace, in visit order: the same workplace name and site (ignoring
 * case and surrounding spaces; an unnamed workplace matches nothing by name), or linked to this one
 * through a chain of follow-ups in either direction.
 */
export function relatedAssessments(current: Assessment, all: readonly Assessment[]): Assessment[] {
  const place = (a: Assessment): string => (a.workplace.name.trim() ? `${norm(a.workplace.name)}\u0000${norm(a.workplace.site)}` : '');
  const here = place(current);
  const chain = followUpChain(current.id, all);
  return all.filter((a) => a.id !== current.id && ((here !== '' && place(a) === here) || chain.has(a.id))).sort(compareVisits);
}

function norm(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/** Every assessment reachable from `id` through `followUpOf` links, in either direction. */
function followUpChain(id: AssessmentId, all: readonly Assessment[]): Set<AssessmentId> {
  const reached = new Set<AssessmentId>([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of all) {
      const linked = a.followUpOf !== null && (reached.has(a.id) || reached.has(a.followUpOf));
      if (!linked) continue;
      for (const x of [a.id, a.followUpOf!]) {
        if (!reached.has(x)) {
          reached.add(x);
          grew = true;
        }
      }
    }
  }
  return reached;
}
