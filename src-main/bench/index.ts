import { vaultBench } from './vault-bench';
import { chairBench } from './chair-bench';
import { tableBench } from './table-bench';

/** A measured figure; benchmarks print, they never assert. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

const SUITES: Record<string, () => Promise<readonly BenchRow[]>> = {
  vault: vaultBench,
  chair: chairBench,
  table: tableBench,
};

function printTable(suite: string, rows: readonly BenchRow[]): void {
  const cells = rows.map((r) => [
    r.name,
    r.value.toFixed(r.value >= 100 ? 0 : 2),
    r.unit,
    r.note ?? '',
  ]);
  const header = ['measure', 'value', 'unit', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]): string =>
    `| ${c.map((x, i) => (i === 1 ? x.padStart(widths[i] ?? 0) : x.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  process.stdout.write(
    `\n## ${suite}\n\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`,
  );
  for (const c of cells) process.stdout.write(`${line(c)}\n`);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  process.stdout.write(
    `Juryrum benchmarks · node ${process.versions.node} · ${process.platform}/${process.arch}\n`,
  );
  for (const [name, run] of Object.entries(SUITES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    printTable(name, await run());
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
