// Runs everywhere (pure). The first page(s): what was assessed, where, by whom, with what, and which data; which
// earlier visit it follows up, and whether it is an imported, read-only copy.
import { Sides } from '../../domain/assessment';
import { formatDate, formatInstant } from '../dates';
import { drawTable } from '../layout/table';
import { Colours, Styles, WarningFill } from '../layout/theme';
import { drawCallout } from './callout';
import type { SectionContext } from './context';
import { drawLabelledRows } from './labelled';

const labelWidth = 150;

export function drawCover(ctx: SectionContext): void {
  const { w, model } = ctx;
  const { assessment, strings: s, lang } = model;
  const orNone = (text: string): string => (text.trim() === '' ? s.none : text);

  w.paragraph(s.kicker, Styles.coverKicker);
  w.y -= 6;
  w.paragraph(assessment.title.trim() || s.untitled, Styles.coverTitle);
  if (assessment.workplace.name.trim() !== '') w.paragraph(assessment.workplace.name, Styles.coverSubtitle);
  w.y -= 8;
  w.rule(w.left, w.y, w.right, w.y, Colours.brand, 1);
  w.y -= 10;
  const imported = model.importedFrom;
  if (imported) {
    const detail = s.importedDetail(imported.fileName, formatInstant(imported.importedAt, lang), imported.signer, imported.intact);
    // A pack whose hashes or signature did not check out is shaded as a warning.
    if (imported.intact) drawCallout(w, s.importedCopy, detail, Colours.faint, Colours.brand);
    else drawCallout(w, s.importedCopy, detail, WarningFill, Colours.warning);
    w.y -= 4;
  }

  const packs = model.packs.map((p) => s.packLine(p.id, p.version, p.title[lang])).join('\n');
  drawLabelledRows(
    w,
    [
      { label: s.workplaceName, value: orNone(assessment.workplace.name) },
      { label: s.site, value: orNone(assessment.workplace.site) },
      { label: s.sector, value: orNone(assessment.workplace.sector) },
      { label: s.sizeBand, value: assessment.workplace.sizeBand === '' ? s.sizeUnknown : s.sizeWorkers(assessment.workplace.sizeBand) },
      { label: s.date, value: orNone(formatDate(assessment.date, lang)) },
      ...(model.followUpOf ? [{ label: s.followUpOf, value: model.followUpOf.title ?? s.earlierAssessment(model.followUpOf.id), style: Styles.bodyBold }] : []),
      { label: s.checklists, value: orNone(packs) },
      { label: s.riskMethod, value: model.method.name[lang] },
      { label: s.generatedAt, value: formatInstant(model.generatedAt, lang) },
      { label: s.appVersion, value: `JointCheck ${model.appVersion}` },
      { label: s.assessmentId, value: assessment.id, style: Styles.mono },
      { label: s.fingerprint, value: model.fingerprint, style: Styles.mono },
    ],
    w.left,
    labelWidth,
  );
  w.paragraph(s.fingerprintNote, Styles.muted, w.left + labelWidth);
  if (model.missingPacks.length > 0) {
    w.y -= 6;
    w.paragraph(s.missingPacks(model.missingPacks.map((r) => `${r.packId} v${r.version}`).join(', ')), Styles.bodyBold);
  }

  w.heading(s.systems, Styles.h2, 16);
  if (assessment.systems.length === 0) w.paragraph(s.noSystems, Styles.muted);
  for (const system of assessment.systems) {
    w.heading(orNone(system.name), Styles.h3, 6, 30);
    drawLabelledRows(
      w,
      [
        { label: s.vendor, value: orNone(system.vendor) },
        { label: s.purpose, value: orNone(system.purpose) },
        { label: s.dataUsed, value: orNone(system.dataUsed) },
        { label: s.decisions, value: orNone(system.decisions) },
        { label: s.deployedWhere, value: orNone(system.deployedWhere) },
        // One row for both dates, which are read together (AI Act Art. 26(7)), so the cover stays one page.
        { label: s.goLive, value: `${orNone(formatDate(system.goLiveDate, lang))} · ${s.informedOn(orNone(formatDate(system.informedDate, lang)))}` },
      ],
      w.left,
      labelWidth,
    );
  }

  w.heading(s.participants, Styles.h2, 16);
  if (assessment.participants.length === 0) w.paragraph(s.noParticipants, Styles.muted);
  // One table, grouped by side (the side named once per group): compact enough to keep the cover to a page.
  const rows = Sides.flatMap((side) =>
    assessment.participants
      .filter((p) => p.side === side)
      .map((p, i) => [{ text: i === 0 ? s.sides[side] : '', style: Styles.tableBold }, orNone(p.name), orNone(p.role)]),
  );
  if (rows.length > 0) {
    drawTable(
      w,
      [
        { header: s.side, share: 1 },
        { header: s.participantName, share: 1.4 },
        { header: s.role, share: 2 },
      ],
      rows,
    );
  }
  ctx.step();
}
