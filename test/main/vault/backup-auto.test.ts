import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../../src-main/services/vault';
import type { SealedRecord } from '../../../src-main/services/vault';
import { ask, PASSPHRASE, refusal, startCore, tempDir } from '../settings/helpers';
import { sampleRecords } from './helpers';

const OWNER = { name: 'Åsa Andersson', organisation: 'Region Norr', useKeychain: false };
const plain = sampleRecords(6);

async function unlockedCoreWithRecords() {
  const dir = await tempDir();
  const { core } = startCore(dir);
  await ask(core, 'vault:create', { passphrase: PASSPHRASE, ...OWNER });
  const { records } = (await ask(core, 'records:seal', { records: plain })) as {
    records: SealedRecord[];
  };
  return { dir, core, records };
}

async function backupFiles(dir: string): Promise<string[]> {
  return readdir(join(dir, 'backups')).catch(() => []);
}

describe("'backup:auto' (before a database migration)", () => {
  it('writes <dataDir>/backups/auto-migration-*.juryrum-backup that restores every record', async () => {
    const { dir, core, records } = await unlockedCoreWithRecords();
    const { fileName } = (await ask(core, 'backup:auto', { records, reason: 'migration' })) as {
      fileName: string;
    };
    expect(fileName).toMatch(/^auto-migration-[\dT-]+Z\.juryrum-backup$/);
    expect(await backupFiles(dir)).toEqual([fileName]);
    const bytes = await readFile(join(dir, 'backups', fileName));

    // Verified with the passphrase alone, as on another computer.
    const contents = await readBackup(bytes, PASSPHRASE);
    expect(contents.records).toEqual(records);

    // And it restores into an empty profile, where every record opens.
    const target = await tempDir();
    const restored = startCore(target).core;
    const file = join(dir, 'backups', fileName);
    const vault = restored.vault;
    const back = await vault.restoreIntoEmpty(await readFile(file), PASSPHRASE);
    expect(back).toEqual(records);
    expect(vault.openRecords(back)).toEqual(
      plain.map((r) => ({ id: r.id, ok: true, content: r.content })),
    );
    expect(await ask(restored, 'vault:status', {})).toMatchObject({ state: 'unlocked' });
  });

  it('is refused while locked, for a damaged record, and for another reason; no file is left', async () => {
    const { dir, core, records } = await unlockedCoreWithRecords();
    const [first, ...rest] = records;
    if (first === undefined) throw new Error('no records');
    const at = Math.floor(first.sealed.length / 2);
    const swapped = first.sealed[at] === 'A' ? 'B' : 'A';
    const flipped = {
      ...first,
      sealed: `${first.sealed.slice(0, at)}${swapped}${first.sealed.slice(at + 1)}`,
    };
    expect(
      await refusal(core, 'backup:auto', { records: [flipped, ...rest], reason: 'migration' }),
    ).toMatch(/^(TAMPERED|MALFORMED)$/);
    expect(await refusal(core, 'backup:auto', { records, reason: 'whenever' })).toBe('BAD_REQUEST');
    await ask(core, 'vault:lock', {});
    expect(await refusal(core, 'backup:auto', { records, reason: 'migration' })).toBe('LOCKED');
    expect(await backupFiles(dir)).toEqual([]);
  });

  it('backs up an empty database too', async () => {
    const { dir, core } = await unlockedCoreWithRecords();
    const { fileName } = (await ask(core, 'backup:auto', { records: [], reason: 'migration' })) as {
      fileName: string;
    };
    const contents = await readBackup(await readFile(join(dir, 'backups', fileName)), PASSPHRASE);
    expect(contents.records).toEqual([]);
  });
});
