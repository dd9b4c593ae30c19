import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { TEST_KDF } from '../../../src-main/services/crypto';
import { VaultError, VaultService } from '../../../src-main/services/vault';
import type {
  KeychainBackend,
  VaultErrorCode,
  VaultServiceOptions,
} from '../../../src-main/services/vault';

export const PASSPHRASE = 'korrekt häst batteri häftstift';
export const OTHER_PASSPHRASE = 'en helt annan lösenfras';
export const OWNER = { name: 'Åsa Andersson', organisation: 'Region Norr' };

/** Virtual time: a clock and a timer pair that only move when told to. */
export class FakeClock {
  time = Date.UTC(2025, 2, 1, 9, 30);
  private nextId = 0;
  private readonly timers = new Map<number, { due: number; callback: () => void }>();

  readonly now = (): number => this.time;

  readonly setTimer = (callback: () => void, ms: number): unknown => {
    const id = ++this.nextId;
    this.timers.set(id, { due: this.time + ms, callback });
    return id;
  };

  readonly clearTimer = (handle: unknown): void => {
    if (typeof handle === 'number') this.timers.delete(handle);
  };

  get pendingTimers(): number {
    return this.timers.size;
  }

  advance(ms: number): void {
    this.time += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.due <= this.time) {
        this.timers.delete(id);
        timer.callback();
      }
    }
  }
}

/** A keychain that "encrypts" by XOR with its own key; a different key is a different machine. */
export class FakeKeychain implements KeychainBackend {
  decryptCalls = 0;
  constructor(
    private readonly key = 0x5a,
    private readonly real = true,
  ) {}
  isRealBackend(): boolean {
    return this.real;
  }
  encrypt(secret: Uint8Array): Uint8Array {
    return Uint8Array.from([0x01, ...secret.map((b) => b ^ this.key)]);
  }
  decrypt(blob: Uint8Array): Uint8Array {
    this.decryptCalls++;
    if (blob[0] !== 0x01) throw new Error('not a keychain blob');
    return blob.subarray(1).map((b) => b ^ this.key);
  }
}

const dirs: string[] = [];
const services: VaultService[] = [];

afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A fresh, empty data folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'juryrum-vault-'));
  dirs.push(dir);
  return dir;
}

/** A VaultService on `dataDir` with the test KDF and a fake clock; closed after the test. */
export function service(
  dataDir: string,
  clock = new FakeClock(),
  extra: Partial<VaultServiceOptions> = {},
): VaultService {
  const vault = new VaultService({
    dataDir,
    kdfCost: TEST_KDF,
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    ...extra,
  });
  services.push(vault);
  return vault;
}

/** A new folder with a created (and unlocked) vault. */
export async function createdVault(
  extra: Partial<VaultServiceOptions> = {},
  clock = new FakeClock(),
): Promise<{ dir: string; vault: VaultService; clock: FakeClock }> {
  const dir = await tempDir();
  const vault = service(dir, clock, extra);
  await vault.create({ passphrase: PASSPHRASE, ...OWNER });
  return { dir, vault, clock };
}

/** Expect a VaultError with `code` from a sync or async call; returns it. */
export async function expectVaultError(
  action: () => unknown,
  code: VaultErrorCode,
): Promise<VaultError> {
  let caught: unknown = null;
  try {
    await action();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(VaultError);
  const error = caught instanceof VaultError ? caught : new VaultError('BAD_REQUEST', 'none');
  expect(error.code).toBe(code);
  return error;
}

/** The bytes of a file in `dir`. */
export async function fileBytes(dir: string, name: string): Promise<Buffer> {
  return readFile(join(dir, name));
}

/** Some records with realistic, non-ASCII content. */
export function sampleRecords(count = 5) {
  return Array.from({ length: count }, (_, i) => ({
    id: `app-${String(i).padStart(2, '0')}`,
    type: i % 2 === 0 ? 'note' : 'score',
    schemaVersion: 1 + (i % 3),
    content: {
      text: `Bedömning ${i}: tydlig plan för digital omställning`,
      score: i,
      tags: ['å', 'ö'],
    },
  }));
}
