import type { StateCreator } from 'zustand';
import type { VaultStatus } from '../../src-shared/ipc/vault-contract';
import type { IpcError } from '../../src-shared/ipc/result';
import { call } from '../ipc/client';
import { closeVaultDb, openVaultDb } from '../db/vault-db';
import { DB_VERSIONS } from '../db/database';
import { flushPendingSaves } from './pending-saves';
import type { Store } from './app-store';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface VaultSlice {
  vault: VaultStatus | null;
  /** Epoch ms before which main refuses another unlock attempt. */
  retryAt: number;
  /** The last error from a vault form, shown beside it. */
  vaultError: IpcError | null;
  saveState: SaveState;
  loadVault: () => Promise<void>;
  createVault: (input: {
    passphrase: string;
    name: string;
    organisation: string;
    useKeychain: boolean;
  }) => Promise<boolean>;
  unlockVault: (passphrase: string) => Promise<boolean>;
  lockVault: () => Promise<void>;
  /** Called when main reports that the vault locked (idle, suspend, …). */
  vaultLocked: () => void;
  /**
   * Take main's status; when unlocked, open the vault's database. Pass the
   * passphrase just typed when the vault is keychain-bound: a backup before a
   * database migration needs it.
   */
  setVaultStatus: (status: VaultStatus, backupPassphrase?: string) => Promise<void>;
  setSaveState: (state: SaveState) => void;
  clearVaultError: () => void;
}

/** Data slices reset on lock, so no plaintext stays in the UI. */
export const lockedReset = {
  selection: null,
  damagedRecordIds: [],
  storageNotice: null,
} as const;

export const vaultSlice: StateCreator<Store, [], [], VaultSlice> = (set, get) => ({
  vault: null,
  retryAt: 0,
  vaultError: null,
  saveState: 'idle',
  loadVault: async () => {
    const res = await call('vault:status', {});
    if (res.ok) await get().setVaultStatus(res.value);
    else set({ error: res.error });
  },
  createVault: async (input) => {
    set({ vaultError: null });
    const res = await call('vault:create', input);
    if (!res.ok) {
      set({ vaultError: res.error });
      return false;
    }
    await get().setVaultStatus(res.value);
    // The gate is replaced by the home screen: its heading takes focus.
    set({ hasNavigated: true });
    return true;
  },
  unlockVault: async (passphrase) => {
    set({ vaultError: null });
    const res = await call('vault:unlock', { passphrase });
    if (!res.ok) {
      set({ vaultError: res.error });
      void get().loadVault();
      return false;
    }
    // Only a keychain-bound vault needs the passphrase for its backups.
    await get().setVaultStatus(res.value, res.value.keychain === 'on' ? passphrase : undefined);
    set({ hasNavigated: true });
    return true;
  },
  lockVault: async () => {
    // Edits still waiting out the autosave delay are stored while main
    // still has the key.
    await flushPendingSaves();
    const res = await call('vault:lock', {});
    get().vaultLocked();
    if (res.ok) set({ vault: res.value });
  },
  vaultLocked: () => {
    closeVaultDb();
    const vault = get().vault;
    set({
      ...lockedReset,
      vault: vault ? { ...vault, state: 'locked', identity: null } : vault,
      saveState: 'idle',
      screen: 'home',
    });
  },
  setVaultStatus: async (status, backupPassphrase) => {
    if (status.state === 'unlocked' && status.vaultId) {
      try {
        await openVaultDb(status.vaultId, DB_VERSIONS, backupPassphrase);
      } catch (e) {
        // Without its database the vault is unusable (e.g. the backup before
        // a migration failed, and nothing was changed): lock it again and
        // say so, rather than show an unlocked app that cannot load data.
        const message = e instanceof Error ? e.message : 'The database did not open.';
        await get().lockVault();
        set({ error: { code: 'INTERNAL', message } });
        return;
      }
    }
    if (status.state !== 'unlocked') closeVaultDb();
    set({ vault: status, retryAt: Date.now() + status.retryAfterMs });
  },
  setSaveState: (saveState) => set({ saveState }),
  clearVaultError: () => set({ vaultError: null }),
});
