import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { strictAssert } from '../../../src-shared/assert';
import { canonicalBytes, parseCanonical } from './canonical';
import { ContainerHeaderSchema, headerMismatches, sortedHeader } from './container-header';
import type { ContainerHeader } from './container-header';
import { CryptoError } from './errors';
import { sha256Hex } from './encoding';
import { signEnvelope, verifyEnvelope } from './envelope';
import type { Signer } from './envelope';
import { keyId } from './keys';
import { peekFile, readOuterFile, serializeOuterFile } from './outer-file';
import { decryptFromSender, encryptToRecipient, RECIPIENT_ALG } from './recipient';
import { b64urlOf, b64urlUpTo, FormatNameSchema, VersionSchema } from './schemas';

/** Versions of the container layout this code can read. */
const CONTAINER_VERSIONS: readonly number[] = [1];

function containerSchema(maxBytes: number) {
  return z.strictObject({
    format: FormatNameSchema,
    version: VersionSchema,
    header: ContainerHeaderSchema,
    encryption: z.strictObject({
      alg: z.literal(RECIPIENT_ALG),
      ephemeralPublicKey: b64urlOf(32),
      nonce: b64urlOf(12),
    }),
    ciphertext: b64urlUpTo(maxBytes),
  });
}

type ContainerFile = z.infer<ReturnType<typeof containerSchema>>;

/** Key order of the written file: identification first, bulk data last. */
function layout(file: ContainerFile): ContainerFile {
  return {
    format: file.format,
    version: file.version,
    header: sortedHeader(file.header),
    encryption: {
      alg: file.encryption.alg,
      ephemeralPublicKey: file.encryption.ephemeralPublicKey,
      nonce: file.encryption.nonce,
    },
    ciphertext: file.ciphertext,
  };
}

/** The AAD: everything in the clear that the recipient will act on. */
function aadOf(format: string, version: number, header: ContainerHeader): unknown {
  return { alg: RECIPIENT_ALG, format, header, version };
}

/** Inputs for {@link createContainer}. */
export type CreateContainerInput = {
  format: string;
  version: number;
  header: ContainerHeader;
  payloadType: string;
  /** Plain JSON object; must repeat format, version and every header field. */
  payload: object;
  signer: Signer;
  recipientPublicKey: Uint8Array;
};

/**
 * Sign a payload and encrypt it to one recipient: canonical payload → DSSE
 * envelope → canonical envelope bytes → X25519/HKDF/AES-GCM with the header as
 * AAD → pretty-printed outer JSON. Returns the file bytes.
 */
export function createContainer(input: CreateContainerInput): Uint8Array {
  const { format, version, header, payload } = input;
  strictAssert(
    FormatNameSchema.safeParse(format).success && format.startsWith('juryrum.'),
    'format is a juryrum format name',
  );
  strictAssert(VersionSchema.safeParse(version).success, 'version is a positive integer');
  strictAssert(ContainerHeaderSchema.safeParse(header).success, 'header fits the header schema');
  strictAssert(header.signerKeyId === input.signer.keyId, 'header names the actual signer');
  strictAssert(
    header.recipientKeyId === keyId(input.recipientPublicKey),
    'header names the actual recipient',
  );
  strictAssert(
    Reflect.get(payload, 'format') === format && Reflect.get(payload, 'version') === version,
    'payload repeats the format and version',
  );
  const missing = headerMismatches(header, payload);
  strictAssert(missing.length === 0, `payload repeats header fields (${missing.join(', ')})`);

  const envelope = signEnvelope({
    payloadType: input.payloadType,
    payload: canonicalBytes(payload),
    signer: input.signer,
  });
  const encrypted = encryptToRecipient({
    recipientPublicKey: input.recipientPublicKey,
    plaintext: canonicalBytes(envelope),
    header: aadOf(format, version, header),
  });
  return serializeOuterFile(
    layout({
      format,
      version,
      header,
      encryption: {
        alg: RECIPIENT_ALG,
        ephemeralPublicKey: encrypted.ephemeralPublicKey,
        nonce: encrypted.nonce,
      },
      ciphertext: encrypted.ciphertext,
    }),
  );
}

