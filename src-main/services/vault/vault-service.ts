import { strictAssert } from '../../../src-shared/assert';
import { randomKey } from '../crypto/aead';
import { isCryptoError } from '../crypto/errors';
import { createIdentity } from '../crypto/identity';
import type { Identity } from '../crypto/identity';
import { createIdentityCard } from '../crypto/identity-card';
import { calibrateScrypt, defaultKdfParams } from '../crypto/kdf';
import { exportKeyFile, importKeyFile } from '../crypto/keyfile';
import { atomicWriteFile } from '../files/atomic-write';
import { createBackup, decodeBackup, readBackup, wipeDecoded } from './backup';
import type { BackupContents } from './backup';
import { VaultError, vaultErrorFrom } from './errors';
import { exists } from './fs-util';
import { sealIdentity, writeIdentityFile } from './identity-file';
import { passphraseOnlyHeader, unlockDataKey, wrappingKeyFor } from './key-wrap';
import { bindKeychain } from './keychain';
import { nonces, openRecord, resealBytes, sealRecord } from './records';
import type { OpenedRecord, PlainRecord, SealedRecord } from './records';
import { costOf, lockedError, VaultCore } from './vault-core';
import {
  newVaultId,
  vaultHeaderPath,
  VAULT_FORMAT,
  VAULT_VERSION,
  wrapDataKey,
  writeVaultHeader,
} from './vault-header';
import {
  checkNewPassphrase,
  checkPassphraseInput,
  KDF_TARGET_MS,
  publicIdentity,
} from './vault-types';
import type { BackupOptions, CreateVaultInput, PublicIdentity } from './vault-types';

/**
 * The encrypted local vault of the main process. It alone holds the data key
 * and the identity's private keys; the renderer hands records over for
 * sealing and opening. State-changing calls run one at a time, and every use
 * of the data key happens synchronously after checking that the session that
 * started the call is still the live one, so a lock in between can never make
 * us seal with a zeroed key.
 */
export class VaultService extends VaultCore {
  /** Create a new vault and identity; leaves it unlocked. CONFLICT if one exists. */
  create(input: CreateVaultInput): Promise<void> {
    return this.serial(async () => {
      await this.writer.acquire();
      checkNewPassphrase(input.passphrase);
      if (await exists(vaultHeaderPath(this.dataDir))) {
        throw new VaultError('CONFLICT', 'A vault already exists in this folder.');
      }
      const identity = this.newIdentity(input.name, input.organisation);
      const kdf = defaultKdfParams(this.options.kdfCost ?? (await calibrateScrypt(KDF_TARGET_MS)));
      const binding = input.useKeychain === true ? bindKeychain(this.keychain) : null;
      const dataKey = randomKey();
      try {
        const wrappingKey = await wrappingKeyFor(input.passphrase, kdf, binding?.secret ?? null);
        const header = wrapDataKey(wrappingKey, dataKey, {
          format: VAULT_FORMAT,
          version: VAULT_VERSION,
          vaultId: newVaultId(),
          createdAt: new Date(this.now()).toISOString(),
          kdf,
          keychain: binding === null ? null : { blob: binding.blob },
        });
        wrappingKey.fill(0);
        await writeIdentityFile(this.dataDir, sealIdentity(dataKey, identity));
        // vault.json is written last: its presence is what makes the vault exist.
        await writeVaultHeader(this.dataDir, header);
        await this.attempts.reset();
        this.startSession({ dataKey, header, identity });
      } catch (e) {
        dataKey.fill(0);
        throw e;
      } finally {
        binding?.secret.fill(0);
      }
    });
  }

  /** Unlock with the passphrase (and keychain, if bound). Rate-limited after failures. */
  unlock(passphrase: string): Promise<void> {
    return this.serial(async () => {
      await this.writer.acquire();
      checkPassphraseInput(passphrase);
      const header = await this.requireHeader();
      const { dataKey, keychainSecret } = await this.guarded(() =>
        unlockDataKey(header, passphrase, this.keychain),
      );
      keychainSecret?.fill(0);
      try {
        const identity = await this.loadIdentity(dataKey);
        this.endSession();
        this.startSession({ dataKey, header, identity });
      } catch (e) {
        dataKey.fill(0);
        throw e;
      }
    });
  }

