// Helpers of the preview tests. A test cannot read a webview's DOM: the webview answers
// queries (`govpress.previewQuery`, test mode only) with what it shows.
import * as vscode from 'vscode';
import type { PreviewState, QueryAction } from '../../../src/extension/preview/protocol';
import { waitFor } from './index';

export function query(action?: QueryAction): Thenable<PreviewState> {
  return vscode.commands.executeCommand<PreviewState>('govpress.previewQuery', action);
}

/** Polls `get` until its value passes `check`; on timeout, says what the value last was. */
export function until<T, S extends T>(what: string, get: () => T | Thenable<T>, check: (value: T) => value is S): Promise<S>;
export function until<T>(what: string, get: () => T | Thenable<T>, check: (value: T) => boolean): Promise<T>;
export async function until<T>(what: string, get: () => T | Thenable<T>, check: (value: T) => boolean): Promise<T> {
  let last: T | undefined;
  try {
    return await waitFor(async () => {
      const value = await get();
      last = value;
      return check(value) ? { value } : undefined;
    }, what).then(({ value }) => value);
  } catch (error) {
    throw new Error(`${(error as Error).message}; it was last ${JSON.stringify(last)}`);
  }
}

/** Asks the preview until its answer passes `check` (it renders asynchronously). */
export function previewWhen(what: string, check: (state: PreviewState) => boolean): Promise<PreviewState> {
  const answer = (): Thenable<PreviewState | undefined> =>
    query().then(
      (state) => state,
      () => undefined,
    );
  return until(what, answer, (state): state is PreviewState => state !== undefined && check(state));
}
