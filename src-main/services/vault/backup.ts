import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { strictAssert } from '../../../src-shared/assert';
import { gcmDecrypt, gcmEncrypt, NONCE_BYTES } from '../crypto/aead';
import { canonicalBytes, parseCanonical } from '../crypto/canonical';
import { fromB64url, toB64url } from '../crypto/encoding';
import { TimestampSchema } from '../crypto/identity';
import type { Identity } from '../crypto/identity';
import { readOuterFile, serializeOuterFile } from '../crypto/outer-file';
import { b64urlOf, b64urlUpTo } from '../crypto/schemas';
import { asVaultError, VaultError, vaultErrorFrom } from './errors';
import { IDENTITY_FILE_MAX_BYTES, openIdentity, sealIdentity } from './identity-file';
import { unlockDataKey } from './key-wrap';
import { MAX_SEALED_CHARS, openRecordBytes, parseRecordContent, RECORD_LIMITS } from './records';
import type { SealedRecord } from './records';
import { checkVaultHeader, layoutHeader, VaultHeaderSchema } from './vault-header';
import type { VaultHeader } from './vault-header';

export const BACKUP_FORMAT = 'juryrum.backup';
export const BACKUP_VERSION = 1;
/** Checked before parsing; also keeps the JSON text under V8's string limit. */
export const BACKUP_MAX_BYTES = 256 * 1024 * 1024;
export const BACKUP_MAX_RECORDS = 1_000_000;

const SealedRecordSchema = z.strictObject({
  id: z.string().min(1).max(RECORD_LIMITS.maxIdLength),
  schemaVersion: z.int().min(1).max(RECORD_LIMITS.maxSchemaVersion),
  sealed: z
    .string()
    .min(1)
    .max(MAX_SEALED_CHARS)
    .regex(/^[A-Za-z0-9_-]*$/),
  type: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
});

const BodySchema = z.strictObject({
  identity: b64urlUpTo(IDENTITY_FILE_MAX_BYTES),
  records: z.array(SealedRecordSchema).max(BACKUP_MAX_RECORDS),
});

const BackupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: TimestampSchema,
  vault: VaultHeaderSchema,
  nonce: b64urlOf(NONCE_BYTES),
  ciphertext: b64urlUpTo(BACKUP_MAX_BYTES),
});
type BackupFile = z.infer<typeof BackupFileSchema>;

function layout(file: BackupFile): BackupFile {
  return {
    format: file.format,
    version: file.version,
    createdAt: file.createdAt,
    vault: layoutHeader(file.vault),
    nonce: file.nonce,
    ciphertext: file.ciphertext,
  };
}

/** The AAD binds everything in the clear, the whole embedded vault header included. */
function aadOf(createdAt: string, vault: VaultHeader): Uint8Array {
  return canonicalBytes({
    createdAt,
    format: BACKUP_FORMAT,
    vault: layoutHeader(vault),
    version: BACKUP_VERSION,
  });
}

function recordKey(record: { id: string; type: string }): string {
  return `${record.type}\u0000${record.id}`;
}

/** Inputs for {@link createBackup}; `header` must not need a keychain. */
export type CreateBackupInput = {
  header: VaultHeader;
  dataKey: Uint8Array;
  identity: Identity;
  records: readonly SealedRecord[];
  createdAt: string;
};

/**
 * Build backup file bytes. Every record is opened first, so a backup that
 * could never be restored is refused now (TAMPERED / MALFORMED) instead of
 * being discovered on the day it is needed.
 */
export function createBackup(input: CreateBackupInput): Uint8Array {
  const { header, dataKey, identity, records, createdAt } = input;
  strictAssert(header.keychain === null, 'backups carry a passphrase-only header');
  if (records.length > BACKUP_MAX_RECORDS) {
    throw new VaultError('BAD_REQUEST', 'There are too many records for one backup.');
  }
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(recordKey(record))) {
      throw new VaultError('BAD_REQUEST', 'The same record appears twice in the backup.');
    }
    seen.add(recordKey(record));
    const plaintext = openRecordBytes(dataKey, record);
    plaintext.fill(0);
  }
  const body = canonicalBytes({
    identity: toB64url(sealIdentity(dataKey, identity)),
    records: records.map(({ id, type, schemaVersion, sealed }) => ({
      id,
      schemaVersion,
      sealed,
      type,
    })),
  });
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = gcmEncrypt(dataKey, nonce, body, aadOf(createdAt, header));
  const bytes = serializeOuterFile(
    layout({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt,
      vault: header,
      nonce: toB64url(nonce),
      ciphertext: toB64url(ciphertext),
    }),
  );
  if (bytes.byteLength > BACKUP_MAX_BYTES) {
    throw new VaultError('BAD_REQUEST', 'The backup would be larger than 256 MiB.');
  }
  return bytes;
}

