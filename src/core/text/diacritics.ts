const COMBINING_MARKS = /\p{M}/gu;

/** Vietnamese text without its diacritics, in lowercase: `Hường`, `Hương` and `Huong` all read `huong`; `Đ` reads `d`. */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}
