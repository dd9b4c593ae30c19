import type { Identity } from '../crypto';
import { createResult, isExchangeError } from '../exchange';
import type { ExchangeFile } from '../exchange';
import type { ExportRejection, PackageRejection } from '../../../src-shared/chair/codes';
import { consolidate } from '../../../src-shared/chair/consolidate';
import type { VerifiedFile } from '../../../src-shared/chair/consolidate';
import type { Deliberation } from '../../../src-shared/chair/deliberation';
import { buildResultContent } from '../../../src-shared/chair/result-content';
import type { ResultContent } from '../../../src-shared/chair/result-content';
import { decisionKey } from '../../../src-shared/scoring/merge';
import { openChairPackage } from './package';
import type { ChairPackageOptions } from './package';
import { checkScoreFile } from './score-files';

export interface ChairExportInput {
  readonly packageBytes: Uint8Array;
  readonly packageOptions: ChairPackageOptions;
  /** Every file in the chair's ledger (any order). */
  readonly files: readonly Uint8Array[];
  readonly decisions: readonly { jurorId: string; revision: number; digest: string }[];
  readonly deliberation: Deliberation;
  readonly me: Identity;
  readonly appVersion: string;
  readonly now?: Date;
}

export type ChairExport =
  | { readonly ok: true; readonly file: ExchangeFile; readonly content: ResultContent }
  | { readonly ok: false; readonly reason: ExportRejection | PackageRejection };

/**
 * Make the chair's signed result. Nothing the renderer computed is signed:
 * main re-opens the package, re-verifies every stored score file, and
 * recomputes the table with the same shared functions the screens use, then
 * adds the deliberation (finalists, winner, texts, score changes). Refuses
 * while a juror's scores are on hold, so no juror is left out silently.
 */
export function exportChairResult(input: ChairExportInput): ChairExport {
  const pkg = openChairPackage(input.packageBytes, input.me, input.packageOptions);
  if (!pkg.ok) return { ok: false, reason: pkg.reason };
  const payload = pkg.opened.payload;
  const files: VerifiedFile[] = [];
  for (const bytes of input.files) {
    const check = checkScoreFile(bytes, input.me, payload);
    if (!check.ok) return { ok: false, reason: 'STORED_FILE_INVALID' };
    files.push(check.file);
  }
  const decisions = new Map(
    input.decisions.map((d) => [decisionKey(d.jurorId, d.revision), d.digest] as const),
  );
  const c = consolidate(payload, files, decisions, {
    tieChoice: input.deliberation.tieChoice,
    tieVotes: input.deliberation.tieVotes,
    finalistCount: input.deliberation.finalistCount,
    scoreChanges: input.deliberation.scoreChanges,
  });
  if ([...c.merge.jurors.values()].some((j) => j.awaitingDecision)) {
    return { ok: false, reason: 'AWAITING_DECISION' };
  }
  if (c.table === null) return { ok: false, reason: 'INVALID_RESULT' };
  const content = buildResultContent(c, input.deliberation);
  try {
    const file = createResult({
      pkg: payload,
      me: input.me,
      ...content,
      appVersion: input.appVersion,
      ...(input.now === undefined ? {} : { now: input.now }),
    });
    return { ok: true, file, content };
  } catch (e) {
    if (isExchangeError(e, 'INVALID_INPUT')) return { ok: false, reason: 'INVALID_RESULT' };
    throw e;
  }
}
