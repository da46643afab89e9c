import type { AnyRule } from '../types';
import { toneMarkMisplaced } from './tone-mark-misplaced';
import { toneStyleMixed } from './tone-style-mixed';
import { syllableInvalid } from './syllable-invalid';
import { wordMisspelled } from './word-misspelled';
import { phraseRepeated } from './phrase-repeated';

/** Orthography rules, registered in index.ts: a misplaced mark first (an error in any style), then style consistency, then spelling and slips. */
export const batchRules: readonly AnyRule[] = [toneMarkMisplaced, toneStyleMixed, syllableInvalid, wordMisspelled, phraseRepeated];
