import { app, BrowserWindow, ipcMain, powerMonitor, protocol, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { APP_ORIGIN, originOf } from '../../src-shared/security/policy';
import { createCore } from '../services/core';
import { webPreferences } from './web-preferences';
import { hardenSession, hardenWebContents } from './harden';
import { registerAppProtocol, registerPrivilegedScheme } from './protocol';
import { registerIpc } from './ipc';
import { electronDialogs } from './dialogs';
import { electronKeychain } from './keychain';
import { electronPdf } from './pdf';

/**
 * The thin Electron shell: window, protocol, session policy and IPC
 * transport. Everything else is in the core (src-main/services).
 */
export function startShell(): void {
  const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
  const isDev = !app.isPackaged && typeof devServerUrl === 'string';
  const appOrigin = isDev && devServerUrl ? (originOf(devServerUrl) ?? APP_ORIGIN) : APP_ORIGIN;
  const here = fileURLToPath(new URL('.', import.meta.url));

  // Test runs and second profiles choose their own data folder.
  const dataOverride = process.env['JURYRUM_DATA_DIR'];
  if (dataOverride) app.setPath('userData', dataOverride);

  app.enableSandbox();
  registerPrivilegedScheme(protocol);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let window: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin));

  void app.whenReady().then(() => {
    const core = createCore({
      dataDir: join(app.getPath('userData'), 'data'),
      shell: 'electron',
      appOrigin,
      electronVersion: process.versions.electron ?? null,
      dialogs: electronDialogs(() => window),
      pdf: electronPdf(),
      keychain: electronKeychain(),
      emit: (event, payload) => window?.webContents.send(event, payload),
      logError: (channel, error) => console.error(`[ipc] ${channel} failed:`, error),
    });
    registerAppProtocol(protocol, join(here, '../renderer'));
    hardenSession(session.defaultSession, appOrigin);
    registerIpc(ipcMain, core.dispatch);
    // A laptop that sleeps or whose screen locks is a laptop left alone.
    powerMonitor.on('suspend', () => core.vault.lock('suspend'));
    powerMonitor.on('lock-screen', () => core.vault.lock('lock-screen'));
    app.on('will-quit', () => void core.close());

    window = new BrowserWindow({
      width: 1280,
      height: 860,
      minWidth: 640,
      minHeight: 480,
      show: false,
      title: 'Juryrum',
      backgroundColor: '#ffffff',
      webPreferences: webPreferences(join(here, '../preload/index.cjs'), isDev),
    });
    window.once('ready-to-show', () => window?.show());
    void window.loadURL(isDev && devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`);
  });
}
