/** Paths shared by the hosts, and the test workspace each run gets afresh. */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { releaseOfWords } from '../../../bench/generate';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const fixturesDir = path.join(repoRoot, 'test/vscode/fixtures/workspace');
export const suiteBundle = (platform: 'node' | 'web'): string => path.join(repoRoot, 'test-output/vscode/bundles', platform, 'suite.js');

/**
 * A generated release of about 5 MB, as text: the large-release tests copy it to
 * a `.md` when they need it, so that the workspace lint of the earlier tests
 * does not lint it. Generated rather than committed.
 */
const LARGE_RELEASE_FILE = 'large-release.txt';
const LARGE_RELEASE_WORDS = 840_000;

/** Empties test-output/vscode/<host>/ and returns it. */
export async function freshOutputDir(host: string): Promise<string> {
  const dir = path.join(repoRoot, 'test-output/vscode', host);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Copies the fixture workspace into `dir`, so that tests may change files, and adds the
 * large release and the settings the tests read: the harness's address for screenshots,
 * when there is a harness.
 */
export async function prepareWorkspace(dir: string, harnessUrl?: string): Promise<string> {
  await cp(fixturesDir, dir, { recursive: true });
  await writeFile(path.join(dir, LARGE_RELEASE_FILE), releaseOfWords(LARGE_RELEASE_WORDS));
  const settings = {
    // A plain workbench in screenshots: no welcome page, no chat view.
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    ...(harnessUrl ? { 'govpressTest.harnessUrl': harnessUrl } : {}),
  };
  await mkdir(path.join(dir, '.vscode'), { recursive: true });
  await writeFile(path.join(dir, '.vscode/settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  return dir;
}
