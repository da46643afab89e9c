/**
 * White space as `\s` and `String.prototype.trim` see it, tested on one UTF-16
 * code unit: scanning loops use it instead of a regular expression (and a
 * one-character string) per character.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The index of the first character at or after `at` that is not white space (`text.length` if none). */
export function skipWhiteSpace(text: string, at: number): number {
  let index = at;
  while (index < text.length && isWhiteSpace(text.charCodeAt(index))) index++;
  return index;
}

/** The index just after the last character before `end` (and not before `start`) that is not white space. */
export function trimWhiteSpaceEnd(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && isWhiteSpace(text.charCodeAt(index - 1))) index--;
  return index;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The number of words that hold a letter or digit (runs of non-white-space
 * characters; a lone dash or `./.` is no word), counted without building them.
 */
export function countLetterWords(text: string): number {
  return countRuns(text, (start, end) => holdsLetterOrDigit(text, start, end));
}

/** True when `[start, end)` holds a letter or digit; ASCII ones are found without a regular expression. */
function holdsLetterOrDigit(text: string, start: number, end: number): boolean {
  let ascii = true;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) ascii = false;
    else if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return true;
  }
  return !ascii && LETTER_OR_DIGIT.test(text.slice(start, end));
}

/** The number of runs of non-white-space characters: `text.trim().split(/\s+/)` counted without building the words. */
export function countWords(text: string): number {
  return countRuns(text, () => true);
}

/** The number of runs of non-white-space characters `[start, end)` that `counts` accepts. */
function countRuns(text: string, counts: (start: number, end: number) => boolean): number {
  let count = 0;
  let runStart = -1;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !isWhiteSpace(text.charCodeAt(index))) {
      if (runStart === -1) runStart = index;
    } else if (runStart !== -1) {
      if (counts(runStart, index)) count++;
      runStart = -1;
    }
  }
  return count;
}
