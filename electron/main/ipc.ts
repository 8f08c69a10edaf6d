// Runs in Electron's main process (Node). The typed side of the bridge: every channel registered through
// handle() checks who is calling and what it sent before any handler runs. May import shared/ and electron.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ArgSchemas, type Channel, type ChannelArgs, type ChannelResults } from '../../shared/bridge/contract';
import { devServerUrl, isAppUrl } from './origins';

/** A channel's argument tuple, known to be an array even while `C` is still generic. */
export type ArgsOf<C extends Channel> = ChannelArgs<C> extends infer A extends readonly unknown[] ? A : never;

/** A channel handler: the invoke event (for the calling window), then the validated arguments. */
export type Handler<C extends Channel> = (event: IpcMainInvokeEvent, ...args: ArgsOf<C>) => Promise<ChannelResults[C]>;

/**
 * Throws unless the call comes from a frame showing one of the app's own pages. A frame that has
 * gone away (`senderFrame` null) is refused too.
 */
export function assertTrustedSender(event: IpcMainInvokeEvent, channel: string, devUrl: string | undefined = devServerUrl()): void {
  const frameUrl = event.senderFrame?.url;
  if (frameUrl === undefined || !isAppUrl(frameUrl, devUrl)) {
    throw new Error(`${channel}: refused a call from an untrusted sender (${frameUrl ?? 'no frame'})`);
  }
}

/** Parses a channel's raw arguments; throws on anything the contract does not allow (a bug or an attack, not a user error). */
export function parseArgs<C extends Channel>(channel: C, args: readonly unknown[]): ArgsOf<C> {
  const result = ArgSchemas[channel].safeParse(args);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(args)'}: ${issue.message}`).join('; ');
    throw new Error(`${channel}: invalid arguments: ${issues}`);
  }
  // `ArgSchemas[channel]` widens to the union of all schemas while C is generic; the lookup above is by the same C.
  return result.data as unknown as ArgsOf<C>;
}

/** The listener handle() registers, exported so tests can call it with a fake event. */
export function guarded<C extends Channel>(channel: C, handler: Handler<C>): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<ChannelResults[C]> {
  return async (event, ...args) => {
    assertTrustedSender(event, channel);
    return handler(event, ...parseArgs(channel, args));
  };
}

/** Registers a channel with ipcMain behind the sender check and argument validation. */
export function handle<C extends Channel>(channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, guarded(channel, handler));
}
