/**
 * The suite in desktop VS Code, for machines that can download it: @vscode/test-electron
 * fetches VS Code into the cache and runs the Node bundle of the suite. The screenshot
 * service is the browser harness's, so `screenshot()` does nothing here.
 */
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { cacheDir } from './tools';
import { freshOutputDir, prepareWorkspace, repoRoot, suiteBundle } from './workspace';

export async function runInElectron(): Promise<void> {
  const outputDir = await freshOutputDir('electron');
  const workspace = await prepareWorkspace(path.join(outputDir, 'workspace'));
  await runTests({
    cachePath: path.join(cacheDir, 'vscode-electron'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suiteBundle('node'),
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${path.join(outputDir, 'user-data')}`,
      `--extensions-dir=${path.join(outputDir, 'extensions')}`,
    ],
  });
}