  /**
   * Re-wrap the data key under a new passphrase with a new salt. Records and
   * the identity file are untouched. A stored cost below the default is
   * raised by calibrating again.
   */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      const session = this.requireSession();
      checkPassphraseInput(current);
      checkNewPassphrase(next);
      const header = session.header;
      const { dataKey, keychainSecret } = await this.guarded(() =>
        unlockDataKey(header, current, this.keychain),
      );
      try {
        const kdf = defaultKdfParams(await this.rekeyCost(header.kdf));
        const wrappingKey = await wrappingKeyFor(next, kdf, keychainSecret);
        const updated = wrapDataKey(wrappingKey, dataKey, { ...header, kdf });
        wrappingKey.fill(0);
        await writeVaultHeader(this.dataDir, updated);
        if (this.session === session) session.header = updated;
      } finally {
        dataKey.fill(0);
        keychainSecret?.fill(0);
      }
    });
  }

  /** Seal records for the renderer to store. LOCKED, or BAD_REQUEST for bad input. */
  sealRecords(records: readonly PlainRecord[]): SealedRecord[] {
    const { dataKey } = this.requireSession();
    this.checkBatch(records);
    const nonceAt = nonces(records.length);
    return records.map((record, i) => sealRecord(dataKey, record, nonceAt(i)));
  }

  /** Open sealed records; damaged ones are reported per record, never thrown. */
  openRecords(records: readonly SealedRecord[]): OpenedRecord[] {
    const { dataKey } = this.requireSession();
    this.checkBatch(records);
    return records.map((record) => openRecord(dataKey, record));
  }

  /** The full identity, private keys included: main-process use only. */
  identity(): Identity {
    const { identity } = this.requireSession();
    if (identity === null) {
      throw new VaultError(
        'NOT_FOUND',
        'This vault has no usable identity; import a key file or restore a backup.',
      );
    }
    return identity;
  }

  /** The self-signed identity card (file bytes). */
  identityCard(): Uint8Array {
    return createIdentityCard(this.identity());
  }

  /** Export the identity as a passphrase-protected key file, at the vault's KDF cost. */
  async exportKeyFile(passphrase: string): Promise<Uint8Array> {
    checkNewPassphrase(passphrase);
    const identity = this.identity();
    const kdf = defaultKdfParams(this.options.kdfCost ?? costOf(this.requireSession().header.kdf));
    return exportKeyFile(identity, passphrase, kdf);
  }

  /** Replace the stored identity with one from a key file; on any error nothing changes. */
  importKeyFile(bytes: Uint8Array, passphrase: string): Promise<PublicIdentity> {
    return this.serial(async () => {
      this.requireSession();
      checkPassphraseInput(passphrase);
      const identity = await importKeyFile(bytes, passphrase).catch((e: unknown) => {
        throw vaultErrorFrom(e, 'The key file');
      });
      const session = this.requireSession();
      await writeIdentityFile(this.dataDir, sealIdentity(session.dataKey, identity));
      if (this.session === session) session.identity = identity;
      return publicIdentity(identity);
    });
  }

  /**
   * Backup file bytes (format juryrum.backup) holding the identity and the
   * given sealed records. For a keychain-bound vault pass the passphrase: the
   * backup must open with the passphrase alone on another computer.
   */
  async exportBackup(
    records: readonly SealedRecord[],
    options: BackupOptions = {},
  ): Promise<Uint8Array> {
    const session = this.requireSession();
    let header = session.header;
    if (header.keychain !== null) {
      const { passphrase } = options;
      if (passphrase === undefined) {
        throw new VaultError('BAD_REQUEST', 'A backup of this vault needs its passphrase.');
      }
      checkPassphraseInput(passphrase);
      header = await this.guarded(() =>
        passphraseOnlyHeader(session.header, passphrase, this.keychain),
      );
    }
    if (this.session !== session) throw lockedError();
    return createBackup({
      header,
      dataKey: session.dataKey,
      identity: this.identity(),
      records,
      createdAt: new Date(this.now()).toISOString(),
    });
  }

  /** {@link exportBackup}, written atomically to `path`. */
  async writeBackup(
    path: string,
    records: readonly SealedRecord[],
    options: BackupOptions = {},
  ): Promise<void> {
    await atomicWriteFile(path, await this.exportBackup(records, options));
  }

  /** Verify a backup completely and return its contents. Needs no vault. */
  readBackup(bytes: Uint8Array, passphrase: string): Promise<BackupContents> {
    checkPassphraseInput(passphrase);
    return readBackup(bytes, passphrase);
  }

  /**
   * Restore into a folder without a vault: the backup's header becomes
   * vault.json (its passphrase now unlocks), and the vault is left unlocked.
   * Returns the records, still sealed, for the renderer to store.
   */
  restoreIntoEmpty(bytes: Uint8Array, passphrase: string): Promise<SealedRecord[]> {
    return this.serial(async () => {
      await this.writer.acquire();
      checkPassphraseInput(passphrase);
      if (await exists(vaultHeaderPath(this.dataDir))) {
        throw new VaultError('CONFLICT', 'A vault already exists in this folder.');
      }
      const decoded = await decodeBackup(bytes, passphrase);
      try {
        await writeIdentityFile(this.dataDir, decoded.identitySealed);
        await writeVaultHeader(this.dataDir, decoded.header);
        await this.attempts.reset();
      } catch (e) {
        wipeDecoded(decoded);
        throw e;
      }
      wipeDecoded(decoded, true);
      this.startSession({
        dataKey: decoded.dataKey,
        header: decoded.header,
        identity: decoded.identity,
      });
      return decoded.records;
    });
  }

  /**
   * Restore over the unlocked vault, step one: verify the whole backup and
   * re-seal its records under THIS vault's data key. Nothing on disk changes
   * yet: the backup's identity is kept in memory until the renderer has
   * stored the records and calls {@link commitRestore}, so a failed write in
   * the renderer leaves the old records and the old identity together.
   * vault.json never changes.
   */
  restoreOverExisting(bytes: Uint8Array, backupPassphrase: string): Promise<SealedRecord[]> {
    return this.serial(async () => {
      // A new attempt replaces any restore still waiting, even if it fails.
      this.requireSession().pendingIdentity = null;
      checkPassphraseInput(backupPassphrase);
      const decoded = await decodeBackup(bytes, backupPassphrase);
      try {
        const session = this.requireSession();
        const nonceAt = nonces(decoded.records.length);
        const records = decoded.records.map((record, i) => {
          const plaintext = decoded.plaintexts[i];
          strictAssert(plaintext !== undefined, 'every backup record was opened');
          return resealBytes(session.dataKey, record, plaintext, nonceAt(i));
        });
        session.pendingIdentity = decoded.identity;
        return records;
      } finally {
        wipeDecoded(decoded);
      }
    });
  }

  /**
   * Restore over the unlocked vault, step two: replace identity.sealed with
   * the identity staged by {@link restoreOverExisting}. NOT_FOUND when no
   * restore is waiting (none was started, or the vault locked in between).
   */
  commitRestore(): Promise<void> {
    return this.serial(async () => {
      const session = this.requireSession();
      const identity = session.pendingIdentity ?? null;
      if (identity === null) {
        throw new VaultError('NOT_FOUND', 'No restore is waiting to be completed.');
      }
      await writeIdentityFile(this.dataDir, sealIdentity(session.dataKey, identity));
      if (this.session === session) {
        session.pendingIdentity = null;
        session.identity = identity;
      }
    });
  }

  /** Forget a restore waiting for {@link commitRestore} (the renderer could not store it). */
  discardRestore(): void {
    if (this.session !== null) this.session.pendingIdentity = null;
  }

  private newIdentity(name: string, organisation: string): Identity {
    try {
      return createIdentity(name, organisation, new Date(this.now()));
    } catch (e) {
      if (!isCryptoError(e)) throw e;
      throw new VaultError(
        'BAD_REQUEST',
        'The name or organisation is empty, too long or has control characters.',
      );
    }
  }
}
