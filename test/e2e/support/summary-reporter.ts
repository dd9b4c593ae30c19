import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints one closing line "N passed, N failed, N skipped" and lists every
 * skipped test with its reason, so skips are never silent.
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped: { title: string; reason: string }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') {
      const reason =
        test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
      this.skipped.push({ title: `[${test.parent.project()?.name ?? '?'}] ${test.title}`, reason });
    } else if (result.status === 'passed') {
      this.passed += 1;
    } else if (result.status !== 'interrupted' || result.retry === test.retries) {
      this.failed += 1;
    }
  }

  onEnd(): void {
    if (this.skipped.length > 0) {
      const reasons = new Map<string, number>();
      for (const s of this.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
      console.log('\nSkipped e2e tests:');
      for (const [reason, count] of reasons) console.log(`  ${count} × ${reason}`);
    }
    console.log(
      `\ne2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped.length} skipped`,
    );
  }
}
