import { peekFile, verifyIdentityCard } from '../crypto';
import { peekExchangeFile } from '../exchange';

/*
 * What any Juryrum file says about itself, read without keys: its kind,
 * format version, who signed it (verified only where the file carries the
 * key, i.e. an identity card) and the clear fields. Used by the CLI
 * `inspect`, so IT staff and organisers can check a file before sending it.
 */

/** A field value as printed. */
export type Detail = string | number | boolean | null;

/** Who signed a file. `verified` is true only when the signature was checked. */
export interface SignerInfo {
  readonly keyId: string;
  readonly name: string | null;
  readonly organisation: string | null;
  readonly fingerprint: string | null;
  readonly verified: boolean;
}

export interface FileDescription {
  /** A short name of the kind: package, score-file, result, identity-card, keyfile, … */
  readonly kind: string;
  readonly format: string;
  readonly version: number;
  /** How the file is protected. */
  readonly protection: 'signed-and-encrypted' | 'self-signed' | 'passphrase' | 'none';
  readonly signer: SignerInfo | null;
  /** Clear fields worth showing, in display order. */
  readonly details: Readonly<Record<string, Detail>>;
}

/** Backups are the largest files; anything bigger is not a Juryrum file. */
export const INSPECT_MAX_BYTES = 512 * 1024 * 1024;

const PLAIN_KINDS: ReadonlyMap<string, string> = new Map([
  ['juryrum.round', 'round'],
  ['juryrum.applications', 'applications'],
  ['juryrum.jurors', 'jurors'],
  ['juryrum.backup', 'backup'],
  ['juryrum.vault', 'vault-header'],
]);

function field(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? Reflect.get(value, key) : undefined;
}

function scalar(value: unknown): Detail {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 200);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

function count(value: unknown): number | null {
  return Array.isArray(value) ? value.length : null;
}

/** Clear, unsigned fields of the plain and passphrase-protected formats. */
function plainDetails(kind: string, value: unknown): Record<string, Detail> {
  switch (kind) {
    case 'round': {
      const round = field(value, 'round');
      return {
        roundId: scalar(field(round, 'id')),
        name: scalar(field(round, 'name')),
        award: scalar(field(round, 'award')),
        criteria: count(field(round, 'criteria')),
      };
    }
    case 'applications':
      return {
        roundId: scalar(field(value, 'roundId')),
        applications: count(field(value, 'applications')),
      };
    case 'jurors':
      return { roundId: scalar(field(value, 'roundId')), jurors: count(field(value, 'jurors')) };
    case 'backup':
      return { createdAt: scalar(field(value, 'createdAt')) };
    case 'vault-header':
      return {
        vaultId: scalar(field(value, 'vaultId')),
        createdAt: scalar(field(value, 'createdAt')),
      };
    default:
      return {};
  }
}

/**
 * Describe a file from its bytes. Throws the crypto or exchange error of a
 * file that is not a Juryrum file or is damaged (a card whose self-signature
 * fails, a container that is not in its exact written form, …).
 */
export function describeFile(bytes: Uint8Array): FileDescription {
  const { format, version, value } = peekFile(bytes, INSPECT_MAX_BYTES);
  if (
    format === 'juryrum.package' ||
    format === 'juryrum.score-file' ||
    format === 'juryrum.result'
  ) {
    const peek = peekExchangeFile(bytes);
    const { header } = peek;
    return {
      kind: peek.kind,
      format,
      version,
      protection: 'signed-and-encrypted',
      signer: {
        keyId: header.signerKeyId,
        name: null,
        organisation: null,
        fingerprint: null,
        verified: false,
      },
      details: {
        award: scalar(header['award']),
        roundId: scalar(header['roundId']),
        phaseId: scalar(header['phaseId']),
        rosterVersion: scalar(header['rosterVersion']),
        recipientKeyId: header.recipientKeyId,
      },
    };
  }
  if (format === 'juryrum.identity-card') {
    const card = verifyIdentityCard(bytes);
    return {
      kind: 'identity-card',
      format,
      version,
      protection: 'self-signed',
      signer: {
        keyId: card.keyId,
        name: card.name,
        organisation: card.organisation,
        fingerprint: card.fingerprint,
        verified: true,
      },
      details: { createdAt: card.createdAt },
    };
  }
  if (format === 'juryrum.keyfile') {
    const kdf = field(value, 'kdf');
    return {
      kind: 'keyfile',
      format,
      version,
      protection: 'passphrase',
      signer: null,
      details: {
        kdf: scalar(field(kdf, 'alg')),
        logN: scalar(field(kdf, 'logN')),
        r: scalar(field(kdf, 'r')),
        p: scalar(field(kdf, 'p')),
      },
    };
  }
  const kind = PLAIN_KINDS.get(format) ?? 'other';
  return {
    kind,
    format,
    version,
    protection: kind === 'backup' || kind === 'vault-header' ? 'passphrase' : 'none',
    signer: null,
    details: plainDetails(kind, value),
  };
}
