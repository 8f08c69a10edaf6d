// The import dialog's line about a pack's change history: why a pack whose files all match still did not pass.
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PackAuditStatus } from '../../../renderer/src/screens/history/PackAuditStatus';
import { startI18n } from '../../../renderer/src/i18n';

beforeAll(async () => {
  if (!i18next.isInitialized) await startI18n('en');
});
afterEach(cleanup);

const chain = { intact: true, entries: 12, headHash: 'a'.repeat(64), brokenAt: null, problems: [] };

describe('PackAuditStatus', () => {
  it('says intact, broken with the reasons, or not checked', () => {
    render(
      <PackAuditStatus
        logs={[
          { path: 'audit/log.jsonl', chain, unreadableLines: [], passes: true },
          { path: 'audit/log-2.jsonl', chain: { ...chain, intact: false, brokenAt: 3, problems: [{ kind: 'removed', seq: 3, count: 2 }] }, unreadableLines: [7], passes: false },
          { path: 'audit/log-3.jsonl', chain: null, unreadableLines: [], passes: false },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Change history: intact, no entry removed or edited. Entries: 12.',
      'Change history: broken at entry 3. Entries 3 to 4 were removed. History lines that are not entries: 7.',
      'Change history: not checked (missing from the pack, or too large).',
    ]);
  });

  it('shows nothing for a pack without a history', () => {
    const { container } = render(<PackAuditStatus logs={[]} />);
    expect(container.textContent).toBe('');
  });
});
