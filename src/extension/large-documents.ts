/**
 * Releases too large to lint on the extension host's thread: above
 * `govpress.largeDocumentSize` characters (far above any real release, whose
 * lint takes a few milliseconds), a lint takes seconds, during which the host
 * answers no extension. In the Node host, each lint of one runs in a worker
 * thread of its own (lint-worker.ts), which a newer version terminates
 * rather than waits for. The web worker host has no worker threads: there the
 * lint runs on the host, and the debounce, which grows with the last lint's
 * duration, keeps it away from the pauses between keystrokes. No `vscode`
 * here, so that the unit tests run it.
 */
import type { Worker } from 'node:worker_threads';
import type { EditorLintRequest, EditorLintResult } from './editor-lint';

export const DEFAULT_LARGE_DOCUMENT_SIZE = 500_000;

/** However long a lint took, the pause before the next one stays short enough for the problems to follow the text. */
const MAX_ADAPTIVE_DEBOUNCE_MS = 10_000;

/**
 * Named by a constant rather than a literal: the web bundle, which never
 * starts a worker, is built for a browser and must not try to resolve it.
 */
const WORKER_THREADS_MODULE = 'node:worker_threads';

export function isLargeDocument(length: number, largeDocumentSize: number): boolean {
  return length > largeDocumentSize;
}

/**
 * How long to wait after a change before linting: the requested debounce, or
 * as long as the document's last lint took, whichever is longer (up to ten
 * seconds), so that a lint of several seconds starts only in a pause that long.
 */
export function adaptiveDebounceMs(requestedMs: number, lastLintMs: number | undefined): number {
  return Math.max(requestedMs, Math.min(lastLintMs ?? 0, MAX_ADAPTIVE_DEBOUNCE_MS));
}

/** A lint under way. */
export interface LargeLint {
  /** The lint's result; undefined once terminated. */
  readonly result: Promise<EditorLintResult | undefined>;
  /** Drops the lint: its worker ends at once, its result never arrives. */
  terminate(): void;
}

export class LargeDocumentLinter {
  /**
   * @param workerScript dist/lint-worker.js, in a host with worker threads; undefined lints on this thread.
   * @param onWorkerFailure told when a worker fails; its lint then runs on this thread.
   */
  constructor(
    private readonly workerScript: string | undefined,
    private readonly onWorkerFailure: (error: unknown) => void,
  ) {}

  start(request: EditorLintRequest): LargeLint {
    return this.workerScript === undefined ? lintHere(request) : this.lintInWorker(this.workerScript, request);
  }

  private lintInWorker(script: string, request: EditorLintRequest): LargeLint {
    let settle!: (result: EditorLintResult | undefined | Promise<EditorLintResult | undefined>) => void;
    const result = new Promise<EditorLintResult | undefined>((resolve) => (settle = resolve));
    let worker: Worker | undefined;
    let fallback: LargeLint | undefined;
    let terminated = false;
    const fallBack = (error: unknown): void => {
      this.onWorkerFailure(error);
      fallback = lintHere(request);
      settle(fallback.result);
    };
    void (async () => {
      try {
        const { Worker } = (await import(WORKER_THREADS_MODULE)) as typeof import('node:worker_threads');
        if (terminated) return;
        worker = new Worker(script);
        worker.once('message', (answer: EditorLintResult) => settle(answer));
        // Emitted before `exit`, which then settles nothing.
        worker.once('error', fallBack);
        worker.once('exit', () => settle(undefined));
        worker.postMessage(request);
      } catch (error) {
        fallBack(error);
      }
    })();
    return {
      result,
      terminate: () => {
        terminated = true;
        void worker?.terminate();
        fallback?.terminate();
        settle(undefined);
      },
    };
  }
}

/** A lint on this thread, once the current event is handled. It cannot be interrupted: terminating only drops its result. */
function lintHere(request: EditorLintRequest): LargeLint {
  let terminated = false;
  const result = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => (terminated ? undefined : import('./editor-lint')))
    .then((module) => (module && !terminated ? module.lintForEditor(request) : undefined));
  return {
    result,
    terminate: () => {
      terminated = true;
    },
  };
}
