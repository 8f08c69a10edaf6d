import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { getVersion: () => '1.2.3' } }));

import { getAppInfo } from '../../../electron/main/handlers/getAppInfo';

describe('getAppInfo', () => {
  it('reports the app version, the desktop edition and the platform', async () => {
    await expect(getAppInfo()).resolves.toEqual({ version: '1.2.3', edition: 'desktop', platform: process.platform });
  });
});
