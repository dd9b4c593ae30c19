import { mkdirSync } from 'node:fs';
import { APP_VERSION } from './app-version';
import type { AppInfo } from '../../src-shared/ipc/contract';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatcher';
import { SettingsStore } from './settings/settings-store';
import { idleLockMsOf, saveSettings } from './settings/apply-settings';
import { listRounds } from './rounds/rounds-service';
import { demoRound } from '../../src-shared/demo/demo-round';
import { demoApplications } from '../../src-shared/demo/demo-applications';
import { demoJurors, demoOrganiser } from '../../src-shared/demo/demo-people';
import type { Dialogs } from './dialogs';
import { VaultService } from './vault/vault-service';
import type { KeychainBackend } from './vault/keychain';
import type { KdfCost } from './crypto/kdf';
import { vaultHandlers } from './ipc/vault.handlers';
import { organiserHandlers } from './ipc/organiser.handlers';
import { jurorHandlers } from './ipc/juror.handlers';
import { chairHandlers } from './ipc/chair.handlers';
import { reportHandlers } from './ipc/report.handlers';
import type { PdfRenderer } from './report/pdf-capability';
import type { HandlerContext } from './ipc/context';
import type { AppEvent } from '../../src-shared/ipc/channels';

/** What the shell (Electron or the harness) tells the core about itself. */
export interface CoreOptions {
  /** Per-user data folder; the harness gives each test its own. */
  readonly dataDir: string;
  readonly shell: AppInfo['shell'];
  /** `scheme://host[:port]` the UI is served from. */
  readonly appOrigin: string;
  readonly electronVersion?: string | null;
  /** How main opens file dialogs in this shell. */
  readonly dialogs: Dialogs;
  /** How this shell prints an HTML report to PDF; absent where it cannot (CLI). */
  readonly pdf?: PdfRenderer | null;
  /** Sends a push event to the renderer. */
  readonly emit: (event: AppEvent, payload: unknown) => void;
  readonly logError?: (channel: string, error: unknown) => void;
  /** OS keychain (Electron safeStorage); absent in the harness and CLI. */
  readonly keychain?: KeychainBackend | null;
  /** scrypt cost for new vaults; calibrated when absent. Tests pass a fast one. */
  readonly kdfCost?: KdfCost;
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly settings: SettingsStore;
  readonly vault: VaultService;
  /** Every IPC handler, as registered with the dispatcher. */
  readonly handlers: Handlers;
  /** Release the vault (single-writer lock) before the process ends. */
  close(): Promise<void>;
}

export { APP_VERSION };

/**
 * Build the main-process core: every service, wired to the IPC handlers.
 * Plain Node: the Electron shell and the test harness both call this.
 */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const settings = new SettingsStore(options.dataDir);
  // Read before the vault exists, so the saved idle-lock time is in force
  // from the very first unlock.
  const initialSettings = settings.loadSync();
  const vault = new VaultService({
    dataDir: options.dataDir,
    keychain: options.keychain ?? null,
    idleLockMs: idleLockMsOf(initialSettings),
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
    onLock: (reason) => options.emit('vault:locked', { reason }),
  });
  const ctx: HandlerContext = {
    dataDir: options.dataDir,
    dialogs: options.dialogs,
    vault,
    appVersion: APP_VERSION,
    emit: options.emit,
  };

  const handlers: Handlers = {
    'app:info': () => ({
      name: 'Juryrum',
      version: APP_VERSION,
      shell: options.shell,
      electronVersion: options.electronVersion ?? null,
      nodeVersion: process.versions.node,
      platform: process.platform,
    }),
    'settings:get': () => settings.get(),
    'settings:set': (patch) => saveSettings(settings, vault, patch),
    'rounds:list': () => listRounds(),
    'rounds:demo': () => ({
      round: demoRound(),
      applications: demoApplications(),
      jurors: demoJurors(),
      organiser: demoOrganiser(),
    }),
    ...vaultHandlers(vault, options.dialogs, options.dataDir, settings),
    ...organiserHandlers(ctx),
    ...jurorHandlers(ctx),
    ...chairHandlers(ctx),
    ...reportHandlers(ctx, options.pdf ?? null),
  };

  const dispatch = createDispatcher(handlers, {
    appOrigin: options.appOrigin,
    ...(options.logError ? { logError: options.logError } : {}),
  });
  return { dispatch, settings, vault, handlers, close: () => vault.close() };
}
