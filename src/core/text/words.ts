/** A word of prose with its plain-text offsets and whether it opens a sentence. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** First word of its block, or after `.`, `!`, `?`, `…` or a line break: capitals here are the sentence's, not a name's. */
  sentenceStart: boolean;
}

/**
 * A word: letters, marks and digits, joined inside by `&`, `-`, `.`, `'` or `/`
 * when a letter or digit follows (`TT&TT`, `COVID-19`, `TP.HCM`, `V/v`).
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[&\-.'’/][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
/** A sentence end (or line break) followed only by closing marks, spaces and opening marks up to the next word. */
const SENTENCE_BREAK = /(?:[.!?…][)"'”’\]*_]*|\n)[\s"'“‘(*_[]*$/u;

/** Splits plain text into words in one regular-expression pass. */
export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    // Most gaps hold no sentence end: only those that do need the expression.
    const sentenceStart = words.length === 0 || (holdsSentenceEnd(text, previousEnd, start) && SENTENCE_BREAK.test(text.slice(previousEnd, start)));
    words.push({ text: match[0], start, end: start + match[0].length, sentenceStart });
    previousEnd = start + match[0].length;
  }
  return words;
}

function holdsSentenceEnd(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    // . ! ? … and a line break
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x0a) return true;
  }
  return false;
}
