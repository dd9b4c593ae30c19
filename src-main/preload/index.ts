import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_KEY,
  CHANNELS,
  EVENTS,
  type AppEvent,
  type Bridge,
} from '../../src-shared/ipc/channels';

/**
 * The preload exposes exactly one frozen object built from the contract's
 * channel list. It never exposes ipcRenderer or the IpcRendererEvent, and
 * refuses unknown channels before anything reaches main.
 */
const channels: readonly string[] = Object.freeze([...CHANNELS]);

const bridge: Bridge = Object.freeze({
  channels,
  invoke(channel: string, request: unknown): Promise<unknown> {
    if (!channels.includes(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel.' },
      });
    }
    return ipcRenderer.invoke(channel, request);
  },
  on(event: AppEvent, listener: (payload: unknown) => void): () => void {
    if (!(EVENTS as readonly string[]).includes(event)) return () => undefined;
    const wrapped = (_e: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
