import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SettingsSchema, type Settings } from '../../../src-shared/ipc/contract';
import { DEFAULT_LANGUAGE } from '../../../src-shared/i18n/languages';
import { atomicWriteFile } from '../files/atomic-write';

const DEFAULTS: Settings = { language: DEFAULT_LANGUAGE };

/**
 * App settings (language, …). Not sensitive, so kept as plain JSON beside
 * the vault; a corrupt file falls back to defaults and is rewritten on the
 * next change.
 */
export class SettingsStore {
  private readonly path: string;
  private cached: Settings | null = null;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'settings.json');
  }

  async get(): Promise<Settings> {
    if (this.cached) return this.cached;
    try {
      const raw: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      const parsed = SettingsSchema.safeParse(raw);
      this.cached = parsed.success ? parsed.data : DEFAULTS;
    } catch {
      this.cached = DEFAULTS;
    }
    return this.cached;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = SettingsSchema.parse({ ...(await this.get()), ...patch });
    await atomicWriteFile(this.path, JSON.stringify(next, null, 2));
    this.cached = next;
    return next;
  }
}
