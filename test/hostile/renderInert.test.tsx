// @vitest-environment happy-dom
// Markup an assessment file may carry in any text field is imported as text, and every screen that shows it shows
// it as text: no element, attribute or script comes out of it.
// Dexie reads the IndexedDB global when it loads: the in-memory one must come first.
import 'fake-indexeddb/auto';
import { cleanup, configure, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentId } from '../../shared/domain/assessment';
import { parseAssessmentFile } from '../../shared/format/assessmentFile';
import { addAssessmentBundle } from '../../renderer/src/data/assessmentFiles';
import { setDatabase } from '../../renderer/src/data/database';
import { createDb } from '../../renderer/src/db/db';
import { startI18n } from '../../renderer/src/i18n';
import { ActionsScreen } from '../../renderer/src/screens/actions/ActionsScreen';
import { AssessmentListScreen } from '../../renderer/src/screens/AssessmentListScreen';
import { EvidenceScreen } from '../../renderer/src/screens/evidence/EvidenceScreen';
import { MeetingsScreen } from '../../renderer/src/screens/meetings/MeetingsScreen';
import { SummaryScreen } from '../../renderer/src/screens/SummaryScreen';
import { richFile } from './cases/assessmentFile';
import { MarkupPayloads, utf8 } from './corpus';

// Other test projects share the machine's two cores: give a database round trip more than the default second.
configure({ asyncUtilTimeout: 5000 });

const [script, image, svg, link] = MarkupPayloads;
let id: AssessmentId;

beforeAll(async () => {
  if (!i18next.isInitialized) await startI18n('en');
  const db = createDb('render-inert-test');
  await db.open();
  setDatabase(db);
  type Row = Record<string, unknown>;
  const file = richFile();
  const assessment = file['assessment'] as Row & { workplace: Row; systems: Row[]; participants: Row[] };
  const rows = (key: string): Row[] => file[key] as Row[];
  assessment['title'] = script;
  assessment.workplace['name'] = image;
  assessment.workplace['site'] = svg;
  assessment.systems[0]!['name'] = link;
  assessment.participants[0]!['name'] = image;
  for (const row of rows('evidence')) row['caption'] = svg;
  rows('actions')[0]!['description'] = script;
  rows('actions')[0]!['owner'] = image;
  rows('meetings')[0]!['notes'] = link;
  const parsed = parseAssessmentFile(utf8(JSON.stringify(file)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  ({ id } = await addAssessmentBundle(parsed.file));
});

afterEach(cleanup);

/** Nothing in the document came from the payloads: no script, no event-handler attribute, no javascript: link, nothing ran. */
function expectInert(container: HTMLElement): void {
  expect(container.querySelectorAll('script').length).toBe(0);
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute, `${element.tagName} has ${attribute}`).not.toMatch(/^on/);
      expect(element.getAttribute(attribute) ?? '', `${element.tagName} ${attribute}`).not.toMatch(/^\s*javascript:/i);
    }
  }
  expect(container.querySelectorAll('img[src="x"], svg[onload]').length).toBe(0);
  expect((window as unknown as { __hostileRan?: boolean }).__hostileRan).toBeUndefined();
}

const screens: [string, () => ReactElement, readonly string[]][] = [
  ['the list of assessments', () => <AssessmentListScreen />, [script]],
  ['the summary', () => <SummaryScreen id={id} />, [script]],
  ['the evidence', () => <EvidenceScreen id={id} />, [svg]],
  ['the action plan', () => <ActionsScreen id={id} />, [script]],
  ['the meetings', () => <MeetingsScreen id={id} />, [link]],
];

describe('markup in an imported assessment', () => {
  it.each(screens)('shows as text on %s', async (_name, element, shown) => {
    const { container } = render(element());
    for (const text of shown) {
      // Found as text (in an element's text or a form field's value), never as markup.
      await screen.findAllByText((_, node) => node !== null && node.children.length === 0 && (node.textContent ?? '').includes(text), {}, { timeout: 5000 }).catch(async () =>
        expect(await screen.findByDisplayValue(text, {}, { timeout: 5000 })).toBeTruthy(),
      );
    }
    expect(container.innerHTML).toContain('&lt;');
    expectInert(container);
  });
});
