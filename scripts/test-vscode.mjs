// Runs the extension tests (test/vscode/suite/) inside real VS Code hosts.
//   npm run test:vscode                  code-server's Node host, then the web worker host
//   npm run test:vscode -- web           one of them (code-server | web)
//   npm run test:electron                desktop VS Code, downloaded by @vscode/test-electron
// Exits non-zero when a test fails or a host never reports. Output: test-output/vscode/<host>/.
import { execFileSync } from 'node:child_process';
import { runInCodeServer } from '../test/vscode/harness/code-server.ts';
import { runInElectron } from '../test/vscode/harness/electron.ts';
import { runInWebWorker } from '../test/vscode/harness/web-worker.ts';

/** How long a host may take from the page's opening to the tests' end. */
const TIMEOUT_MS = 5 * 60_000;
const RUNNERS = { 'code-server': runInCodeServer, web: runInWebWorker };

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => name !== 'electron' && !(name in RUNNERS));
if (unknown.length > 0) {
  console.error(`Unknown host ${unknown.join(', ')}: use ${[...Object.keys(RUNNERS), 'electron'].join(', ')}`);
  process.exit(2);
}

execFileSync(process.execPath, ['esbuild.config.mjs', '--tests'], { cwd: new URL('..', import.meta.url), stdio: 'inherit' });

if (requested.includes('electron')) {
  try {
    await runInElectron();
  } catch (error) {
    console.error(`electron: ${error instanceof Error ? error.message : error}`);
    console.error('(It downloads desktop VS Code; offline, `npm run test:vscode` runs the suite in code-server and the web host.)');
    process.exit(1);
  }
} else {
  const hosts = requested.length > 0 ? requested : Object.keys(RUNNERS);
  const totals = { passed: 0, failed: 0 };
  for (const host of hosts) {
    console.log(`VS Code extension tests in ${host}:`);
    const started = Date.now();
    const outcome = await RUNNERS[host](TIMEOUT_MS).catch((error) => ({
      ok: false,
      problem: error instanceof Error ? error.message : String(error),
      seconds: (Date.now() - started) / 1000,
    }));
    const passed = outcome.summary?.passed ?? 0;
    // A host that never reported counts as one failure, whatever ran before.
    const failed = outcome.ok ? 0 : Math.max(outcome.summary?.failed ?? 0, 1);
    totals.passed += passed;
    totals.failed += failed;
    const verdict = outcome.ok ? 'ok' : `FAILED: ${outcome.problem}`;
    console.log(`  ${host}: ${verdict} in ${outcome.seconds.toFixed(1)} s; logs and screenshots in test-output/vscode/${host}/`);
  }
  console.log(`vscode: ${totals.passed} passed, ${totals.failed} failed`);
  process.exitCode = totals.failed > 0 ? 1 : 0;
}
