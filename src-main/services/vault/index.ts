/**
 * Public API of the encrypted local vault (main process, plain Node). The
 * data key and the identity's private keys never leave this module's
 * VaultService; the renderer only ever sees sealed records and public data.
 * File formats: docs/formats.md, "Vault and backup".
 */
export { VaultService } from './vault-service';
export {
  DEFAULT_IDLE_LOCK_MS,
  MAX_IDLE_LOCK_MINUTES,
  MAX_PASSPHRASE_LENGTH,
  MAX_RECORDS_PER_CALL,
  MIN_PASSPHRASE_LENGTH,
} from './vault-types';
export type {
  BackupOptions,
  CreateVaultInput,
  LockReason,
  PublicIdentity,
  VaultServiceOptions,
  VaultStatus,
} from './vault-types';
export { isVaultError, VAULT_ERROR_CODES, VaultError } from './errors';
export type { VaultErrorCode } from './errors';
export type { KeychainBackend } from './keychain';
export type { ClearTimer, SetTimer } from './idle-timer';
export { MAX_RECORD_BYTES } from './records';
export type { OpenedRecord, PlainRecord, SealedRecord } from './records';
export { BACKUP_FORMAT, BACKUP_MAX_BYTES, readBackup } from './backup';
export type { BackupContents } from './backup';
export { VAULT_FORMAT, VAULT_HEADER_FILE } from './vault-header';
export type { VaultHeader } from './vault-header';
export { IDENTITY_FILE } from './identity-file';
