/** Around a former name, words saying it is former: `Sở Tài nguyên và Môi trường (nay là …)`, `(cũ)`, `nguyên Sở …`. */
const FORMER_AFTER = /^[^().;\n]{0,40}(?:\(\s*(?:nay|cũ|trước\s+đây)(?!\p{L})|\s(?:cũ|trước\s+đây)(?!\p{L}))/iu;
const FORMER_BEFORE = /(?:^|\s)(?:nguyên|trước\s+đây\s+là)\s+$/iu;

/** The name written from `start` to `end` of `text` is marked as a former one, about the time before a change. */
export function isMarkedFormer(text: string, start: number, end: number): boolean {
  return FORMER_AFTER.test(text.slice(end)) || FORMER_BEFORE.test(text.slice(0, start));
}
