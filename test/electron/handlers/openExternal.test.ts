import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async (_url: string) => undefined) } }));
vi.mock('electron', () => electron);

import { openExternal } from '../../../electron/main/handlers/openExternal';

afterEach(() => vi.clearAllMocks());

describe('openExternal', () => {
  it('opens an allow-listed link in the browser', async () => {
    await expect(openExternal('https://eur-lex.europa.eu/eli/reg/2024/1689/oj')).resolves.toEqual({ ok: true, value: null });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://eur-lex.europa.eu/eli/reg/2024/1689/oj');
  });

  it('refuses links off the allow-list even when called directly', async () => {
    for (const url of ['https://evil.example/', 'https://www.ilo.org.evil.example/', 'file:///etc/passwd', 'not a url']) {
      await expect(openExternal(url)).resolves.toMatchObject({ ok: false, error: 'not-allowed' });
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('hands the OS the normalised URL, still on the allowed host', async () => {
    // Dot segments and backslashes are folded by the URL parser; what is opened is what was checked.
    await expect(openExternal('https://www.ilo.org/../..\\..@evil.example')).resolves.toMatchObject({ ok: true });
    expect(electron.shell.openExternal.mock.calls[0]?.[0]).toMatch(/^https:\/\/www\.ilo\.org\//);
  });

  it('resolves io-error when the system cannot open it', async () => {
    electron.shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    await expect(openExternal('https://www.law.go.kr/')).resolves.toEqual({ ok: false, error: 'io-error', detail: 'no browser' });
  });
});
