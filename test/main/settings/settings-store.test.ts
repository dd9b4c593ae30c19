import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SettingsSchema } from '../../../src-shared/ipc/contract';
import {
  DEFAULT_SETTINGS,
  parseSettingsText,
  SETTINGS_FILE,
  SettingsStore,
} from '../../../src-main/services/settings/settings-store';
import { ask, refusal, settingsBytes, startCore, tempDir } from './helpers';

const DEFAULTS = { language: 'sv', idleLockMinutes: 10 };

async function folderWithSettingsText(text: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, SETTINGS_FILE), text);
  return dir;
}

describe('settings file', () => {
  it('defaults are Swedish and a 10-minute idle lock', () => {
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS);
  });

  it.each([
    ['not JSON', '{"language": "en", '],
    ['empty', ''],
    ['null', 'null'],
    ['an array', '[1, 2]'],
    ['a string', '"sv"'],
    ['binary junk', '\u0000\u00ff\ufffd'],
  ])('a corrupt file (%s) starts the app with defaults and is left as it is', async (_, text) => {
    const dir = await folderWithSettingsText(text);
    const before = await settingsBytes(dir);
    const { core } = startCore(dir);
    await expect(ask(core, 'settings:get', {})).resolves.toEqual(DEFAULTS);
    expect(await ask(core, 'vault:status', {})).toMatchObject({ idleLockMinutes: 10 });
    expect(await settingsBytes(dir)).toEqual(before);
  });

  it('a corrupt file is replaced by a complete, valid one only on the next change', async () => {
    const dir = await folderWithSettingsText('{{{ garbage');
    const { core } = startCore(dir);
    await ask(core, 'settings:set', { language: 'en' });
    const written = JSON.parse(String(await settingsBytes(dir))) as unknown;
    expect(written).toEqual({ language: 'en', idleLockMinutes: 10 });
  });

  it('keeps the valid fields of a partly bad file and ignores unknown ones', async () => {
    const dir = await folderWithSettingsText(
      JSON.stringify({ language: 'en', idleLockMinutes: 9_999, fromTheFuture: true }),
    );
    const { core } = startCore(dir);
    await expect(ask(core, 'settings:get', {})).resolves.toEqual({
      language: 'en',
      idleLockMinutes: 10,
    });
    const other = await folderWithSettingsText(
      JSON.stringify({ language: 'klingon', idleLockMinutes: 45 }),
    );
    expect(new SettingsStore(other).loadSync()).toEqual({ language: 'sv', idleLockMinutes: 45 });
  });

  it('a file from before the idle-lock setting keeps its language', async () => {
    const dir = await folderWithSettingsText('{\n  "language": "en"\n}\n');
    expect(new SettingsStore(dir).loadSync()).toEqual({ language: 'en', idleLockMinutes: 10 });
  });

  it('a missing folder entry and an oversized file give defaults', async () => {
    expect(new SettingsStore(await tempDir()).loadSync()).toEqual(DEFAULTS);
    const big = await folderWithSettingsText(
      JSON.stringify({ language: 'en', padding: 'x'.repeat(100_000) }),
    );
    expect(new SettingsStore(big).loadSync()).toEqual(DEFAULTS);
  });

  it('whatever the text, reading gives settings that pass the schema', () => {
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          language: fc.oneof(fc.constantFrom('sv', 'en'), fc.anything()),
          idleLockMinutes: fc.oneof(fc.integer({ min: -10, max: 300 }), fc.anything()),
        })
        .map((o) => JSON.stringify(o) ?? ''),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        expect(SettingsSchema.safeParse(parseSettingsText(text)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes only what it validated, pretty-printed, and reads it back', async () => {
    const dir = await tempDir();
    const store = new SettingsStore(dir);
    await store.update({ idleLockMinutes: 240, language: undefined });
    expect(String(await settingsBytes(dir))).toBe(
      '{\n  "language": "sv",\n  "idleLockMinutes": 240\n}\n',
    );
    expect(new SettingsStore(dir).loadSync()).toEqual({ language: 'sv', idleLockMinutes: 240 });
  });

  it('concurrent changes are all kept', async () => {
    const dir = await tempDir();
    const store = new SettingsStore(dir);
    await Promise.all([store.update({ language: 'en' }), store.update({ idleLockMinutes: 15 })]);
    expect(new SettingsStore(dir).loadSync()).toEqual({ language: 'en', idleLockMinutes: 15 });
  });

  it('a failed write keeps the old settings in force, in the store and the vault', async () => {
    const dir = await tempDir();
    // A folder where the file should be: reading falls back, and the write fails.
    await mkdir(join(dir, SETTINGS_FILE));
    const { core } = startCore(dir);
    expect(await refusal(core, 'vault:setIdleLock', { minutes: 30 })).toBe('INTERNAL');
    await expect(ask(core, 'settings:get', {})).resolves.toEqual(DEFAULTS);
    expect(await ask(core, 'vault:status', {})).toMatchObject({ idleLockMinutes: 10 });
  });
});
