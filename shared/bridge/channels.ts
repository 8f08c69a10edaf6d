// Runs everywhere (pure, no dependencies). The bridge's channel names, apart from the schemas so the preload can import them without zod.
export const Channels = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  writeBackup: 'backup:write',
  openExternal: 'shell:open-external',
  beginSave: 'file:begin-save',
  appendSave: 'file:append-save',
  finishSave: 'file:finish-save',
} as const;
export type Channel = (typeof Channels)[keyof typeof Channels];
