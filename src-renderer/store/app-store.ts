import { create, type StateCreator } from 'zustand';
import type { Language } from '../../src-shared/i18n/languages';
import { DEFAULT_LANGUAGE } from '../../src-shared/i18n/languages';
import type { AppInfo, RoundSummary } from '../../src-shared/ipc/contract';
import type { IpcError } from '../../src-shared/ipc/result';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { call } from '../ipc/client';
import { vaultSlice, type VaultSlice } from './vault-slice';
import { listRoundIndex, type RoundIndexEntry } from './round-index';
import { onDamagedRecords, StorageError } from '../db/repository';

export type Screen = 'home' | 'workspace' | 'identity' | 'settings' | 'about';
export type Role = 'organiser' | 'juror' | 'chair';

interface NavigationSlice {
  screen: Screen;
  /** True after the user moved to another screen: its heading then takes focus. */
  hasNavigated: boolean;
  navigate: (screen: Screen) => void;
}

interface SettingsSlice {
  language: Language;
  settingsSaved: boolean;
  loadSettings: () => Promise<void>;
  setLanguage: (language: Language) => Promise<void>;
}

interface RoundsSlice {
  rounds: RoundSummary[] | null;
  selection: { roundId: string; role: Role } | null;
  loadRounds: () => Promise<void>;
  choose: (roundId: string, role: Role) => void;
}

interface AppInfoSlice {
  appInfo: AppInfo | null;
  loadAppInfo: () => Promise<void>;
}

interface ErrorSlice {
  error: IpcError | null;
  clearError: () => void;
  /** Ids of stored records that did not open (damaged); shown as one notice. */
  damagedRecordIds: readonly string[];
  /** A problem with the stored data that outlives the screen it happened on. */
  storageNotice: MessageKey | null;
  showStorageNotice: (notice: MessageKey) => void;
  /** Dismiss the damaged-records count and the storage notice. */
  clearDamaged: () => void;
}

export type Store = NavigationSlice &
  SettingsSlice &
  RoundsSlice &
  AppInfoSlice &
  ErrorSlice &
  VaultSlice;

const navigationSlice: StateCreator<Store, [], [], NavigationSlice> = (set) => ({
  screen: 'home',
  hasNavigated: false,
  navigate: (screen) => set({ screen, hasNavigated: true }),
});

const settingsSlice: StateCreator<Store, [], [], SettingsSlice> = (set) => ({
  language: DEFAULT_LANGUAGE,
  settingsSaved: false,
  loadSettings: async () => {
    const res = await call('settings:get', {});
    if (res.ok) set({ language: res.value.language });
    else set({ error: res.error });
  },
  setLanguage: async (language) => {
    set({ language, settingsSaved: false });
    const res = await call('settings:set', { language });
    if (res.ok) set({ language: res.value.language, settingsSaved: true });
    else set({ error: res.error });
  },
});

/** An error from the storage layer as the UI shows it. */
export function ipcErrorOf(e: unknown): IpcError {
  if (e instanceof StorageError) return { code: e.code, message: e.message };
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}

const roundsSlice: StateCreator<Store, [], [], RoundsSlice> = (set, get) => ({
  rounds: null,
  selection: null,
  loadRounds: async () => {
    const res = await call('rounds:list', {});
    if (!res.ok) {
      set({ error: res.error });
      return;
    }
    // The built-in rounds from main, then the vault's own rounds. Damaged
    // index records are skipped and reported by the repository; any other
    // failure is shown, unless the vault locked meanwhile (then the locked
    // screen says all there is to say).
    let own: RoundIndexEntry[] = [];
    try {
      own = await listRoundIndex();
    } catch (e) {
      if (get().vault?.state === 'unlocked') set({ error: ipcErrorOf(e) });
    }
    const builtIn = new Set(res.value.map((r) => r.id));
    set({
      rounds: [
        ...res.value,
        ...own.filter((e) => !builtIn.has(e.summary.id)).map((e) => e.summary),
      ],
    });
  },
  choose: (roundId, role) =>
    set({ selection: { roundId, role }, screen: 'workspace', hasNavigated: true }),
});

const appInfoSlice: StateCreator<Store, [], [], AppInfoSlice> = (set) => ({
  appInfo: null,
  loadAppInfo: async () => {
    const res = await call('app:info', {});
    if (res.ok) set({ appInfo: res.value });
    else set({ error: res.error });
  },
});

const errorSlice: StateCreator<Store, [], [], ErrorSlice> = (set) => ({
  error: null,
  clearError: () => set({ error: null }),
  damagedRecordIds: [],
  storageNotice: null,
  showStorageNotice: (storageNotice) => set({ storageNotice }),
  clearDamaged: () => set({ damagedRecordIds: [], storageNotice: null }),
});

export const useStore = create<Store>()((...a) => ({
  ...navigationSlice(...a),
  ...settingsSlice(...a),
  ...roundsSlice(...a),
  ...appInfoSlice(...a),
  ...errorSlice(...a),
  ...vaultSlice(...a),
}));

// Every list read that skips damaged records adds them to one notice.
onDamagedRecords((damaged) =>
  useStore.setState((s) => ({
    damagedRecordIds: [...new Set([...s.damagedRecordIds, ...damaged.map((d) => d.id)])],
  })),
);

/** Initial state, for resetting between tests. */
export const initialStoreState = useStore.getState();
