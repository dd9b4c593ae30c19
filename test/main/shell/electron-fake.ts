import { vi } from 'vitest';

/**
 * A recording stand-in for the parts of Electron the shell uses. Tests
 * assert on what the shell asked Electron to do.
 */
export type Listener = (...args: unknown[]) => unknown;

export function createElectronFake() {
  const appListeners = new Map<string, Listener[]>();
  const windows: FakeWindow[] = [];
  let lock = true;

  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    windowOpenHandler: (() => unknown) | null = null;
    readonly sent: [string, unknown][] = [];
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: () => unknown) {
      this.windowOpenHandler = handler;
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    emit(event: string, ...args: unknown[]) {
      for (const l of this.listeners.get(event) ?? []) l(...args);
    }
  }

  class FakeWindow {
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    once() {}
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }

  const session = {
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    deviceHandler: null as Listener | null,
    beforeRequest: null as Listener | null,
    setPermissionRequestHandler(h: Listener) {
      session.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: Listener) {
      session.permissionCheckHandler = h;
    },
    setDevicePermissionHandler(h: Listener) {
      session.deviceHandler = h;
    },
    webRequest: {
      onBeforeRequest(h: Listener) {
        session.beforeRequest = h;
      },
    },
  };

  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => lock),
      quit: vi.fn(),
      setPath: vi.fn(),
      getPath: vi.fn(() => '/tmp/juryrum-shell-test'),
      on: vi.fn((event: string, listener: Listener) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      }),
      whenReady: vi.fn(() => Promise.resolve()),
    },
    BrowserWindow: FakeWindow,
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    powerMonitor: {
      listeners: new Map<string, Listener>(),
      on(event: string, listener: Listener) {
        electron.powerMonitor.listeners.set(event, listener);
      },
    },
    safeStorage: {
      backend: 'basic_text',
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => electron.safeStorage.backend,
      encryptString: (s: string) => Buffer.from(`enc:${s}`),
      decryptString: (b: Buffer) => b.toString().slice(4),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  };

  return {
    electron,
    windows,
    session,
    appListeners,
    FakeWebContents,
    setLock(value: boolean) {
      lock = value;
    },
  };
}
