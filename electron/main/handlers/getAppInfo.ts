// Runs in Electron's main process (Node). Handler for `app:get-info`.
import { app } from 'electron';
import type { AppInfo } from '../../../shared/bridge/contract';

export async function getAppInfo(): Promise<AppInfo> {
  return { version: app.getVersion(), edition: 'desktop', platform: process.platform };
}
