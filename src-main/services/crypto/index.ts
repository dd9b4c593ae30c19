/**
 * Public API of the main-process crypto core. Plain Node (node:crypto), no
 * Electron: the vault, identity cards, key files and every signed and
 * encrypted exchange file are built from these pieces. Formats: docs/formats.md.
 */
export { CryptoError, isCryptoError } from './errors';
export type { CryptoErrorCode } from './errors';
export { constantTimeEqual, fromB64url, sha256Hex, toB64url } from './encoding';
export { canonicalBytes, canonicalJson, parseCanonical } from './canonical';
export type { JsonValue } from './canonical';
export { MAX_JSON_DEPTH, parseJsonBytes } from './json';
export { open, randomKey, recordAad, seal } from './aead';
export type { RecordBinding } from './aead';
export {
  calibrateScrypt,
  checkKdfParams,
  DEFAULT_KDF,
  defaultKdfParams,
  deriveKek,
  deriveSubkey,
  KDF_LIMITS,
  TEST_KDF,
} from './kdf';
export type { KdfCost, KdfParams } from './kdf';
export {
  exportPrivateKey,
  fingerprint,
  generateIdentityKeys,
  importEncryptionPublicKey,
  importPrivateKey,
  importSigningPublicKey,
  keyId,
  rawPublicKey,
} from './keys';
export type { IdentityKeys, KeyPair } from './keys';
export { envelopeSchema, pae, signEnvelope, verifyEnvelope } from './envelope';
export type { SignedEnvelope, Signer, VerifiedEnvelope, VerifyOptions } from './envelope';
export { decryptFromSender, encryptToRecipient, RECIPIENT_ALG } from './recipient';
export type { RecipientCiphertext } from './recipient';
export { peekFile, serializeOuterFile } from './outer-file';
export type { FileKind } from './outer-file';
export { ContainerHeaderSchema, HEADER_LIMITS } from './container-header';
export type { ContainerHeader, HeaderScalar } from './container-header';
export { createContainer, inspectContainer, openContainer } from './container';
export type {
  ContainerInfo,
  CreateContainerInput,
  OpenContainerOptions,
  OpenedContainer,
} from './container';
export { createIdentity, identityFromKeys, PersonNameSchema, signerOf } from './identity';
export type { Identity } from './identity';
export {
  createIdentityCard,
  IDENTITY_CARD_FORMAT,
  IDENTITY_CARD_MAX_BYTES,
  IDENTITY_CARD_PAYLOAD_TYPE,
  IdentityCardSchema,
  verifyIdentityCard,
} from './identity-card';
export type { IdentityCard } from './identity-card';
export { exportKeyFile, importKeyFile, KEYFILE_FORMAT, KEYFILE_MAX_BYTES } from './keyfile';
