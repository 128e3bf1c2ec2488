// Prints one plain closing line, "tests: N passed, N failed, N skipped", that CI and humans can
// read without knowing Vitest's format.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
      if (
        mod.state() === 'failed' &&
        ![...mod.children.allTests()].some((t) => t.result().state === 'failed')
      )
        count.failed++;
    }
    console.log(
      `\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`,
    );
  }
}
