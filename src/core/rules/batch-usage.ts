import type { AnyRule } from '../types';
import { abbreviationUndefined } from './abbreviation-undefined';
import { abbreviationVariant } from './abbreviation-variant';
import { dateFormat } from './date-format';
import { numberRangeFormat } from './number-range-format';
import { numberFormat } from './number-format';

/**
 * Rules of this batch, registered in index.ts: abbreviations, dates and
 * numbers. `people-title-mismatch` joins them once the example runner passes
 * an example's `settings` (its examples need a people register).
 */
export const batchRules: readonly AnyRule[] = [abbreviationUndefined, abbreviationVariant, dateFormat, numberRangeFormat, numberFormat];
