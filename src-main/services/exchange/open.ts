import { inspectContainer, isCryptoError, openContainer } from '../crypto';
import type { ContainerHeader, ContainerInfo, Identity, OpenedContainer } from '../crypto';
import { EXCHANGE_VERSION } from '../../../src-shared/exchange';
import type { ExchangeBinding, ExchangeErrorCode } from '../../../src-shared/exchange';
import { ExchangeError, fromCryptoCode, withExchangeErrors } from './errors';

/** How to open one kind of exchange file. */
export type ExchangeOpenSpec = {
  format: string;
  payloadType: string;
  maxBytes: number;
  me: Identity;
  /** Signing keys this reader trusts, by key id; may depend on the clear header. */
  signers: (info: ContainerInfo) => ReadonlyMap<string, Uint8Array>;
  /** What the file must belong to; omitted when any round is acceptable. */
  expected?: Partial<ExchangeBinding> | undefined;
};

/** An opened exchange file: the clear header as read, and the verified content. */
export type OpenedExchange = { info: ContainerInfo; opened: OpenedContainer };

/**
 * Which binding field of `header` differs from `expected`, as an error code.
 * Award and round together identify a round, so both give WRONG_ROUND.
 */
export function bindingMismatch(
  header: ContainerHeader,
  expected: Partial<ExchangeBinding> | undefined,
): 'WRONG_ROUND' | 'WRONG_PHASE' | 'WRONG_ROSTER' | undefined {
  if (expected === undefined) return undefined;
  const differs = (key: keyof ExchangeBinding): boolean =>
    expected[key] !== undefined && header[key] !== expected[key];
  if (differs('award') || differs('roundId')) return 'WRONG_ROUND';
  if (differs('phaseId')) return 'WRONG_PHASE';
  if (differs('rosterVersion')) return 'WRONG_ROSTER';
  return undefined;
}

/**
 * Open a container with the crypto core and give precise, typed verdicts.
 *
 * Order, and what may be trusted when:
 * 1. inspectContainer: size, form, format, version. Nothing is trusted yet.
 * 2. NOT_FOR_ME from the clear `recipientKeyId`: safe before decrypting, since
 *    the header is the AEAD's additional data: if it lied, decryption fails.
 * 3. openContainer decrypts (TAMPERED), then looks up the signer. When the
 *    lookup happens, decryption has succeeded, so the header is authentic as
 *    AAD (it is what the sender encrypted with). Only from then on are the
 *    round, phase and roster version in the header reported (WRONG_ROUND,
 *    WRONG_PHASE, WRONG_ROSTER): a file from another round whose signer this
 *    roster does not know is reported as from another round, while a header
 *    edited in transit is reported as TAMPERED, never as "wrong round".
 * 4. A signer not in `signers` gives UNKNOWN_SIGNER; a bad signature by a
 *    known key BAD_SIGNATURE. The container then checks that the payload
 *    repeats the header, so after success the binding fields are signed.
 */
export function openExchange(bytes: Uint8Array, spec: ExchangeOpenSpec): OpenedExchange {
  const info = withExchangeErrors(() => inspectContainer(bytes, spec.maxBytes, [EXCHANGE_VERSION]));
  if (info.format !== spec.format) {
    throw new ExchangeError('WRONG_TYPE', `Expected a ${spec.format} file.`);
  }
  if (info.header.recipientKeyId !== spec.me.encryptionKeyId) {
    throw new ExchangeError('NOT_FOR_ME', 'The file is addressed to someone else.');
  }
  const signers = spec.signers(info);
  // Set by the signer lookup, which the container only reaches after decrypting.
  const lookup: { requested?: string } = {};
  let opened: OpenedContainer;
  try {
    opened = openContainer(bytes, {
      expectedFormat: spec.format,
      supportedVersions: [EXCHANGE_VERSION],
      myEncryptionPrivateKey: spec.me.encryption.privateKey,
      myEncryptionPublicKey: spec.me.encryption.publicKey,
      expectedPayloadType: spec.payloadType,
      publicKeyFor: (id) => {
        lookup.requested = id;
        return signers.get(id);
      },
      maxBytes: spec.maxBytes,
    });
  } catch (e) {
    if (!isCryptoError(e)) throw e;
    const { requested } = lookup;
    if (requested !== undefined) {
      const mismatch = bindingMismatch(info.header, spec.expected);
      if (mismatch !== undefined) throw new ExchangeError(mismatch, messageFor(mismatch));
      if (e.code === 'BAD_SIGNATURE' && !signers.has(requested)) {
        throw new ExchangeError(
          'UNKNOWN_SIGNER',
          'The file is signed by someone not in the roster.',
        );
      }
    }
    throw new ExchangeError(fromCryptoCode(e.code), e.message);
  }
  const mismatch = bindingMismatch(opened.header, spec.expected);
  if (mismatch !== undefined) throw new ExchangeError(mismatch, messageFor(mismatch));
  return { info, opened };
}

function messageFor(code: ExchangeErrorCode): string {
  switch (code) {
    case 'WRONG_ROUND':
      return 'The file belongs to another award or round.';
    case 'WRONG_PHASE':
      return 'The file belongs to another phase.';
    case 'WRONG_ROSTER':
      return 'The file was made with another version of the roster.';
    default:
      return 'The file cannot be used here.';
  }
}