/** A fully verified backup. The caller owns `dataKey` and `plaintexts` and must zero them. */
export type DecodedBackup = {
  header: VaultHeader;
  dataKey: Buffer;
  identity: Identity;
  identitySealed: Buffer;
  records: SealedRecord[];
  /** Canonical JSON content of each record, same order as `records`. */
  plaintexts: Uint8Array[];
};

const WHAT = 'The backup';

/** Parse the outer file and validate the embedded header (no secrets needed). */
function readBackupFile(bytes: Uint8Array): BackupFile {
  if (bytes.byteLength > BACKUP_MAX_BYTES) {
    throw new VaultError('MALFORMED', `${WHAT} is larger than a backup can be.`);
  }
  const file = asVaultError(WHAT, () =>
    readOuterFile(bytes, {
      maxBytes: BACKUP_MAX_BYTES,
      expectedFormat: BACKUP_FORMAT,
      supportedVersions: [BACKUP_VERSION],
      schema: BackupFileSchema,
      layout,
    }),
  );
  checkVaultHeader(file.vault, WHAT);
  if (file.vault.keychain !== null) {
    throw new VaultError('MALFORMED', `${WHAT} asks for a system keychain; backups never do.`);
  }
  return file;
}

/**
 * Verify a backup completely: size, strict schema, passphrase, body
 * decryption, the identity and every record. Nothing is returned unless all
 * of it checks out. VaultError MALFORMED | TAMPERED | WRONG_PASSPHRASE (an
 * edited salt or wrapped key cannot be told apart from a wrong passphrase).
 */
export async function decodeBackup(bytes: Uint8Array, passphrase: string): Promise<DecodedBackup> {
  const file = readBackupFile(bytes);
  const { dataKey } = await unlockDataKey(file.vault, passphrase, null);
  const plaintexts: Uint8Array[] = [];
  try {
    const body = asVaultError(WHAT, () =>
      gcmDecrypt(
        dataKey,
        fromB64url(file.nonce, NONCE_BYTES),
        fromB64url(file.ciphertext),
        aadOf(file.createdAt, file.vault),
      ),
    );
    let parsed: z.infer<typeof BodySchema>;
    try {
      const result = BodySchema.safeParse(
        asVaultError(WHAT, () => parseCanonical(body, bytes.byteLength)),
      );
      if (!result.success)
        throw new VaultError('MALFORMED', `${WHAT} content lacks expected fields.`);
      parsed = result.data;
    } finally {
      body.fill(0);
    }
    const identitySealed = asVaultError(WHAT, () => fromB64url(parsed.identity));
    const identity = openIdentity(dataKey, identitySealed);
    const seen = new Set<string>();
    for (const record of parsed.records) {
      if (seen.has(recordKey(record))) {
        throw new VaultError('MALFORMED', `${WHAT} holds the same record twice.`);
      }
      seen.add(recordKey(record));
      const plaintext = openRecordBytes(dataKey, record);
      plaintexts.push(plaintext);
      parseRecordContent(plaintext);
    }
    return {
      header: file.vault,
      dataKey,
      identity,
      identitySealed,
      records: parsed.records,
      plaintexts,
    };
  } catch (e) {
    dataKey.fill(0);
    for (const plaintext of plaintexts) plaintext.fill(0);
    throw vaultErrorFrom(e, WHAT);
  }
}

/** Zero the secrets of a decoded backup (optionally keeping its data key). */
export function wipeDecoded(decoded: DecodedBackup, keepKey = false): void {
  if (!keepKey) decoded.dataKey.fill(0);
  for (const plaintext of decoded.plaintexts) plaintext.fill(0);
}

/** What {@link readBackup} returns: verified, records still sealed under the backup's key. */
export type BackupContents = {
  vaultHeader: VaultHeader;
  identity: Identity;
  records: SealedRecord[];
};

/** Verify a backup and return its contents (see {@link decodeBackup}). */
export async function readBackup(bytes: Uint8Array, passphrase: string): Promise<BackupContents> {
  const decoded = await decodeBackup(bytes, passphrase);
  wipeDecoded(decoded);
  return { vaultHeader: decoded.header, identity: decoded.identity, records: decoded.records };
}
