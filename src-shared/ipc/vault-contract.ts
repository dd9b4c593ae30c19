import { z } from 'zod';

/** Passphrases shorter than this are refused when a vault is created. */
export const MIN_PASSPHRASE_LENGTH = 10;
/** Upper bound of the idle-lock time, in minutes. */
export const MAX_IDLE_LOCK_MINUTES = 240;
/** Idle-lock time of a new profile, and of one whose setting is unreadable. */
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
/** Whole minutes without activity before the vault locks itself; 0 = never. */
export const IdleLockMinutesSchema = z.number().int().min(0).max(MAX_IDLE_LOCK_MINUTES);
const passphrase = z.string().min(1).max(1_024);
const recordId = z.string().min(1).max(200);
const recordType = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);

export const PublicIdentitySchema = z.strictObject({
  name: z.string(),
  organisation: z.string(),
  keyId: z.string(),
  encryptionKeyId: z.string(),
  fingerprint: z.string(),
});

export const VaultStatusSchema = z.strictObject({
  state: z.enum(['none', 'locked', 'unlocked']),
  vaultId: z.string().nullable(),
  identity: PublicIdentitySchema.nullable(),
  retryAfterMs: z.number().int().nonnegative(),
  keychain: z.enum(['off', 'on', 'unavailable']),
  idleLockMinutes: IdleLockMinutesSchema,
});

export const PlainRecordSchema = z.strictObject({
  id: recordId,
  type: recordType,
  schemaVersion: z.number().int().min(1).max(1_000),
  content: z.unknown(),
});

export const SealedRecordSchema = z.strictObject({
  id: recordId,
  type: recordType,
  schemaVersion: z.number().int().min(1).max(1_000),
  sealed: z
    .string()
    .min(1)
    .max(16 * 1024 * 1024),
});

export const OpenedRecordSchema = z.union([
  z.strictObject({ id: recordId, ok: z.literal(true), content: z.unknown() }),
  z.strictObject({ id: recordId, ok: z.literal(false), code: z.enum(['TAMPERED', 'MALFORMED']) }),
]);

const sealedList = z.array(SealedRecordSchema).max(200_000);

/** Vault, sealed-record and backup channels (merged into the main contract). */
export const vaultContract = {
  'vault:status': { request: z.strictObject({}), response: VaultStatusSchema },
  'vault:create': {
    request: z.strictObject({
      passphrase: z.string().min(MIN_PASSPHRASE_LENGTH).max(1_024),
      name: z.string().trim().min(1).max(200),
      organisation: z.string().trim().max(200),
      useKeychain: z.boolean(),
    }),
    response: VaultStatusSchema,
  },
  'vault:unlock': { request: z.strictObject({ passphrase }), response: VaultStatusSchema },
  'vault:lock': { request: z.strictObject({}), response: VaultStatusSchema },
  'vault:changePassphrase': {
    request: z.strictObject({
      current: passphrase,
      next: z.string().min(MIN_PASSPHRASE_LENGTH).max(1_024),
    }),
    response: VaultStatusSchema,
  },
  'vault:touch': { request: z.strictObject({}), response: z.strictObject({}) },
  'vault:setIdleLock': {
    request: z.strictObject({ minutes: IdleLockMinutesSchema }),
    response: VaultStatusSchema,
  },
  'records:seal': {
    request: z.strictObject({ records: z.array(PlainRecordSchema).min(1).max(5_000) }),
    response: z.strictObject({ records: sealedList }),
  },
  'records:open': {
    request: z.strictObject({ records: sealedList }),
    response: z.strictObject({ records: z.array(OpenedRecordSchema) }),
  },
  // `passphrase` is needed only for a keychain-bound vault (status.keychain
  // 'on'): the backup must open with the passphrase alone on another computer.
  'backup:export': {
    request: z.strictObject({ records: sealedList, passphrase: passphrase.optional() }),
    response: z.strictObject({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'backup:auto': {
    request: z.strictObject({
      records: sealedList,
      reason: z.enum(['migration']),
      passphrase: passphrase.optional(),
    }),
    response: z.strictObject({ fileName: z.string() }),
  },
  'backup:restore': {
    request: z.strictObject({ passphrase, mode: z.enum(['empty', 'replace']) }),
    response: z.strictObject({
      restored: z.boolean(),
      records: sealedList,
      status: VaultStatusSchema,
    }),
  },
  /**
   * The last step of a 'replace' restore. `commit: true` once the renderer has
   * stored the records 'backup:restore' returned: main then replaces
   * identity.sealed with the backup's identity (until then the old one stays
   * in force; NOT_FOUND if no restore is waiting). `commit: false` when the
   * records could not be stored: main forgets the waiting restore.
   */
  'backup:finishRestore': {
    request: z.strictObject({ commit: z.boolean() }),
    response: VaultStatusSchema,
  },
  'identity:exportCard': {
    request: z.strictObject({}),
    response: z.strictObject({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'identity:exportKeys': {
    request: z.strictObject({ passphrase: z.string().min(MIN_PASSPHRASE_LENGTH).max(1_024) }),
    response: z.strictObject({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'identity:importKeys': {
    request: z.strictObject({ passphrase }),
    response: z.strictObject({ imported: z.boolean(), status: VaultStatusSchema }),
  },
} as const;

export type VaultStatus = z.infer<typeof VaultStatusSchema>;
export type PublicIdentity = z.infer<typeof PublicIdentitySchema>;
export type PlainRecord = z.infer<typeof PlainRecordSchema>;
export type SealedRecord = z.infer<typeof SealedRecordSchema>;
export type OpenedRecord = z.infer<typeof OpenedRecordSchema>;
