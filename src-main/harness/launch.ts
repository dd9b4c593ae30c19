import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, chromium as ChromiumType } from 'playwright-core';
import { BRIDGE_KEY, CHANNELS, EVENTS } from '../../src-shared/ipc/channels';
import { isAppUrl, isInPageUrl } from '../../src-shared/security/policy';
import { createCore, type Core } from '../services/core';
import type { KdfCost } from '../services/crypto/kdf';
import { chromiumArgs, findChromium } from './chromium';
import { DialogQueue } from './dialog-queue';
import { harnessPdf } from './pdf';
import { installBridgeInPage } from './bridge-script';
import { startRendererServer, type HarnessServer } from './server';

export interface HarnessOptions {
  /** Playwright's chromium launcher (from @playwright/test or playwright-core). */
  readonly chromium: typeof ChromiumType;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** Main's data folder; the Chromium profile lives in `<dataDir>/profile`. */
  readonly dataDir: string;
  readonly headless?: boolean;
  /** Extra Chromium flags, e.g. --app=URL for the preview. */
  readonly extraArgs?: readonly string[];
  /** scrypt cost for new vaults (tests pass a fast one); calibrated when absent. */
  readonly kdfCost?: KdfCost;
}

export interface Harness {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly core: Core;
  readonly dialogs: DialogQueue;
  readonly origin: string;
  readonly dataDir: string;
  readonly profileDir: string;
  /** Requests the policy cancelled (for the security spec). */
  readonly blockedRequests: string[];
  close(): Promise<void>;
}

/**
 * The second shell over the same core: the real renderer build in Chromium,
 * the real main-process services in this Node process, bridged through the
 * same contract and dispatcher. Only Electron's transport is replaced.
 */
export async function launchHarness(options: HarnessOptions): Promise<Harness> {
  const executablePath = findChromium(() => options.chromium.executablePath());
  if (!executablePath) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
  const server: HarnessServer = await startServerForProfile(options.rendererDir, options.dataDir);
  const profileDir = join(options.dataDir, 'profile');
  mkdirSync(profileDir, { recursive: true });
  const dialogs = new DialogQueue();
  const blockedRequests: string[] = [];

  let page: Page | null = null;
  const core = createCore({
    dataDir: join(options.dataDir, 'data'),
    shell: 'harness',
    appOrigin: server.origin,
    dialogs,
    pdf: harnessPdf(options.chromium, executablePath),
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
    emit: (event, payload) => {
      void page
        ?.evaluate(
          ([e, p]) =>
            (
              globalThis as unknown as { __juryrumDeliver?: (e: string, p: unknown) => void }
            ).__juryrumDeliver?.(e, p),
          [event, payload] as const,
        )
        .catch(() => undefined);
    },
  });

  const context = await options.chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    args: [...chromiumArgs(), ...(options.extraArgs ?? [])],
    viewport: options.headless === false ? null : { width: 1280, height: 860 },
    locale: 'sv-SE',
    permissions: [],
  });

  // Same policy as the Electron session: cancel every non-app request and
  // deny new windows.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isAppUrl(url, server.origin) || isInPageUrl(url)) return route.continue();
    blockedRequests.push(url);
    // A navigation answered with 204 No Content leaves the page where it is,
    // like Electron's will-navigate preventDefault; anything else is cancelled.
    if (route.request().isNavigationRequest()) return route.fulfill({ status: 204 });
    return route.abort('blockedbyclient');
  });
  await context.exposeBinding('__juryrumInvoke', (source, channel: unknown, request: unknown) =>
    core.dispatch(channel, request, {
      url: source.frame.url(),
      isMainFrame: source.frame === source.page.mainFrame(),
    }),
  );
  await context.addInitScript(installBridgeInPage, {
    bridgeKey: BRIDGE_KEY,
    channels: [...CHANNELS],
    events: [...EVENTS],
  });

  page = context.pages()[0] ?? (await context.newPage());
  const mainPage = page;
  // window.open is denied: any popup the app page opens is closed at once.
  mainPage.on('popup', (p) => void p.close());
  await mainPage.goto(`${server.origin}/index.html`);

  return {
    page: mainPage,
    context,
    core,
    dialogs,
    origin: server.origin,
    dataDir: options.dataDir,
    profileDir,
    blockedRequests,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      await core.close();
    },
  };
}

/**
 * IndexedDB belongs to an origin, and in the harness the origin includes the
 * port. A profile therefore keeps its port across launches (stored beside
 * it), just as the Electron app always uses app://bundle.
 */
async function startServerForProfile(rendererDir: string, dataDir: string): Promise<HarnessServer> {
  const portFile = join(dataDir, 'harness-port');
  mkdirSync(dataDir, { recursive: true });
  let saved = 0;
  try {
    saved = Number.parseInt(readFileSync(portFile, 'utf8'), 10) || 0;
  } catch {
    /* first launch */
  }
  const server = await startRendererServer(rendererDir, saved);
  if (saved === 0) writeFileSync(portFile, new URL(server.origin).port);
  return server;
}
