import { basename, resolve } from 'node:path';
import { isCryptoError } from '../../services/crypto';
import type { Identity } from '../../services/crypto';
import { isExchangeError } from '../../services/exchange';
import {
  describeFile,
  INSPECT_MAX_BYTES,
  readTrust,
  verifyPackage,
  verifyResult,
  verifyScoreFile,
} from '../../services/organiser';
import type { FileDescription, SignerInfo, VerifiedContent } from '../../services/organiser';
import { CliFailure, EXIT, parseFlags, UsageError, type CliCommand } from '../args';
import { loadIdentity, readInputFile } from '../input-files';
import { detailLine, formatContent, KIND_LABELS } from '../../services/organiser/inspect-text';

function signerLine(s: SignerInfo | null, protection: FileDescription['protection']): string {
  if (s === null) {
    return protection === 'passphrase'
      ? 'none (protected by a passphrase, not signed)'
      : 'none (not signed)';
  }
  const who = s.name === null ? '' : `${s.name}${s.organisation ? ` (${s.organisation})` : ''}, `;
  const fp = s.fingerprint === null ? '' : `fingerprint ${s.fingerprint}, `;
  return `${who}${fp}key id ${s.keyId} — ${s.verified ? 'verified' : 'NOT verified (needs --identity)'}`;
}

function textReport(file: string, d: FileDescription, verified: VerifiedContent | null): string {
  const signer = verified?.signer ?? d.signer;
  const lines = [
    `File:     ${file}`,
    `Kind:     ${KIND_LABELS.get(d.kind) ?? d.kind}`,
    `Format:   ${d.format}, version ${d.version}`,
    `Signer:   ${signerLine(signer, d.protection)}`,
  ];
  for (const [key, value] of Object.entries(d.details)) {
    if (value !== null) lines.push(detailLine(key, String(value)));
  }
  if (verified !== null) lines.push('', ...formatContent(d.kind, verified.content));
  return `${lines.join('\n')}\n`;
}

/** Turn a file error into one plain line. */
function fileFailure(file: string, e: unknown): never {
  if (isExchangeError(e) || isCryptoError(e))
    throw new CliFailure(`${file}: ${e.code}: ${e.message}`);
  throw e;
}

export const inspectCommand: CliCommand = {
  name: 'inspect',
  usage: `  inspect FILE [--identity KEYFILE --passphrase-file F] [--trust FILE] [--json]
                        Print any Juryrum file's kind, format version and signer.
                        With your key file, verify and print its content; a score
                        file or result also needs --trust (the signer's identity
                        card or a jury package naming them). See docs/cli.md.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      {
        identity: { type: 'string' },
        'passphrase-file': { type: 'string' },
        trust: { type: 'string' },
        json: { type: 'boolean' },
      },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('inspect needs exactly one FILE');
    const file = resolve(positionals[0] ?? '');
    const keyFile = values['identity'];
    const passFile = values['passphrase-file'];
    const trustFile = values['trust'];
    for (const [flag, v] of [
      ['--identity', keyFile],
      ['--passphrase-file', passFile],
      ['--trust', trustFile],
    ] as const) {
      if (v !== undefined && (typeof v !== 'string' || v === '')) {
        throw new UsageError(`inspect ${flag} needs a file`);
      }
    }
    if (typeof keyFile === 'string' && typeof passFile !== 'string') {
      throw new UsageError('inspect --identity needs --passphrase-file F');
    }
    if (typeof trustFile === 'string' && typeof keyFile !== 'string') {
      throw new UsageError('inspect --trust needs --identity KEYFILE');
    }
    try {
      const bytes = await readInputFile(file, INSPECT_MAX_BYTES, 'file');
      let description: FileDescription;
      try {
        description = describeFile(bytes);
      } catch (e) {
        fileFailure(file, e);
      }
      let verified: VerifiedContent | null = null;
      if (description.kind === 'keyfile' && typeof passFile === 'string' && keyFile === undefined) {
        const me = await loadIdentity(file, passFile);
        verified = {
          signer: { ...meAsSigner(me) },
          content: { name: me.name, organisation: me.organisation, fingerprint: me.fingerprint },
        };
      } else if (typeof passFile === 'string' && typeof keyFile !== 'string') {
        throw new UsageError('inspect --passphrase-file needs --identity KEYFILE for this file');
      } else if (typeof keyFile === 'string' && typeof passFile === 'string') {
        verified = await verifyWithIdentity(description, bytes, file, keyFile, passFile, trustFile);
      }
      const report = {
        file: basename(file),
        ...description,
        verified: verified !== null || description.signer?.verified === true,
        ...(verified === null ? {} : { signer: verified.signer, content: verified.content }),
      };
      io.out(
        values['json'] === true
          ? `${JSON.stringify(report, null, 2)}\n`
          : textReport(basename(file), description, verified),
      );
      return EXIT.ok;
    } catch (e) {
      if (e instanceof CliFailure) {
        io.err(`Error: ${e.message.split('\n')[0] ?? ''}\n`);
        return EXIT.failure;
      }
      throw e;
    }
  },
};

function meAsSigner(me: Identity): SignerInfo {
  return {
    keyId: me.keyId,
    name: me.name,
    organisation: me.organisation,
    fingerprint: me.fingerprint,
    verified: true,
  };
}

async function verifyWithIdentity(
  d: FileDescription,
  bytes: Uint8Array,
  file: string,
  keyFile: string,
  passFile: string,
  trustFile: string | boolean | (string | boolean)[] | undefined,
): Promise<VerifiedContent | null> {
  const needsTrust = d.kind === 'score-file' || d.kind === 'result';
  if (needsTrust && typeof trustFile !== 'string') {
    throw new UsageError(
      `inspect needs --trust FILE to verify a ${KIND_LABELS.get(d.kind) ?? d.kind}: the signer's identity card or a jury package naming them`,
    );
  }
  if (d.kind !== 'package' && !needsTrust) return null;
  const me = await loadIdentity(keyFile, passFile);
  try {
    if (d.kind === 'package') return verifyPackage(bytes, me);
    const path = resolve(String(trustFile));
    const trustBytes = await readInputFile(path, INSPECT_MAX_BYTES, 'trust file');
    let trust;
    try {
      trust = readTrust(trustBytes, me);
    } catch (e) {
      fileFailure(path, e);
    }
    return d.kind === 'score-file'
      ? verifyScoreFile(bytes, me, trust)
      : verifyResult(bytes, me, trust);
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    fileFailure(file, e);
  }
}
