import type { Lang, Localized } from '../types';

/** Picks the text in `lang` and fills `{name}` placeholders from `data`. */
export function localize(text: Localized, lang: Lang, data: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
