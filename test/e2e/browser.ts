// Drives Debian's Chromium (never a downloaded browser) against the built browser edition.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../electron/cli/serveWeb';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps trying hosts this machine cannot reach. */
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Chromium's processes running on `profile` (found by their --user-data-dir argument); `browser` for the main one. */
function profileProcesses(profile: string): { pid: number; browser: boolean }[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && match[2]!.includes(`--user-data-dir=${profile}`))
    .map((match) => ({ pid: Number(match[1]), browser: !match[2]!.includes('--type=') }));
}

export type Session = {
  readonly server: WebServer;
  readonly profile: string;
  /** Every request the pages made to anything but the app's own origin (and in-page blob:/data:). */
  readonly foreignRequests: string[];
  context: BrowserContext;
  page: Page;
  /** Closes the browser and starts it again on the same profile, as a user quitting and returning would. */
  restart(): Promise<void>;
  /** Kills Chromium at once (SIGKILL, as a crash or a power cut would: nothing is flushed or closed); `restart()` opens the profile again. */
  kill(): Promise<void>;
  close(): Promise<void>;
};

/**
 * `root`: a built folder to serve instead of the browser edition (a test page built like the app).
 * `args`: extra Chromium flags, such as a fake camera.
 */
export async function openSession(options: { locale?: string; root?: string; args?: readonly string[] } = {}): Promise<Session> {
  const server = await startWebServer(options.root);
  const profile = mkdtempSync(join(tmpdir(), 'jointcheck-profile-'));
  const foreignRequests: string[] = [];
  const launch = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: [...flags, ...(options.args ?? [])],
      locale: options.locale ?? 'en-GB',
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
    });
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) foreignRequests.push(url);
    });
    context.setDefaultTimeout(10_000);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    return { context, page };
  };
  const first = await launch();
  const session: Session = {
    server,
    profile,
    foreignRequests,
    ...first,
    async restart() {
      await session.context.close();
      Object.assign(session, await launch());
    },
    async kill() {
      const closed = new Promise((resolve) => session.context.once('close', resolve));
      // The browser process first (the one without --type), so no child outlives it to finish a write.
      const pids = profileProcesses(profile).sort((a, b) => Number(b.browser) - Number(a.browser));
      for (const { pid } of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch (error) {
          // A child may have gone with the browser already.
          if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
        }
      }
      await closed;
    },
    async close() {
      await session.context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}
