import type { OpenedPackage } from '../exchange';
import type { Consolidation } from '../../../src-shared/chair/consolidate';
import type { ImportReportRow } from '../../../src-shared/chair/ledger';
import { jurorProgress } from '../../../src-shared/chair/progress';
import { AGGREGATION_METHOD, statsJson } from '../../../src-shared/chair/result-content';
import type { StatsJson } from '../../../src-shared/chair/result-content';
import { tiePolicyJson } from '../../../src-shared/chair/tie-policy';
import type { TiePolicyJson } from '../../../src-shared/chair/tie-policy';
import { interpretAlpha } from '../../../src-shared/scoring/krippendorff';
import type { TieBreakStep } from '../../../src-shared/scoring/ranking';

const num = (x: number | undefined): number | null =>
  x === undefined || !Number.isFinite(x) ? null : x;

/** What `merge --json` prints. Statistics are `null` where nothing could be computed. */
export interface MergeJson {
  package: {
    award: string;
    roundId: string;
    phaseId: string;
    rosterVersion: number;
    organiserFingerprint: string;
  };
  files: {
    file: string;
    verdict: string;
    reason: string;
    jurorId: string | null;
    revision: number | null;
    digest: string | null;
  }[];
  jurors: {
    jurorId: string;
    name: string;
    status: string;
    revision: number | null;
    final: boolean | null;
  }[];
  method: { aggregation: string; tiePolicy: TiePolicyJson };
  ranking: ({ applicationId: string; label: string; rank: number } & StatsJson & {
      disagreement: boolean;
    })[];
  unranked: string[];
  /**
   * The finalist places (`--finalists N`): the top N of the ranking, as the
   * app's "choose the top N" picks them; ties the chair must see at the
   * winner and at the cut; and for each of the top N, in how many
   * leave-one-juror-out runs it keeps a place in the top N.
   */
  finalists: {
    count: number;
    top: string[];
    ties: {
      where: 'winner' | 'finalist-cut';
      applications: string[];
      resolved: boolean;
      decidedBy: TieBreakStep | null;
    }[];
    stability: { applicationId: string; inTopN: number; runs: number }[];
  };
  reliability: {
    alpha: number | null;
    level: string;
    perCriterion: Record<string, number | null>;
  };
}

/** The finalist block of the report: top N in ranking order, tie warnings, stability. */
function finalistsOf(c: Consolidation, count: number): MergeJson['finalists'] {
  const top = (c.table?.rows ?? []).filter((r) => r.rank !== undefined).slice(0, count);
  return {
    count,
    top: top.map((r) => r.applicationId),
    ties: (c.table?.ties ?? []).map((t) => ({
      where: t.where,
      applications: [...t.applications],
      resolved: t.resolved,
      decidedBy: t.decidedBy,
    })),
    stability: top.map((r) => ({
      applicationId: r.applicationId,
      inTopN: r.inTopN,
      runs: r.stabilityRuns,
    })),
  };
}

export function mergeReport(
  opened: OpenedPackage,
  report: readonly ImportReportRow[],
  c: Consolidation,
  finalistCount: number,
): MergeJson {
  const pkg = opened.payload;
  const table = c.table;
  const perCriterion: Record<string, number | null> = {};
  for (const [key, a] of table?.alpha.perCriterion ?? []) perCriterion[key] = num(a.alpha);
  const overall = table?.alpha.overall.alpha ?? Number.NaN;
  return {
    package: {
      award: pkg.award,
      roundId: pkg.roundId,
      phaseId: pkg.phaseId,
      rosterVersion: pkg.rosterVersion,
      organiserFingerprint: opened.organiserFingerprint,
    },
    files: report.map((r) => ({
      file: r.fileName,
      verdict: r.verdict,
      reason: r.reason,
      jurorId: r.jurorId,
      revision: r.revision,
      digest: r.digest,
    })),
    jurors: jurorProgress(pkg.roster, c.merge).map((j) => ({
      jurorId: j.jurorId,
      name: j.name,
      status: j.status,
      revision: j.revision,
      final: j.final,
    })),
    method: { aggregation: AGGREGATION_METHOD, tiePolicy: tiePolicyJson(c.tie) },
    ranking: (table?.rows ?? []).flatMap((r) =>
      r.rank === undefined
        ? []
        : [
            {
              applicationId: r.applicationId,
              label: r.label,
              rank: r.rank,
              ...statsJson(r),
              disagreement: r.disagreement,
            },
          ],
    ),
    unranked: [...(table?.ranking.unranked ?? [])],
    finalists: finalistsOf(c, finalistCount),
    reliability: { alpha: num(overall), level: interpretAlpha(overall), perCriterion },
  };
}

const fixed = (x: number | null, digits = 2): string => (x === null ? '–' : x.toFixed(digits));

/** The human-readable report. */
export function printMergeReport(r: MergeJson): string {
  const lines: string[] = [];
  const p = r.package;
  lines.push(`${p.award} · ${p.roundId} · phase ${p.phaseId} · roster version ${p.rosterVersion}`);
  lines.push(`Organiser fingerprint: ${p.organiserFingerprint}`, '', 'Files:');
  for (const f of r.files) {
    const who = f.jurorId === null ? '' : ` (${f.jurorId}, revision ${f.revision ?? '?'})`;
    lines.push(`  ${f.verdict.padEnd(12)} ${f.reason.padEnd(28)} ${f.file}${who}`);
  }
  lines.push('', 'Jurors:');
  for (const j of r.jurors) {
    const rev =
      j.revision === null
        ? ''
        : ` revision ${j.revision}${j.final === true ? ' (final)' : ' (draft)'}`;
    lines.push(`  ${j.jurorId.padEnd(16)} ${j.status}${rev}`);
  }
  lines.push('', `Ranking (${r.method.aggregation}, tie policy ${r.method.tiePolicy.choice}):`);
  lines.push('  rank  application           mean  median    sd  range  n  flag');
  for (const e of r.ranking) {
    lines.push(
      `  ${String(e.rank).padStart(4)}  ${e.applicationId.padEnd(20)} ${fixed(e.mean).padStart(5)} ${fixed(e.median).padStart(7)} ${fixed(e.sd).padStart(5)} ${fixed(e.range).padStart(6)} ${String(e.n).padStart(2)}  ${e.disagreement ? 'disagreement' : ''}`,
    );
  }
  if (r.unranked.length > 0) lines.push(`  unranked: ${r.unranked.join(', ')}`);
  const f = r.finalists;
  lines.push('', `Finalists (top ${f.count}): ${f.top.join(', ') || '–'}`);
  for (const s of f.stability) {
    lines.push(
      `  ${s.applicationId.padEnd(20)} in the top ${f.count} in ${s.inTopN} of ${s.runs} runs without one juror`,
    );
  }
  for (const t of f.ties) {
    const how = t.resolved && t.decidedBy !== null ? `decided by ${t.decidedBy.by}` : 'not decided';
    lines.push(
      `  tie at the ${t.where === 'winner' ? 'winner' : 'finalist cut'}: ${t.applications.join(', ')} (${how})`,
    );
  }
  const per = Object.entries(r.reliability.perCriterion)
    .map(([k, a]) => `${k} ${fixed(a, 3)}`)
    .join(', ');
  lines.push(
    '',
    `Krippendorff's alpha (interval): ${fixed(r.reliability.alpha, 3)} (${r.reliability.level}); per criterion: ${per}`,
  );
  return `${lines.join('\n')}\n`;
}
