// Runs everywhere (pure). Every instrument the answered items cite, with the provisions and the items citing them.
import { Styles } from '../layout/theme';
import type { SectionContext } from './context';

export function drawReferences(ctx: SectionContext): void {
  const { w, model } = ctx;
  const s = model.strings;
  w.heading(s.references, Styles.h1, 24, 80);
  w.paragraph(s.referencesIntro, Styles.muted);
  w.y -= 6;
  if (model.references.length === 0) w.paragraph(s.noReferences, Styles.muted);
  const indent = w.left + 12;
  for (const reference of model.references) {
    const title = w.wrap(reference.title, Styles.bodyBold, w.width);
    w.ensure(title.length * w.lineHeight(Styles.bodyBold) + 2 * w.lineHeight(Styles.muted));
    w.lines(title, Styles.bodyBold);
    w.paragraph(reference.citation, Styles.muted);
    for (const { provision, items } of reference.provisions) {
      w.paragraph(`${provision} (${s.citedBy(items.join(', '))})`, Styles.body, indent);
    }
    w.y -= 6;
  }
  ctx.step();
}
