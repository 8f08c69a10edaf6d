// Drives Debian's Chromium (never a downloaded browser) against the built browser edition.
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

export type Session = {
  readonly server: WebServer;
  readonly profile: string;
  /** Every request the pages made to anything but the app's own origin (and in-page blob:/data:). */
  readonly foreignRequests: string[];
  context: BrowserContext;
  page: Page;
  /** Closes the browser and starts it again on the same profile, as a user quitting and returning would. */
  restart(): Promise<void>;
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
    async close() {
      await session.context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}
