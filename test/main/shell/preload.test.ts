import { describe, it, expect, vi } from 'vitest';
import { createElectronFake } from './electron-fake';
import { CHANNELS } from '../../../src-shared/ipc/channels';

const fake = createElectronFake();
vi.mock('electron', () => fake.electron);

describe('preload', () => {
  it('exposes one frozen object built from the contract, never ipcRenderer', async () => {
    await import('../../../src-main/preload/index');
    const calls = fake.electron.contextBridge.exposeInMainWorld.mock.calls;
    expect(calls).toHaveLength(1);
    const [key, bridge] = calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('juryrum');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['channels', 'invoke', 'on']);
    expect(bridge['channels']).toEqual([...CHANNELS]);
    expect(Object.values(bridge)).not.toContain(fake.electron.ipcRenderer);
  });

  it('refuses unknown channels before they reach main, and forwards known ones', async () => {
    const [, bridge] = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      {
        invoke: (c: string, r: unknown) => Promise<unknown>;
        on: (e: string, l: (p: unknown) => void) => () => void;
      },
    ];
    await expect(bridge.invoke('fs:read', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(fake.electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    await bridge.invoke('app:info', {});
    expect(fake.electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:info', {});
  });

  it('passes only the payload to event listeners, never the IpcRendererEvent', async () => {
    const [, bridge] = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      { on: (e: string, l: (...a: unknown[]) => void) => () => void },
    ];
    const listener = vi.fn();
    const off = bridge.on('vault:locked', listener);
    const wrapped = fake.electron.ipcRenderer.on.mock.calls[0]?.[1] as (
      e: unknown,
      p: unknown,
    ) => void;
    wrapped({ sender: 'secret' }, { reason: 'manual' });
    expect(listener).toHaveBeenCalledWith({ reason: 'manual' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    expect(fake.electron.ipcRenderer.removeListener).toHaveBeenCalled();
  });
});
