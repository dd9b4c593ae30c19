import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { VaultService } from '../services/vault';
import type { PlainRecord } from '../services/vault';

/** One measurement, in the shape every bench module returns. */
export type BenchResult = { name: string; value: number; unit: string; note?: string };

const PASSPHRASE = 'benchmark passphrase, not secret';
const RECORD_COUNT = 10_000;
const UNLOCKS = 3;

/** About 1 KiB of canonical JSON per record, Swedish text like real notes. */
function records(count: number): PlainRecord[] {
  const text = 'Kommunen har en tydlig plan för digital omställning inom vård och omsorg. ';
  return Array.from({ length: count }, (_, i) => ({
    id: `application/app-${i}`,
    type: 'note',
    schemaVersion: 1,
    content: { applicationId: `app-${i}`, score: i % 5, text: text.repeat(13).slice(0, 960) },
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/**
 * Measure the vault on this machine: unlock time with the calibrated KDF,
 * seal and open throughput for 1 KiB records, and the time to open 10 000
 * records in one call. Works in a temporary folder that is removed after.
 */
export async function vaultBench(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'juryrum-vault-bench-'));
  const vault = new VaultService({ dataDir: dir, idleLockMs: 0 });
  try {
    const createStart = performance.now();
    await vault.create({ passphrase: PASSPHRASE, name: 'Bench Mark', organisation: '' });
    const createMs = performance.now() - createStart;

    const unlockTimes: number[] = [];
    for (let i = 0; i < UNLOCKS; i++) {
      vault.lock();
      const start = performance.now();
      await vault.unlock(PASSPHRASE);
      unlockTimes.push(performance.now() - start);
    }

    const plain = records(RECORD_COUNT);
    const plainBytes = plain.reduce((sum, r) => sum + JSON.stringify(r.content).length, 0);
    vault.openRecords(vault.sealRecords(plain.slice(0, 200))); // warm up the JIT

    const sealStart = performance.now();
    const sealed = vault.sealRecords(plain);
    const sealSeconds = (performance.now() - sealStart) / 1000;

    const openStart = performance.now();
    const opened = vault.openRecords(sealed);
    const openSeconds = (performance.now() - openStart) / 1000;
    const failed = opened.filter((r) => !r.ok).length;

    const mb = plainBytes / 1e6;
    const perRecord = `${RECORD_COUNT} records of about ${Math.round(plainBytes / RECORD_COUNT)} B`;
    return [
      {
        name: 'vault.create',
        value: round(createMs),
        unit: 'ms',
        note: 'calibration, scrypt, identity keys, two atomic writes',
      },
      {
        name: 'vault.unlock',
        value: round(median(unlockTimes)),
        unit: 'ms',
        note: `median of ${UNLOCKS}, calibrated scrypt`,
      },
      {
        name: 'vault.seal.throughput',
        value: round(mb / sealSeconds),
        unit: 'MB/s',
        note: perRecord,
      },
      {
        name: 'vault.seal.rate',
        value: Math.round(RECORD_COUNT / sealSeconds),
        unit: 'records/s',
        note: perRecord,
      },
      {
        name: 'vault.open.throughput',
        value: round(mb / openSeconds),
        unit: 'MB/s',
        note: perRecord,
      },
      {
        name: 'vault.open.rate',
        value: Math.round(RECORD_COUNT / openSeconds),
        unit: 'records/s',
        note: perRecord,
      },
      {
        name: 'vault.open.10k',
        value: round(openSeconds * 1000),
        unit: 'ms',
        note:
          failed === 0
            ? 'openRecords on 10 000 sealed records'
            : `${failed} records failed to open`,
      },
    ];
  } finally {
    await vault.close();
    await rm(dir, { recursive: true, force: true });
  }
}
