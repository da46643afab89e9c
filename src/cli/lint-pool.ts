import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { FileLinter, type FileJobSettings, type FileOutcome } from './lint-file';
import { startLintWorker, takeEarlyWorkers, useEveryCoreForLinting, type LintWorkerData } from './lint-workers';

/** Below this many files per thread, starting a worker costs more than it saves. */
const MIN_FILES_PER_THREAD = 64;
/**
 * Most files handed to a thread at a time: small enough to balance threads
 * on a busy machine, large enough that messages cost nothing. Chunks shrink
 * towards the end of the run, so that no thread is left waiting long for
 * another's last chunks.
 */
const CHUNK_SIZE = 16;
/** Chunks a worker holds: it starts the next one while its last outcomes travel back. */
const CHUNKS_IN_FLIGHT = 2;
/** A chunk for a worker to lint, after the run's settings; `undefined` tells it that there is no more work. */
interface Job {
  id: number;
  /** The index of its first path in the run's paths. */
  start: number;
  paths: string[];
}

interface JobDone {
  id: number;
  outcomes: FileOutcome[];
}

/**
 * Lints files on `concurrency` threads: this one and `concurrency - 1`
 * workers, or this one alone when there are too few files for more. Threads
 * take chunks of files as they go, so that a thread slowed by other
 * processes or long files takes fewer; this thread lints from the start,
 * while the workers load (those started early, see `lint-workers.ts`, or
 * now), and hands out chunks between its own. Each
 * outcome goes to `onOutcome` with its index in `paths` as it comes, in no
 * set order. A worker that fails (a bundle that cannot load, memory
 * exhausted) has its unfinished chunks linted on this thread, with a note on
 * `onWorkerFailure`: the run still reports every file.
 */
export async function lintFiles(
  paths: readonly string[],
  settings: FileJobSettings,
  concurrency: number,
  workerScript: string,
  onOutcome: (index: number, outcome: FileOutcome) => void,
  linter = new FileLinter(settings),
  onWorkerFailure: (reason: string) => void = () => undefined,
): Promise<void> {
  const early = takeEarlyWorkers();
  const threads = Math.max(1, Math.min(concurrency, Math.floor(paths.length / MIN_FILES_PER_THREAD)));
  // Workers started early that this run has no files for.
  for (const { worker } of early.splice(threads - 1)) void worker.terminate();
  if (threads === 1) {
    paths.forEach((path, index) => onOutcome(index, linter.lintFile(path)));
    return;
  }
  useEveryCoreForLinting(threads);

  let nextIndex = 0;
  let nextJobId = 0;
  const takeJob = (): Job | undefined => {
    if (nextIndex >= paths.length) return undefined;
    const size = Math.min(CHUNK_SIZE, Math.ceil((paths.length - nextIndex) / (threads * (CHUNKS_IN_FLIGHT + 1))));
    const job: Job = { id: nextJobId++, start: nextIndex, paths: paths.slice(nextIndex, nextIndex + size) };
    nextIndex += job.paths.length;
    return job;
  };
  const lintHere = (job: Job): void => job.paths.forEach((path, offset) => onOutcome(job.start + offset, linter.lintFile(path)));
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const { worker, stopped } = early.pop() ?? startLintWorker(workerScript);
      worker.ref();
      worker.postMessage(settings);
      const inFlight = new Map<number, Job>();
      const sendJob = (): void => {
        const job = takeJob();
        if (job === undefined) {
          if (inFlight.size === 0) worker.postMessage(undefined);
          return;
        }
        inFlight.set(job.id, job);
        worker.postMessage(job);
      };
      worker.on('message', ({ id, outcomes: done }: JobDone) => {
        const { start } = inFlight.get(id)!;
        inFlight.delete(id);
        done.forEach((outcome, offset) => onOutcome(start + offset, outcome));
        sendJob();
      });
      void stopped.then((failure) => {
        if (inFlight.size > 0) {
          const unfinished = [...inFlight.values()];
          onWorkerFailure(`a lint worker failed (${failure}); its ${unfinished.reduce((count, job) => count + job.paths.length, 0)} unfinished files were linted on the main thread`);
          for (const job of unfinished) lintHere(job);
        }
        resolve();
      });
      for (let chunk = 0; chunk < CHUNKS_IN_FLIGHT; chunk++) sendJob();
    });
  const workersDone = Promise.all(Array.from({ length: threads - 1 }, runWorker));
  for (let job = takeJob(); job !== undefined; job = takeJob()) {
    lintHere(job);
    // Lets the workers' finished chunks in, so that they get their next ones.
    await new Promise(setImmediate);
  }
  await workersDone;
}

/** The worker side: takes the run's settings, then lints the chunks it is sent until told there are no more. Returns false outside a lint worker. */
export function runAsLintWorker(): boolean {
  if (isMainThread || (workerData as LintWorkerData | undefined)?.kind !== 'govpress-lint') return false;
  const port = parentPort!;
  port.once('message', (settings: FileJobSettings) => {
    const linter = new FileLinter(settings);
    port.on('message', (job: Job | undefined) => {
      if (job === undefined) return port.close();
      const done: JobDone = { id: job.id, outcomes: job.paths.map((path) => linter.lintFile(path)) };
      port.postMessage(done);
    });
  });
  return true;
}

/** The script a worker runs: the CLI bundle from its code cache (`pool-worker.ts`). */
export function workerScript(packageRoot: string): string {
  return join(packageRoot, 'dist', 'pool-worker.js');
}