/** What anyone can see without keys. */
export type ContainerInfo = { format: string; version: number; header: ContainerHeader };

/**
 * Read the clear-text part of a container without decrypting, e.g. for the
 * CLI `inspect` or an early "not for me" / "wrong round" verdict. Nothing here
 * is authenticated until {@link openContainer} succeeds.
 */
export function inspectContainer(
  bytes: Uint8Array,
  maxBytes: number,
  supportedVersions: readonly number[] = CONTAINER_VERSIONS,
): ContainerInfo {
  const { format } = peekFile(bytes, maxBytes);
  const file = readOuterFile(bytes, {
    maxBytes,
    expectedFormat: format,
    supportedVersions,
    schema: containerSchema(maxBytes),
    layout,
  });
  return { format: file.format, version: file.version, header: file.header };
}

/** Options for {@link openContainer}. */
export type OpenContainerOptions = {
  expectedFormat: string;
  supportedVersions: readonly number[];
  myEncryptionPrivateKey: KeyObject;
  myEncryptionPublicKey: Uint8Array;
  expectedPayloadType: string;
  /** Raw Ed25519 key of a trusted signer, or undefined. */
  publicKeyFor: (keyId: string) => Uint8Array | undefined;
  maxBytes: number;
};

/** An opened, verified container. */
export type OpenedContainer = {
  header: ContainerHeader;
  /** Parsed from exactly the verified canonical bytes; validate it with zod next. */
  payload: unknown;
  payloadBytes: Uint8Array;
  signerKeyId: string;
  /** SHA-256 (hex) of the whole file as received. */
  digest: string;
};

/**
 * Open a container. Checks, in order: size, outer shape and exact form,
 * format, version, recipient (NOT_FOR_ME), decryption (TAMPERED), signature
 * (BAD_SIGNATURE), canonical payload, and that the payload repeats the
 * format, version and every header field (TAMPERED).
 */
export function openContainer(bytes: Uint8Array, options: OpenContainerOptions): OpenedContainer {
  const { maxBytes } = options;
  const file = readOuterFile(bytes, {
    maxBytes,
    expectedFormat: options.expectedFormat,
    supportedVersions: options.supportedVersions,
    schema: containerSchema(maxBytes),
    layout,
  });
  const { header } = file;
  if (header.recipientKeyId !== keyId(options.myEncryptionPublicKey)) {
    throw new CryptoError('NOT_FOR_ME', 'The file is addressed to someone else.');
  }
  const plaintext = decryptFromSender({
    myPrivateKey: options.myEncryptionPrivateKey,
    myPublicKey: options.myEncryptionPublicKey,
    ephemeralPublicKey: file.encryption.ephemeralPublicKey,
    nonce: file.encryption.nonce,
    ciphertext: file.ciphertext,
    header: aadOf(file.format, file.version, header),
  });
  const verified = verifyEnvelope(parseCanonical(plaintext, maxBytes), {
    expectedPayloadType: options.expectedPayloadType,
    publicKeyFor: options.publicKeyFor,
    maxPayloadBytes: maxBytes,
  });
  if (verified.signerKeyId !== header.signerKeyId) {
    throw new CryptoError('TAMPERED', 'The file is signed by someone other than it claims.');
  }
  const payload = parseCanonical(verified.payload, maxBytes);
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new CryptoError('MALFORMED', 'The signed content is not an object.');
  }
  if (
    Reflect.get(payload, 'format') !== file.format ||
    Reflect.get(payload, 'version') !== file.version ||
    headerMismatches(header, payload).length > 0
  ) {
    throw new CryptoError('TAMPERED', 'The signed content does not match the file header.');
  }
  return {
    header,
    payload,
    payloadBytes: verified.payload,
    signerKeyId: verified.signerKeyId,
    digest: sha256Hex(bytes),
  };
}
