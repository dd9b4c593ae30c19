import { call } from '../ipc/client';
import { putBackRows, replaceAllRecords, storedRows } from './vault-db';
import type { SealedRecord, VaultStatus } from '../../src-shared/ipc/vault-contract';
import type { ErrorCode } from '../../src-shared/ipc/result';

/** How a restore over the existing vault ended. */
export type RestoreOutcome =
  /** The user closed the file dialog. */
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'restored'; readonly status: VaultStatus }
  /** Main refused the backup (damaged, wrong passphrase, …): nothing changed. */
  | { readonly kind: 'refused'; readonly code: ErrorCode }
  /** The records could not be stored: nothing changed. */
  | { readonly kind: 'notStored' }
  /** Main could not replace the identity; the old records were put back. */
  | { readonly kind: 'notCommitted'; readonly code: ErrorCode }
  /** As notCommitted, but putting the old records back failed too. */
  | { readonly kind: 'halfway'; readonly code: ErrorCode };

/**
 * Restore a backup over the unlocked vault, in an order that keeps the
 * records and the identity together:
 *
 * 1. main verifies the backup, re-seals its records and keeps its identity
 *    in memory ('backup:restore'); nothing is written yet;
 * 2. the records replace the stored ones in one transaction (all or none);
 * 3. main writes the identity ('backup:finishRestore').
 *
 * If step 2 fails nothing has changed and main forgets the restore. If step
 * 3 fails the old rows are put back exactly. `store` is step 2's
 * transaction (tests inject failures).
 */
export async function restoreOverExisting(
  passphrase: string,
  store: (records: readonly SealedRecord[]) => Promise<void> = replaceAllRecords,
): Promise<RestoreOutcome> {
  const res = await call('backup:restore', { passphrase, mode: 'replace' });
  if (!res.ok) return { kind: 'refused', code: res.error.code };
  if (!res.value.restored) return { kind: 'cancelled' };
  let before: Awaited<ReturnType<typeof storedRows>>;
  try {
    before = await storedRows();
    await store(res.value.records);
  } catch {
    await call('backup:finishRestore', { commit: false });
    return { kind: 'notStored' };
  }
  const commit = await call('backup:finishRestore', { commit: true });
  if (commit.ok) return { kind: 'restored', status: commit.value };
  await call('backup:finishRestore', { commit: false });
  try {
    await putBackRows(before);
  } catch {
    return { kind: 'halfway', code: commit.error.code };
  }
  return { kind: 'notCommitted', code: commit.error.code };
}
