/**
 * The chair's renderer tests on the real core: the shared bridge
 * (core-bridge.ts: real dispatcher and vault behind `window.juryrum`), a new
 * vault created through the same channel the app uses, and the vault's
 * real Dexie database (on fake-indexeddb) opened for the repositories.
 */
import type { Core } from '../../../src-main/services/core';
import { APP_ORIGIN } from '../../../src-shared/security/policy';
import { VaultStatusSchema } from '../../../src-shared/ipc/vault-contract';
import { closeVaultDb, openVaultDb } from '../../../src-renderer/db/vault-db';
import { bridgeRealCore } from './core-bridge';

export const PASSPHRASE = 'ordförandens lösenfras i test';

export interface ChairCore {
  readonly core: Core;
  readonly vaultId: string;
  /** Close the database, the vault and the bridge; remove the data folder. */
  close(): Promise<void>;
}

/** A fresh data folder and vault, bridged to `window.juryrum`, with the vault's database open. */
export async function startChairCore(): Promise<ChairCore> {
  const bridged = await bridgeRealCore();
  const created = await bridged.core.dispatch(
    'vault:create',
    { passphrase: PASSPHRASE, name: 'Annika Solberg', organisation: '', useKeychain: false },
    { url: `${APP_ORIGIN}/index.html`, isMainFrame: true },
  );
  if (!created.ok) throw new Error(`vault:create failed: ${created.error.code}`);
  const { vaultId } = VaultStatusSchema.parse(created.value);
  if (vaultId === null) throw new Error('a created vault has an id');
  await openVaultDb(vaultId);
  return {
    core: bridged.core,
    vaultId,
    async close() {
      closeVaultDb();
      await bridged.close();
    },
  };
}
