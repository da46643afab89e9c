import type { AnyRule } from '../types';

/** Rules of this batch, registered in index.ts. */
export const batchRules: readonly AnyRule[] = [];
