import type { AnyRule } from '../types';
import { punctuationSpacing } from './punctuation-spacing';
import { dashStyle } from './dash-style';
import { quoteStyle } from './quote-style';

/** Rules of this batch, registered in index.ts: spacing around punctuation, dashes, quotation marks. */
export const batchRules: readonly AnyRule[] = [punctuationSpacing, dashStyle, quoteStyle];
