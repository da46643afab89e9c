import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { FileLinter, type FileJobSettings, type FileOutcome } from './lint-file';

/** Below this many files per thread, starting a worker costs more than it saves. */
const MIN_FILES_PER_THREAD = 64;

interface WorkerInput {
  kind: 'govpress-lint';
  settings: FileJobSettings;
  paths: string[];
}

/** The default number of threads: one per core. */
export function defaultConcurrency(): number {
  return availableParallelism();
}

/**
 * Lints files on `concurrency` threads: this one and `concurrency - 1`
 * workers, each given every n-th file so that large and small files spread
 * evenly. Outcomes come back in the order of `paths`. A worker that fails
 * (a bundle that cannot load, memory exhausted) has its share linted on
 * this thread, with a note on `onWorkerFailure`: the run still reports
 * every file.
 */
export async function lintFiles(
  paths: readonly string[],
  settings: FileJobSettings,
  concurrency: number,
  workerScript: string,
  linter = new FileLinter(settings),
  onWorkerFailure: (reason: string) => void = () => undefined,
): Promise<FileOutcome[]> {
  const threads = Math.max(1, Math.min(concurrency, Math.floor(paths.length / MIN_FILES_PER_THREAD)));
  if (threads === 1) return paths.map((path) => linter.lintFile(path));

  const shares = Array.from({ length: threads }, (_, thread) => paths.filter((_, index) => index % threads === thread));
  const workers = shares.slice(1).map(
    (share) =>
      new Promise<FileOutcome[]>((resolve) => {
        const input: WorkerInput = { kind: 'govpress-lint', settings, paths: share };
        const worker = new Worker(workerScript, { workerData: input });
        let outcomes: FileOutcome[] | undefined;
        let failure = 'it stopped';
        worker.once('message', (posted: FileOutcome[]) => (outcomes = posted));
        worker.once('error', (error) => (failure = error.message));
        // 'exit' follows 'error', so the share is linted here once.
        worker.once('exit', (code) => {
          if (outcomes && code === 0) return resolve(outcomes);
          onWorkerFailure(`a lint worker failed (${failure}); its ${share.length} files were linted on the main thread`);
          resolve(share.map((path) => linter.lintFile(path)));
        });
      }),
  );
  const local = shares[0]!.map((path) => linter.lintFile(path));
  const remote = await Promise.all(workers);
  const byThread = [local, ...remote];
  return paths.map((_, index) => byThread[index % threads]![Math.floor(index / threads)]!);
}

/** The worker side: lints its share and posts the outcomes back. Returns false outside a lint worker. */
export function runAsLintWorker(): boolean {
  const input = workerData as WorkerInput | undefined;
  if (isMainThread || input?.kind !== 'govpress-lint') return false;
  const linter = new FileLinter(input.settings);
  parentPort!.postMessage(input.paths.map((path) => linter.lintFile(path)));
  return true;
}

/** The script a worker runs: the CLI bundle, which starts as a worker when loaded in one. */
export function workerScript(packageRoot: string): string {
  return join(packageRoot, 'dist', 'cli.js');
}
