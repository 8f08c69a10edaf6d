// Runs in the renderer. Everything a report of one assessment is built from, gathered from the database.
import type { Language } from '../../../shared/i18n/localized';
import type { ReportPhoto, ReportRequest } from '../../../shared/report/reportInput';
import type { AssessmentView } from '../hooks/useAssessment';
import { getAssessment } from './assessments';
import { evidenceBytes } from './evidence';
import { instrumentResultsOf } from './instrumentEvidence';

/** Photo evidence as the report embeds it: the stored JPEGs, item photos after their finding, the rest in the evidence section. */
async function reportPhotos(view: AssessmentView): Promise<ReportPhoto[]> {
  const photos: ReportPhoto[] = [];
  const fallbackPack = view.packs[0]?.id ?? '';
  for (const e of [...view.evidence].sort((a, b) => a.addedAt.localeCompare(b.addedAt))) {
    if (e.kind !== 'photo' || e.file.mediaType !== 'image/jpeg') continue;
    const blob = await evidenceBytes(e);
    if (!blob) continue;
    photos.push({ packId: e.item?.packId ?? fallbackPack, itemId: e.item?.itemId ?? null, caption: e.caption || e.file.fileName, jpeg: new Uint8Array(await blob.arrayBuffer()), evidenceId: e.id });
  }
  return photos;
}

export async function reportRequestFor(view: AssessmentView, lang: Language, appVersion: string): Promise<ReportRequest> {
  const { assessment, answers, evidence, positions, actions, meetings, packs } = view;
  const earlier = assessment.followUpOf ? await getAssessment(assessment.followUpOf) : undefined;
  return {
    assessment,
    answers,
    evidence,
    positions,
    actions,
    meetings,
    packs,
    lang,
    generatedAt: new Date().toISOString(),
    appVersion,
    photos: await reportPhotos(view),
    instrumentResults: await instrumentResultsOf(evidence),
    ...(earlier ? { followUpOfTitle: `${earlier.title || earlier.workplace.name} (${earlier.date})` } : {}),
  };
}
