import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../../src-main/services/core';
import type { Dialogs } from '../../../src-main/services/dialogs';
import type { KeychainBackend } from '../../../src-main/services/vault';
import { TEST_KDF } from '../../../src-main/services/crypto/kdf';
import { CHANNELS, type AppEvent, type Bridge } from '../../../src-shared/ipc/channels';

const ORIGIN = 'app://bundle';
const OWN = { url: 'app://bundle/index.html', isMainFrame: true };

/** File dialogs that answer with the paths a test queued, then "cancel". */
export type QueuedDialogs = Dialogs & { readonly next: string[] };

function queuedDialogs(): QueuedDialogs {
  const next: string[] = [];
  return {
    next,
    showOpen: () => {
      const path = next.shift();
      return Promise.resolve(path === undefined ? null : [path]);
    },
    showSave: () => Promise.resolve(next.shift() ?? null),
  };
}

export interface BridgedCore {
  /** The real main-process core: vault service, dispatcher, handlers. */
  readonly core: Core;
  readonly dataDir: string;
  readonly dialogs: QueuedDialogs;
  /** Remove the bridge, close the core and delete its data folder. */
  close(): Promise<void>;
}

/**
 * Expose the real main-process core to the renderer code under test as
 * `window.juryrum`, the way the harness does: every call goes through the
 * real dispatcher (sender check, zod parse, handler, envelope) to the real
 * vault service, so records are truly sealed and opened. Requests and
 * replies are structured-cloned, as IPC would.
 */
export async function bridgeRealCore(
  options: { keychain?: KeychainBackend | null } = {},
): Promise<BridgedCore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'juryrum-renderer-'));
  const dialogs = queuedDialogs();
  const listeners = new Map<AppEvent, Set<(payload: unknown) => void>>();
  const core = createCore({
    dataDir,
    shell: 'harness',
    appOrigin: ORIGIN,
    dialogs,
    emit: (event, payload) => listeners.get(event)?.forEach((l) => l(payload)),
    kdfCost: TEST_KDF,
    keychain: options.keychain ?? null,
  });
  const bridge: Bridge = Object.freeze({
    invoke: async (channel: string, request: unknown) =>
      structuredClone(await core.dispatch(channel, structuredClone(request), OWN)),
    on: (event: AppEvent, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => void set.delete(listener);
    },
    channels: CHANNELS,
  });
  Object.defineProperty(window, 'juryrum', { value: bridge, configurable: true });
  return {
    core,
    dataDir,
    dialogs,
    close: async () => {
      Reflect.deleteProperty(window, 'juryrum');
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
