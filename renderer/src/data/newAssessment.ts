// Runs in the renderer. What a new assessment starts with: today, every current pack, the default risk method.
import { emptyWorkplace, type NewAssessmentInput } from '../../../shared/domain/assessment';
import { currentPacks } from '../../../shared/packs/registry';
import { DefaultRiskMethodId } from '../../../shared/risk/methods';

/** Today as a local calendar date, `YYYY-MM-DD`. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function newAssessmentDefaults(): NewAssessmentInput {
  return {
    title: '',
    workplace: emptyWorkplace(),
    systems: [],
    participants: [],
    date: today(),
    packs: currentPacks().map((p) => ({ packId: p.id, version: p.version })),
    riskMethodId: DefaultRiskMethodId,
  };
}
