import { describe, it, expect, vi, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElectronFake } from './electron-fake';
import { CHANNELS } from '../../../src-shared/ipc/channels';

let fake = createElectronFake();
// The proxy lets every test swap in a fresh fake while the mock stays registered.
vi.mock('electron', () => ({
  get app() {
    return fake.electron.app;
  },
  get BrowserWindow() {
    return fake.electron.BrowserWindow;
  },
  get ipcMain() {
    return fake.electron.ipcMain;
  },
  get protocol() {
    return fake.electron.protocol;
  },
  get session() {
    return fake.electron.session;
  },
  get dialog() {
    return fake.electron.dialog;
  },
  get powerMonitor() {
    return fake.electron.powerMonitor;
  },
  get safeStorage() {
    return fake.electron.safeStorage;
  },
}));

async function startShell() {
  vi.resetModules();
  const { startShell: start } = await import('../../../src-main/shell/main');
  start();
  await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

describe('Electron shell', () => {
  beforeEach(() => {
    fake = createElectronFake();
    delete process.env['ELECTRON_RENDERER_URL'];
    process.env['JURYRUM_DATA_DIR'] = mkdtempSync(join(tmpdir(), 'juryrum-shell-'));
    fake.electron.app.getPath = vi.fn(() => process.env['JURYRUM_DATA_DIR'] ?? '');
  });

  it('enables the sandbox, registers app:// as privileged and takes the single-instance lock', async () => {
    await startShell();
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(fake.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('quits without a window when another instance holds the lock', async () => {
    fake.setLock(false);
    await startShell();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('creates a hardened window that loads app://bundle, not file://', async () => {
    await startShell();
    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0]!;
    const prefs = win.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
    });
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.loadedUrl).toBe('app://bundle/index.html');
  });

  it('allows devtools only in development', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    fake.electron.app.isPackaged = false;
    await startShell();
    const prefs = fake.windows[0]!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['devTools']).toBe(true);
  });

  it('registers exactly one IPC handler per contract channel', async () => {
    await startShell();
    const channels = fake.electron.ipcMain.handle.mock.calls.map((c) => c[0]);
    expect([...channels].sort()).toEqual([...CHANNELS].sort());
  });

  it('IPC handlers check the sender frame and validate requests', async () => {
    await startShell();
    const handler = fake.electron.ipcMain.handle.mock.calls.find(
      (c) => c[0] === 'app:info',
    )?.[1] as (e: unknown, r: unknown) => Promise<unknown>;
    const own = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
    await expect(handler(own, {})).resolves.toMatchObject({
      ok: true,
      value: { name: 'Juryrum', shell: 'electron' },
    });
    await expect(handler(own, { extra: 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(handler(foreign, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    const sub = { senderFrame: { url: 'app://bundle/index.html', parent: {} } };
    await expect(handler(sub, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    await expect(handler({ senderFrame: null }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });

  it('denies navigation away, redirects, new windows and webviews', async () => {
    await startShell();
    const created = fake.appListeners.get('web-contents-created')?.[0];
    const contents = new fake.FakeWebContents();
    created?.({}, contents);
    const navigate = (event: string, url: string) => {
      const e = { preventDefault: vi.fn() };
      contents.emit(event, e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://example.org/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://bundle/index.html')).toBe(false);
    expect(navigate('will-redirect', 'https://example.org/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://bundle/x')).toBe(true);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('denies every permission and cancels every non-app request', async () => {
    await startShell();
    const s = fake.session;
    const permission = vi.fn();
    s.permissionRequestHandler?.({}, 'media', permission);
    expect(permission).toHaveBeenCalledWith(false);
    expect(s.permissionCheckHandler?.()).toBe(false);
    const decide = (url: string) => {
      const cb = vi.fn();
      s.beforeRequest?.({ url }, cb);
      return cb.mock.calls[0]?.[0];
    };
    expect(decide('https://example.org/x')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://bundle/assets/index.js')).toEqual({ cancel: false });
    expect(decide('app://other/assets/index.js')).toEqual({ cancel: true });
  });

  it('serves the UI over app:// with the strict CSP header and path containment', async () => {
    const { registerAppProtocol } = await import('../../../src-main/shell/protocol');
    const dir = mkdtempSync(join(tmpdir(), 'juryrum-proto-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const protocol = { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() };
    registerAppProtocol(protocol as never, dir);
    const handle = protocol.handle.mock.calls[0]?.[1] as (r: Request) => Promise<Response>;
    const res = await handle(new Request('app://bundle/index.html'));
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect((await handle(new Request('app://bundle/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/..%2f..%2fetc%2fpasswd'))).status).toBe(404);
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(403);
  });

  it('locks the vault when the laptop sleeps or the screen locks', async () => {
    await startShell();
    const handler = fake.electron.ipcMain.handle.mock.calls.find(
      (c) => c[0] === 'vault:create',
    )?.[1] as (e: unknown, r: unknown) => Promise<{ ok: boolean }>;
    const own = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
    const created = await handler(own, {
      passphrase: 'korrekt häst batteri häftklammer',
      name: 'Test',
      organisation: '',
      useKeychain: false,
    });
    expect(created.ok).toBe(true);
    const win = fake.windows[0]!;
    fake.electron.powerMonitor.listeners.get('suspend')?.();
    expect(win.webContents.sent).toContainEqual(['vault:locked', { reason: 'suspend' }]);
    expect(fake.electron.powerMonitor.listeners.has('lock-screen')).toBe(true);
  }, 30_000);

  it('treats the basic_text keychain as not real, and a real one as real', async () => {
    const { electronKeychain } = await import('../../../src-main/shell/keychain');
    fake.electron.safeStorage.backend = 'basic_text';
    expect(electronKeychain().isRealBackend()).toBe(false);
    fake.electron.safeStorage.backend = 'gnome_libsecret';
    const keychain = electronKeychain();
    expect(keychain.isRealBackend()).toBe(true);
    const secret = new Uint8Array([1, 2, 3, 250]);
    expect([...keychain.decrypt(keychain.encrypt(secret))]).toEqual([...secret]);
  });
});
