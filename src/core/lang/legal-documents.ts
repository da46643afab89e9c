import { withInitial } from './name-matcher';

/**
 * Types of legal and administrative documents as prose cites them, before a
 * number (`Quyết định số 1762/QĐ-UBND`, `Nghị định 30/2020/NĐ-CP`):
 * Nghị định 30/2020 Phụ lục III and the documents portal news cites most.
 */
export const DOCUMENT_TYPES: readonly string[] = [
  'luật', 'pháp lệnh', 'sắc lệnh', 'sắc luật', 'lệnh', 'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'thông tư', 'kế hoạch', 'công văn',
  'văn bản', 'thông báo', 'tờ trình', 'báo cáo', 'quy định', 'hướng dẫn', 'chương trình', 'đề án', 'kết luận', 'công điện',
];

/** `types` as alternatives of a regular expression, their words separated by any white space. */
export function documentTypePattern(types: readonly string[]): string {
  return types.map((type) => type.replace(/ /g, String.raw`\s+`)).join('|');
}

/** Parts of a document that Phụ lục II capitalizes (`Điều 9`, `Chương II`) and those it writes in lower case (`khoản 2`, `điểm a`). */
export const DOCUMENT_PARTS = { capitalized: ['Điều', 'Chương'], lowercase: ['khoản', 'điểm'] } as const;

/** What a legal phrase names: a document's type, or one of its parts. */
export type LegalPhraseKind = 'document-type' | 'document-part';

/** The phrases the legal reference rule looks at, word by word, as Phụ lục II writes them; `văn bản` (any document) is not one. */
export function legalPhrases(): { words: string[]; kind: LegalPhraseKind }[] {
  const types = DOCUMENT_TYPES.filter((type) => type !== 'văn bản').map((type) => ({ words: withInitial(type, true).split(' '), kind: 'document-type' as const }));
  const parts = [...DOCUMENT_PARTS.capitalized, ...DOCUMENT_PARTS.lowercase].map((part) => ({ words: [part], kind: 'document-part' as const }));
  return [...types, ...parts];
}
