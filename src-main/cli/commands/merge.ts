import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_MAX_BYTES, SCORE_FILE_MAX_BYTES } from '../../services/exchange';
import {
  checkScoreFile,
  listExchangeFiles,
  openChairPackage,
  readPickedFiles,
} from '../../services/chair';
import { applyArrivals, emptyImportState, settleReport } from '../../../src-shared/chair/ledger';
import type { Arrival } from '../../../src-shared/chair/ledger';
import { consolidate } from '../../../src-shared/chair/consolidate';
import type { VerifiedFile } from '../../../src-shared/chair/consolidate';
import { TieChoiceSchema } from '../../../src-shared/chair/tie-policy';
import { emptyDeliberation } from '../../../src-shared/chair/deliberation';
import { LIMITS } from '../../../src-shared/domain/round';
import { CliFailure, EXIT, parseFlags, required, UsageError, type CliCommand } from '../args';
import { mergeReport, printMergeReport } from '../../services/chair/merge-report';
import { loadIdentity, readInputFile } from '../input-files';

/** Finalist places when `--finalists` is not given (the app's default too). */
const DEFAULT_FINALISTS = emptyDeliberation().finalistCount;

/** File arguments as given; a folder stands for the *.juryrum files directly in it. */
async function expand(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory() === true) {
      const { paths } = await listExchangeFiles(arg);
      out.push(...paths);
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** `--finalists N`: a whole number of finalist places, as the app allows; 5 when not given. */
function finalistsOf(value: unknown): number {
  if (value === undefined) return DEFAULT_FINALISTS;
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > LIMITS.applications) {
    throw new UsageError(
      `merge --finalists is a whole number from 1 to ${LIMITS.applications} (got ${String(value).slice(0, 20)})`,
    );
  }
  return n;
}

/**
 * `merge`: the chair's import and consolidation, stateless, on the same core
 * as the app (src-shared/chair), so its verdicts and ranking are the ones
 * the app shows for the same files.
 */
export const mergeCommand: CliCommand = {
  name: 'merge',
  usage: `  merge --package PKG --identity KEYFILE --passphrase-file F [--json]
        [--tie-policy chain|shared|median-top-borda] [--finalists N]
        SCOREFILE|FOLDER...
                        As the chair: verify score files against the chair's
                        jury package, merge them by the merge rules and print
                        each file's verdict, the ranking, the top N finalists
                        (default 5) and Krippendorff's alpha.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      {
        package: { type: 'string' },
        identity: { type: 'string' },
        'passphrase-file': { type: 'string' },
        json: { type: 'boolean' },
        'tie-policy': { type: 'string' },
        finalists: { type: 'string' },
      },
      true,
    );
    const pkgPath = required(values['package'], '--package PKG', 'merge');
    const keyPath = required(values['identity'], '--identity KEYFILE', 'merge');
    const passPath = required(values['passphrase-file'], '--passphrase-file F', 'merge');
    const tie = TieChoiceSchema.safeParse(values['tie-policy'] ?? 'chain');
    // The chair's vote is cast in the app and kept in the vault; a stateless run has none.
    if (!tie.success || tie.data === 'chair-vote') {
      throw new UsageError('merge --tie-policy is chain, shared or median-top-borda');
    }
    const finalistCount = finalistsOf(values['finalists']);
    if (positionals.length === 0) throw new UsageError('merge needs at least one SCOREFILE');

    const me = await loadIdentity(keyPath, passPath);
    const pkgBytes = await readInputFile(pkgPath, PACKAGE_MAX_BYTES, 'package');
    const opened = openChairPackage(pkgBytes, me);
    if (!opened.ok) throw new CliFailure(`The package cannot be used (${opened.reason}).`);
    const pkg = opened.opened.payload;

    const paths = await expand(positionals);
    const picked = await readPickedFiles(paths, SCORE_FILE_MAX_BYTES);
    const verified = new Map<string, VerifiedFile>();
    const arrivals: Arrival[] = picked.map((file, i) => {
      const fileName = paths[i] ?? join('.', file.name);
      if (!file.ok) {
        return {
          fileName,
          check: { ok: false, reason: file.problem === 'TOO_LARGE' ? 'TOO_LARGE' : 'MALFORMED' },
        };
      }
      const r = checkScoreFile(file.bytes, me, pkg);
      if (!r.ok) return { fileName, check: { ok: false, reason: r.reason } };
      verified.set(r.file.digest, r.file);
      return { fileName, check: { ok: true, meta: r.file.meta } };
    });
    const imported = applyArrivals(emptyImportState(), arrivals, new Date().toISOString());
    const files = imported.state.entries.flatMap((e) => {
      const f = verified.get(e.digest);
      return f === undefined ? [] : [f];
    });
    const c = consolidate(pkg, files, imported.state.decisions, {
      tieChoice: tie.data,
      finalistCount,
    });
    const report = mergeReport(
      opened.opened,
      settleReport(imported.state, imported.report),
      c,
      finalistCount,
    );
    if (values['json'] === true) io.out(`${JSON.stringify(report, null, 2)}\n`);
    else io.out(printMergeReport(report));
    return EXIT.ok;
  },
};
