import type { Settings } from '../../../src-shared/ipc/contract';
import type { SettingsPatch, SettingsStore } from './settings-store';

/** The part of the vault that settings configure. */
export interface IdleLockTarget {
  setIdleLockMinutes(minutes: number): void;
}

/**
 * Save a settings change, then put it into force. Saving comes first: a
 * value that is refused (BAD_REQUEST) or cannot be written changes nothing,
 * so the running vault never disagrees with what the next start will read.
 * Both 'settings:set' and 'vault:setIdleLock' go through here.
 */
export async function saveSettings(
  settings: SettingsStore,
  vault: IdleLockTarget,
  patch: SettingsPatch,
): Promise<Settings> {
  const saved = await settings.update(patch);
  if (patch.idleLockMinutes !== undefined) vault.setIdleLockMinutes(saved.idleLockMinutes);
  return saved;
}

/** The vault's idle-lock option for the settings read at start-up. */
export function idleLockMsOf(settings: Settings): number {
  return settings.idleLockMinutes * 60_000;
}
