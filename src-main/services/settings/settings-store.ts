import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SettingsSchema, type Settings } from '../../../src-shared/ipc/contract';
import { DEFAULT_LANGUAGE } from '../../../src-shared/i18n/languages';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../../src-shared/ipc/vault-contract';
import { AppError } from '../../../src-shared/ipc/result';
import { atomicWriteFile } from '../files/atomic-write';

/** The settings file in the data folder (docs/formats.md, "Files in the data folder"). */
export const SETTINGS_FILE = 'settings.json';

/** Settings of a new profile, and the fallback for anything unreadable. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  language: DEFAULT_LANGUAGE,
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
});

/** Files larger than this are not settings we wrote: treated as unreadable. */
const MAX_SETTINGS_BYTES = 64 * 1024;

/**
 * Reading is lenient field by field: a bad or missing value falls back to
 * its default without taking the valid ones with it (a file from an older
 * version lacks newer fields; unknown fields from a newer one are ignored).
 */
const LenientSettings = z.object({
  language: SettingsSchema.shape.language.catch(DEFAULT_SETTINGS.language),
  idleLockMinutes: SettingsSchema.shape.idleLockMinutes.catch(DEFAULT_SETTINGS.idleLockMinutes),
});

/** A change to the settings; undefined fields (from a parsed partial request) are ignored. */
export type SettingsPatch = { [K in keyof Settings]?: Settings[K] | undefined };

/** Settings from the text of settings.json; anything unusable becomes its default. */
export function parseSettingsText(text: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const parsed = LenientSettings.safeParse(raw);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

/**
 * App settings (language, idle-lock time). Not sensitive, so kept as plain
 * JSON beside the vault. Reading never fails: a missing or corrupt file
 * gives defaults and is left as it is. Writing happens only on a change,
 * only with values that passed the schema, and atomically, so the file is
 * either the old valid version or the new one.
 */
export class SettingsStore {
  private readonly path: string;
  private cached: Settings | null = null;
  /** Updates run one at a time so that concurrent patches cannot undo each other. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.path = join(dataDir, SETTINGS_FILE);
  }

  /**
   * Read the file synchronously, at start-up, so that services (the vault's
   * idle lock) are configured before the first IPC call can arrive.
   */
  loadSync(): Settings {
    let text: string | null = null;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      // Missing or unreadable: defaults.
    }
    this.cached = readable(text);
    return this.cached;
  }

  async get(): Promise<Settings> {
    if (this.cached) return this.cached;
    const text = await readFile(this.path, 'utf8').catch(() => null);
    this.cached ??= readable(text);
    return this.cached;
  }

  /**
   * Apply `patch`, save, and return the new settings. An invalid value is
   * BAD_REQUEST and changes nothing, neither on disk nor in memory; a failed
   * write leaves the old settings in force.
   */
  update(patch: SettingsPatch): Promise<Settings> {
    const run = this.queue.then(async () => {
      const next = SettingsSchema.safeParse({ ...(await this.get()), ...defined(patch) });
      if (!next.success) throw new AppError('BAD_REQUEST', 'A setting has an invalid value.');
      await atomicWriteFile(this.path, `${JSON.stringify(next.data, null, 2)}\n`);
      this.cached = next.data;
      return next.data;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function readable(text: string | null): Settings {
  if (text === null || text.length > MAX_SETTINGS_BYTES) return { ...DEFAULT_SETTINGS };
  return parseSettingsText(text);
}

/** The patch without undefined fields, so they cannot overwrite stored values. */
function defined(patch: SettingsPatch): Partial<Record<keyof Settings, unknown>> {
  const out: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of SettingsSchema.keyof().options) {
    if (Object.hasOwn(patch, key) && patch[key] !== undefined) out[key] = patch[key];
  }
  return out;
}
