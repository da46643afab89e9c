import type { Localized } from '../core/types';

/** Where the CLI writes; tests capture it instead of the process streams. */
export interface Output {
  /** Text, or UTF-8 bytes. */
  stdout(text: string | Uint8Array): void;
  stderr(line: string): void;
}

/** A mistake on the command line: reported with exit code 2. */
export class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}
