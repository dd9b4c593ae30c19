import { basename, resolve } from 'node:path';
import { sha256Hex } from '../../services/crypto';
import type { Identity } from '../../services/crypto';
import {
  createScoreFile,
  isExchangeError,
  openPackage,
  PACKAGE_MAX_BYTES,
  peekExchangeFile,
  SCORE_FILE_MAX_BYTES,
} from '../../services/exchange';
import type { PackagePayload } from '../../services/exchange';
import { readTable } from '../../services/import';
import { IMPORT_LIMITS } from '../../services/import/limits';
import { scoresFromSheet } from '../../services/juror';
import { atomicWriteFile } from '../../services/files/atomic-write';
import { APP_VERSION } from '../../services/app-version';
import {
  CliFailure,
  EXIT,
  parseFlags,
  required,
  UsageError,
  type CliCommand,
  type CliIo,
} from '../args';
import { previousRevision } from './score-previous';
import { loadIdentity, readInputFile } from '../input-files';

const PACKAGE_PROBLEMS: Readonly<Record<string, string>> = {
  NOT_FOR_ME: 'The package is for someone else, not for this identity.',
  TAMPERED: 'The package was changed after it was made.',
  BAD_SIGNATURE: 'The package signature is not valid.',
};

function openFor(
  bytes: Uint8Array,
  me: Identity,
): { payload: PackagePayload; fingerprint: string } {
  try {
    const opened = openPackage(bytes, { me });
    return { payload: opened.payload, fingerprint: opened.organiserFingerprint };
  } catch (e) {
    if (!isExchangeError(e)) throw e;
    throw new CliFailure(PACKAGE_PROBLEMS[e.code] ?? `The package cannot be used (${e.code}).`);
  }
}

/** --conflict APP=REASON, repeated. */
function conflictsFrom(values: unknown): { applicationId: string; reason: string }[] {
  const list = Array.isArray(values) ? values : values === undefined ? [] : [values];
  return list.map((v) => {
    const text = String(v);
    const at = text.indexOf('=');
    if (at <= 0) throw new UsageError('score --conflict must be APPLICATION=REASON');
    return { applicationId: text.slice(0, at), reason: text.slice(at + 1) };
  });
}

function report(io: CliIo, lines: readonly string[]): void {
  io.err(`${lines.join('\n')}\n`);
}

export const scoreCommand: CliCommand = {
  name: 'score',
  usage: `  score --package PKG --identity KEYFILE --passphrase-file F --scores SHEET --out FILE
        [--previous EARLIER_SCOREFILE] [--revision N] [--status draft|final]
        [--conflict APPLICATION=REASON]...
                        Build a signed score file, encrypted to the chair, from
                        a long-format CSV or XLSX sheet with the columns
                        application (id or pseudonym), criterion (key or name),
                        score (integer, empty or cannot-assess) and comment.
                        --previous makes it the next revision of an earlier file:
                        its revision is read from its header (older files: from
                        its name, -rN); --revision N sets the new one and must
                        be higher than that.`,
  async run(args, io) {
    const { values } = parseFlags(args, {
      package: { type: 'string' },
      identity: { type: 'string' },
      'passphrase-file': { type: 'string' },
      scores: { type: 'string' },
      out: { type: 'string' },
      previous: { type: 'string' },
      revision: { type: 'string' },
      status: { type: 'string' },
      conflict: { type: 'string', multiple: true },
    });
    const packagePath = required(values['package'], '--package PKG', 'score');
    const keyPath = required(values['identity'], '--identity KEYFILE', 'score');
    const passPath = required(values['passphrase-file'], '--passphrase-file F', 'score');
    const sheetPath = required(values['scores'], '--scores SHEET', 'score');
    const out = resolve(required(values['out'], '--out FILE', 'score'));
    const status = values['status'];
    if (status !== undefined && status !== 'draft' && status !== 'final') {
      throw new UsageError('score --status must be draft or final');
    }
    const declared = conflictsFrom(values['conflict']);

    const me = await loadIdentity(keyPath, passPath);
    const { payload: pkg, fingerprint } = openFor(
      await readInputFile(packagePath, PACKAGE_MAX_BYTES, 'package'),
      me,
    );
    const chain = await previousRevision({
      previousPath: typeof values['previous'] === 'string' ? values['previous'] : undefined,
      revisionFlag: typeof values['revision'] === 'string' ? values['revision'] : undefined,
      pkg,
      me,
      read: (path) => readInputFile(path, SCORE_FILE_MAX_BYTES, 'previous score file'),
      peek: peekExchangeFile,
      digest: sha256Hex,
    });
    for (const note of chain.notes) io.err(`Note: ${note}\n`);

    const table = await readTable(
      await readInputFile(sheetPath, IMPORT_LIMITS.maxFileBytes, 'sheet'),
      basename(sheetPath),
    );
    if (!table.ok) throw new CliFailure(`The sheet cannot be read: ${table.error.message}`);
    const scores = scoresFromSheet(pkg, table.table, declared);
    if (!scores.ok) {
      if (scores.missingColumns.length > 0) {
        throw new CliFailure(`The sheet has no column for: ${scores.missingColumns.join(', ')}.`);
      }
      report(
        io,
        scores.errors.slice(0, 50).map((e) => `  row ${e.row}: ${e.code} (${e.value})`),
      );
      throw new CliFailure(
        `${scores.errors.length} row(s) of the sheet cannot be used; nothing was written.`,
      );
    }
    const file = (() => {
      try {
        return createScoreFile({
          pkg,
          me,
          revision: chain.revision,
          previousDigest: chain.previousDigest,
          status: status ?? (scores.summary.complete ? 'final' : 'draft'),
          ...scores.content,
          appVersion: APP_VERSION,
        });
      } catch (e) {
        if (!isExchangeError(e)) throw e;
        report(
          io,
          e.details.slice(0, 50).map((d) => `  ${d}`),
        );
        throw new CliFailure(`The scores do not fit the round (${e.code}).`);
      }
    })();
    await atomicWriteFile(out, file.bytes);
    const missing = scores.summary.missing.length;
    io.out(
      [
        `Wrote ${out}`,
        `  revision ${chain.revision} (${status ?? (scores.summary.complete ? 'final' : 'draft')}), digest ${file.digest}`,
        chain.previousDigest ? `  previous revision's digest ${chain.previousDigest}` : '',
        `  ${scores.cells} scores read; ${scores.summary.done.length} applications complete, ${missing} incomplete, ${scores.summary.conflicts.length} conflicts`,
        `  for juror ${pkg.jurorId} in ${pkg.roundId} / ${pkg.phaseId}, encrypted to the chair`,
        `  organiser fingerprint ${fingerprint} (compare it with the organiser)`,
        `  suggested file name: ${file.fileName}`,
      ]
        .filter((l) => l !== '')
        .join('\n') + '\n',
    );
    return EXIT.ok;
  },
};
