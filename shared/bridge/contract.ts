// Runs everywhere (pure). The one typed bridge between the renderer and the desktop shell.
// Adding a channel: an entry in Channels (channels.ts), its argument schema in ArgSchemas, its verb in DesktopApi.
import { z } from 'zod';
import { type Channel, Channels } from './channels';

export { type Channel, Channels };

/** Largest file the renderer may hand to or ask from the shell in one call. */
export const MaxFileBytes = 512 * 1024 * 1024;

/** File names only: no folders, no traversal, no characters Windows refuses. */
const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|]+$/, 'a plain file name without folders')
  .refine((n) => ![...n].some((c) => c.charCodeAt(0) < 0x20), 'no control characters')
  .refine((n) => n !== '.' && n !== '..', 'a plain file name');

const ExtensionSchema = z.string().regex(/^[a-z0-9]{1,10}$/);

export const SaveFileArgsSchema = z.strictObject({
  suggestedName: FileNameSchema,
  /** Shown in the save dialog's type filter. */
  filterName: z.string().min(1).max(80),
  extensions: z.array(ExtensionSchema).min(1).max(10),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MaxFileBytes, 'file too large'),
});
export type SaveFileArgs = z.infer<typeof SaveFileArgsSchema>;

export const OpenFileArgsSchema = z.strictObject({
  filterName: z.string().min(1).max(80),
  extensions: z.array(ExtensionSchema).min(1).max(10),
  maxBytes: z.number().int().positive().max(MaxFileBytes),
});
export type OpenFileArgs = z.infer<typeof OpenFileArgsSchema>;

export const WriteBackupArgsSchema = z.strictObject({
  name: FileNameSchema,
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MaxFileBytes, 'backup too large'),
});
export type WriteBackupArgs = z.infer<typeof WriteBackupArgsSchema>;

/** Links the app may open in the user's browser; anything else is refused. */
export const ExternalLinkAllowList = ['https://eur-lex.europa.eu/', 'https://www.law.go.kr/', 'https://www.ilo.org/'] as const;
export const OpenExternalArgsSchema = z
  .string()
  .max(2000)
  .refine((url) => ExternalLinkAllowList.some((prefix) => url.startsWith(prefix)), 'link not on the allow-list');

export const ArgSchemas = {
  [Channels.getAppInfo]: z.tuple([]),
  [Channels.saveFile]: z.tuple([SaveFileArgsSchema]),
  [Channels.openFile]: z.tuple([OpenFileArgsSchema]),
  [Channels.writeBackup]: z.tuple([WriteBackupArgsSchema]),
  [Channels.openExternal]: z.tuple([OpenExternalArgsSchema]),
} as const satisfies Record<Channel, z.ZodType>;

/** Expected failures a user can act on; bugs reject instead. */
export type BridgeErrorCode = 'cancelled' | 'too-large' | 'io-error' | 'not-allowed';
export type BridgeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BridgeErrorCode; readonly detail?: string };

export type AppInfo = {
  readonly version: string;
  /** `desktop` inside Electron, `browser` for the browser edition. */
  readonly edition: 'desktop' | 'browser';
  readonly platform: string;
};

export type OpenedFile = { readonly name: string; readonly bytes: Uint8Array };

/** What the renderer sees as `window.desktop`, in Electron (preload) and the browser edition alike. */
export type DesktopApi = {
  /** Version and edition of the running app. */
  getAppInfo(): Promise<AppInfo>;
  /** Ask where to save, then write the bytes there. Resolves `{ ok: false, error: 'cancelled' }` if the user cancels. */
  saveFile(args: SaveFileArgs): Promise<BridgeResult<{ readonly location: string }>>;
  /** Let the user pick one file and read it; refuses files larger than `maxBytes` with `too-large`. */
  openFile(args: OpenFileArgs): Promise<BridgeResult<OpenedFile>>;
  /** Keep a backup copy of the local database before an upgrade; resolves where it went, for the UI to show. */
  writeBackup(args: WriteBackupArgs): Promise<BridgeResult<{ readonly location: string }>>;
  /** Open an allow-listed reference link (law texts) in the user's browser. */
  openExternal(url: string): Promise<BridgeResult<null>>;
};

/** The result type each channel's handler returns, derived from DesktopApi. */
export type ChannelResults = {
  [Channels.getAppInfo]: Awaited<ReturnType<DesktopApi['getAppInfo']>>;
  [Channels.saveFile]: Awaited<ReturnType<DesktopApi['saveFile']>>;
  [Channels.openFile]: Awaited<ReturnType<DesktopApi['openFile']>>;
  [Channels.writeBackup]: Awaited<ReturnType<DesktopApi['writeBackup']>>;
  [Channels.openExternal]: Awaited<ReturnType<DesktopApi['openExternal']>>;
};
export type ChannelArgs<C extends Channel> = z.infer<(typeof ArgSchemas)[C]>;
