// Runs in the renderer. Placeholder while the screen is being built; replaced in the same change set.
import type { ReactElement } from 'react';
import type { AssessmentId } from '../../../../shared/domain/assessment';

export function KioskScreen({ id, surveyId }: { id: AssessmentId; surveyId: string }): ReactElement {
  return <section className="screen" data-placeholder={`${id}/${surveyId}`} />;
}
