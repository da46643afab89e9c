/**
 * The extension tests' entry. VS Code loads it inside the extension host (Node under
 * code-server and the electron runner, a web worker under @vscode/test-web) and calls `run`.
 * Results go to the console, which the host forwards to the harness, one line each:
 * `[govpress-test] pass|fail|pending <title>` and, at the end, `[govpress-test] summary {json}`.
 */
import { config as chaiConfig } from 'chai';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Every test file. They are imported only once mocha's `suite`/`test` globals exist. */
const testFiles: Array<() => Promise<unknown>> = [
  // First: it checks that nothing is parsed before a press release is opened.
  () => import('./scope.test'),
  () => import('./smoke.test'),
  () => import('./diagnostics.test'),
  () => import('./code-actions.test'),
  () => import('./editor-help.test'),
  () => import('./commands.test'),
  () => import('./preview.test'),
  () => import('./export.test'),
  () => import('./import.test'),
  // Last: its 5 MB release keeps the hosts busy.
  () => import('./large-release.test'),
];

const LOG_PREFIX = '[govpress-test]';

export async function run(): Promise<void> {
  chaiConfig.truncateThreshold = 0; // Whole values in failure messages.
  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, reporter: HarnessReporter });
  // Defines the tdd globals (`suite`, `test`, `setup`…) for the files imported next.
  mocha.suite.emit('pre-require', globalThis, 'suite', mocha);
  for (const load of testFiles) await load();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension test(s) failed`);
}

/**
 * Prints one line per test and a JSON summary to the console, which every host forwards:
 * the web worker has no stdout, and the browser build's default reporter wants a DOM.
 */
class HarnessReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.on('pass', (test) => console.log(`${LOG_PREFIX} pass ${test.fullTitle()}`));
    // Also called for failing hooks, which mocha counts as failures too.
    runner.on('fail', (test, error: Error) => console.log(`${LOG_PREFIX} fail ${test.fullTitle()}\n${error.stack ?? error.message}`));
    runner.on('pending', (test) => console.log(`${LOG_PREFIX} pending ${test.fullTitle()}`));
    runner.once('end', () => {
      const { passes: passed, failures: failed, pending } = this.stats;
      console.log(`${LOG_PREFIX} summary ${JSON.stringify({ passed, failed, pending })}`);
    });
  }
}

/**
 * Has the harness save a screenshot of the whole workbench as
 * test-output/vscode/<host>/<name>.png. The harness puts its address in the test
 * workspace's settings; without one (the electron runner) this does nothing.
 */
export async function screenshot(name: string): Promise<void> {
  const harnessUrl = vscode.workspace.getConfiguration('govpressTest').get<string>('harnessUrl');
  if (!harnessUrl) return;
  const response = await fetch(`${harnessUrl}/screenshot?name=${encodeURIComponent(name)}`, { method: 'POST' });
  if (!response.ok) throw new Error(`Screenshot ${name} failed: ${response.status} ${await response.text()}`);
}

/** Polls until `condition` holds: the workbench and the extension host answer asynchronously. */
export async function waitFor<T>(condition: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
