import type { AnyRule } from '../types';
import { abbreviationUndefined } from './abbreviation-undefined';
import { abbreviationVariant } from './abbreviation-variant';
import { dateFormat } from './date-format';
import { timeFormat } from './time-format';
import { numberRangeFormat } from './number-range-format';
import { numberFormat } from './number-format';
import { peopleTitleMismatch } from './people-title-mismatch';
import { legalReferenceCase } from './legal-reference-case';
import { citationIncomplete } from './citation-incomplete';

/** Rules of this batch, registered in index.ts: abbreviations, dates, times, numbers, cited documents and the people register. */
export const batchRules: readonly AnyRule[] = [abbreviationUndefined, abbreviationVariant, dateFormat, timeFormat, numberRangeFormat, numberFormat, legalReferenceCase, citationIncomplete, peopleTitleMismatch];
