import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// Every test in one run: builds the web app the browser journeys use, runs all Vitest
// projects (unit, API on both databases, browser), and ends with one line of totals.

const results = 'test-results/vitest.json';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args: string[]) => spawnSync(npx, args, { stdio: 'inherit' }).status ?? 1;

if (run(['vite', 'build', '--logLevel', 'warn']) !== 0) {
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
rmSync(results, { force: true });
const status = run(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)]);

if (!existsSync(results)) {
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(status || 1);
}
const summary = JSON.parse(readFileSync(results, 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
};
// A test file that fails to load has no failed tests, but it did fail.
const failed = summary.numFailedTests + (summary.numFailedTests === 0 && status !== 0 ? Math.max(1, summary.numFailedTestSuites) : 0);
const skipped = summary.numPendingTests + summary.numTodoTests;
process.stdout.write(`\n${summary.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(status);
