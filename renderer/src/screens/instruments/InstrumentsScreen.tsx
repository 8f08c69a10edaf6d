// Runs in the renderer. Placeholder while the screen is being built; replaced in the same change set.
import type { ReactElement } from 'react';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import type { InstrumentTool } from '../../state/route';

export function InstrumentsScreen({ id, tool }: { id: AssessmentId; tool: InstrumentTool | undefined }): ReactElement {
  return <section className="screen" data-placeholder={`${id}/${tool ?? ''}`} />;
}
