import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../../src-main/services/core';
import { noDialogs } from '../../../src-main/services/dialogs';
import { TEST_KDF } from '../../../src-main/services/crypto/kdf';
import { SETTINGS_FILE } from '../../../src-main/services/settings/settings-store';

export const ORIGIN = 'app://bundle';
export const OWN = { url: 'app://bundle/index.html', isMainFrame: true };
export const PASSPHRASE = 'tio tecken minst och lite till';

const dirs: string[] = [];
const cores: Core[] = [];

afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A fresh data folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'juryrum-settings-'));
  dirs.push(dir);
  return dir;
}

/** A core on `dataDir` that records the push events it emits; closed after the test. */
export function startCore(dataDir: string): { core: Core; events: unknown[] } {
  const events: unknown[] = [];
  const core = createCore({
    dataDir,
    shell: 'harness',
    appOrigin: ORIGIN,
    dialogs: noDialogs,
    emit: (event, payload) => events.push({ event, payload }),
    kdfCost: TEST_KDF,
  });
  cores.push(core);
  return { core, events };
}

/** Close a core early (to start another one on the same folder). */
export async function stopCore(core: Core): Promise<void> {
  cores.splice(cores.indexOf(core), 1);
  await core.close();
}

/** Dispatch as the app's own frame and return the value; throws on an error reply. */
export async function ask(core: Core, channel: string, request: unknown): Promise<unknown> {
  const res = await core.dispatch(channel, request, OWN);
  if (!res.ok) throw new Error(`${channel}: ${res.error.code}`);
  return res.value;
}

/** The error code of a dispatch that must fail. */
export async function refusal(core: Core, channel: string, request: unknown): Promise<string> {
  const res = await core.dispatch(channel, request, OWN);
  if (res.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return res.error.code;
}

/** The settings file's bytes, or null when it does not exist. */
export async function settingsBytes(dataDir: string): Promise<Buffer | null> {
  return readFile(join(dataDir, SETTINGS_FILE)).catch(() => null);
}
