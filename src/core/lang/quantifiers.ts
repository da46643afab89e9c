import { foldWord } from './name-matcher';

/**
 * Words before a noun that make it plural, and so a common noun, not the
 * name of one body, place or unit: `các sở`, `những huyện`, `mọi đơn vị`,
 * `nhiều doanh nghiệp`. Folded, as `wordKey` gives a word.
 */
export const PLURAL_MARKERS: ReadonlySet<string> = new Set(['các', 'những', 'mọi', 'nhiều'].map(foldWord));

/** The plural markers, the distributives and small numbers: `mỗi sở`, `từng ban`, `hai phó chủ tịch`. */
export const QUANTIFIERS: ReadonlySet<string> = new Set([...PLURAL_MARKERS, ...['mỗi', 'từng', 'hai', 'ba', 'bốn', 'năm'].map(foldWord)]);
