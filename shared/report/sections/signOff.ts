// Runs everywhere (pure). The last page: what signing means, who is expected to sign, and the empty boxes the
// signer fills (signOffLayout.ts); nothing is drawn inside a box.
import { MaxSignatureSlots, signatureSlot } from '../signOffLayout';
import { fitLine } from '../layout/textLayout';
import { Colours, Styles } from '../layout/theme';
import type { SectionContext } from './context';
import { drawLabelledRows } from './labelled';

/** Boxes for the expected signers, at least one per side of a joint committee. */
export function signatureSlotCount(signers: number): number {
  return Math.min(MaxSignatureSlots, Math.max(2, signers));
}

export function drawSignOff(ctx: SectionContext): void {
  const { w, model } = ctx;
  const s = model.strings;
  w.newPage();
  w.heading(s.signOff, Styles.h1, 0);
  drawLabelledRows(
    w,
    [
      { label: s.assessmentId, value: model.assessment.id, style: Styles.mono },
      { label: s.fingerprint, value: model.fingerprint, style: Styles.mono },
    ],
    w.left,
    150,
  );
  w.y -= 4;
  w.paragraph(s.signOffStatement, Styles.body);

  const slots = signatureSlotCount(model.signers.length);
  const label = Styles.smallBold;
  const firstBox = signatureSlot(0);
  // Everything above the first row of boxes and its labels.
  const floor = firstBox.y + firstBox.height + w.lineHeight(label) + 8;

  const row = Styles.table;
  const rowHeight = w.lineHeight(row);
  w.y -= 6;
  w.lines(w.wrap(s.expectedSigners, Styles.h3, w.width), Styles.h3);
  const room = Math.max(0, Math.floor((w.y - floor) / rowHeight));
  const signers = model.signers;
  const shown = signers.length <= room ? signers.length : Math.max(0, room - 1);
  const columns = [w.left, w.left + w.width * 0.38, w.left + w.width * 0.6];
  const widths = [w.width * 0.38 - 6, w.width * 0.22 - 6, w.width * 0.4];
  signers.slice(0, shown).forEach((signer, i) => {
    const cells = [`${i + 1}. ${signer.name || s.none}`, s.sides[signer.side], signer.role || s.none];
    cells.forEach((text, c) => {
      const style = c === 0 ? Styles.tableBold : row;
      const face = w.faces[style.face];
      w.lineAt(fitLine(w.clean(text, style), face, style.size, widths[c]!), columns[c]!, w.y, style);
    });
    w.y -= rowHeight;
  });
  if (signers.length === 0) {
    w.lineAt(s.noParticipants, w.left, w.y, Styles.muted);
    w.y -= rowHeight;
  }
  if (shown < signers.length) {
    w.lineAt(w.fit(s.moreSigners(signers.length - shown), Styles.muted, w.width), w.left, w.y, Styles.muted);
    w.y -= rowHeight;
  }

  for (let i = 0; i < slots; i++) {
    const box = signatureSlot(i);
    const signer = signers[i];
    // Fewer participants than boxes: the first two boxes are still for the worker and the employer side.
    const side = signer?.side ?? (i === 0 ? 'worker' : 'employer');
    const text = signer ? `${i + 1}. ${signer.name || s.none} · ${s.sides[side]}` : `${i + 1}. ${s.sides[side]}`;
    w.lineAt(w.fit(text, label, box.width), box.x, box.y + box.height + 2 + w.lineHeight(label), label);
    // The border lies wholly outside the box, so the box itself stays empty for the signature.
    w.strokeRect(box.x - 0.375, box.y - 0.375, box.width + 0.75, box.height + 0.75, Colours.muted, 0.75);
  }
  ctx.step();
}
