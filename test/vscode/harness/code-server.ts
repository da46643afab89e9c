/**
 * The suite in VS Code's Node extension host: code-server on 127.0.0.1, its workbench in
 * Chromium, the extension and the tests loaded as an extension development session.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from './ports';
import { ensureCodeServer } from './tools';
import { WorkbenchHarness, type Outcome } from './workbench';
import { freshOutputDir, prepareWorkspace, repoRoot, suiteBundle } from './workspace';

const HOST = 'code-server';

export async function runInCodeServer(timeoutMs: number): Promise<Outcome> {
  const codeServer = await ensureCodeServer();
  const outputDir = await freshOutputDir(HOST);
  const harness = await WorkbenchHarness.start(HOST, outputDir);
  const workspace = await prepareWorkspace(path.join(outputDir, 'workspace'), harness.url);
  const port = await freePort();
  const configFile = path.join(outputDir, 'config.yaml');
  await writeFile(configFile, ''); // Keeps code-server from writing one with a password into ~/.config.

  const server = spawn(
    codeServer.node,
    [
      codeServer.entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--config', configFile,
      '--user-data-dir', path.join(outputDir, 'user-data'),
      '--extensions-dir', path.join(outputDir, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      // A release build ignores the extension development payload without it.
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const serverLog = createWriteStream(path.join(outputDir, 'code-server.log'));
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  const serverExited = new Promise<string>((resolve) => server.once('exit', (code) => resolve(`code-server exited with ${code}`)));

  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitUntilServing(origin, serverExited);
    // The workbench loads the extension and the tests from code-server's own file system.
    const remote = (file: string): string => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(suiteBundle('node'))],
    ];
    const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return await harness.run(url, timeoutMs, serverExited);
  } finally {
    server.kill();
    await harness.close();
  }
}

async function waitUntilServing(origin: string, exited: Promise<string>): Promise<void> {
  let stopped: string | undefined;
  void exited.then((reason) => (stopped = reason));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (stopped) throw new Error(stopped);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer on ${origin} within 60 s`);
}
