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

/** One piece of a streamed save: large enough that IPC overhead stays small, small enough that memory stays flat. */
export const MaxSaveChunkBytes = 8 * 1024 * 1024;
/** The most a streamed save writes in all: 4 GiB less one byte, what a ZIP without ZIP64 (an evidence pack) can hold. */
export const MaxStreamedSaveBytes = 0xffff_ffff;

export const BeginSaveArgsSchema = SaveFileArgsSchema.omit({ bytes: true });
export type BeginSaveArgs = z.infer<typeof BeginSaveArgsSchema>;
/** Handles are random UUIDs made by the shell; anything else is refused before a handler runs. */
export const SaveHandleSchema = z.uuid();
export const SaveChunkSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= MaxSaveChunkBytes, 'bytes, at most MaxSaveChunkBytes');

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
  [Channels.beginSave]: z.tuple([BeginSaveArgsSchema]),
  [Channels.appendSave]: z.tuple([SaveHandleSchema, SaveChunkSchema]),
  [Channels.finishSave]: z.tuple([SaveHandleSchema, z.boolean()]),
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
  /**
   * Ask where to save a file too large to hold in memory (an evidence pack), then write it in pieces with
   * `appendSave` and end with `finishSave`. Nothing appears at the chosen place before a commit. Resolves
   * `cancelled` if the user cancels. Desktop: a temporary file beside the target; browser edition: the
   * origin-private file system, offered as a download on commit.
   */
  beginSave(args: BeginSaveArgs): Promise<BridgeResult<{ readonly handle: string }>>;
  /**
   * Appends at most `MaxSaveChunkBytes` to the save. Resolves `not-allowed` for a handle this window did not
   * get (or that has ended); on `io-error` or `too-large` the save is abandoned and its temporary file removed.
   */
  appendSave(handle: string, bytes: Uint8Array): Promise<BridgeResult<null>>;
  /**
   * `commit`: flushes the file to disk and puts it in place whole, replacing any file there, and resolves
   * where it went. Otherwise discards what was written and resolves `cancelled`.
   */
  finishSave(handle: string, commit: boolean): Promise<BridgeResult<{ readonly location: string }>>;
};

/** The result type each channel's handler returns, derived from DesktopApi. */
export type ChannelResults = {
  [Channels.getAppInfo]: Awaited<ReturnType<DesktopApi['getAppInfo']>>;
  [Channels.saveFile]: Awaited<ReturnType<DesktopApi['saveFile']>>;
  [Channels.openFile]: Awaited<ReturnType<DesktopApi['openFile']>>;
  [Channels.writeBackup]: Awaited<ReturnType<DesktopApi['writeBackup']>>;
  [Channels.openExternal]: Awaited<ReturnType<DesktopApi['openExternal']>>;
  [Channels.beginSave]: Awaited<ReturnType<DesktopApi['beginSave']>>;
  [Channels.appendSave]: Awaited<ReturnType<DesktopApi['appendSave']>>;
  [Channels.finishSave]: Awaited<ReturnType<DesktopApi['finishSave']>>;
};
export type ChannelArgs<C extends Channel> = z.infer<(typeof ArgSchemas)[C]>;
