import type { Rule } from '../types';
import type { Block, PressRelease } from '../model/types';
import { DOCUMENT_TYPES, documentTypePattern } from '../lang/legal-documents';
import { withInitial } from '../lang/name-matcher';
import { fixedPhraseOccurrences } from '../lang/fixed-phrases';

/** Documents cited by number and symbol; a law is cited by its name, and `văn bản` is any document. */
const CITED_TYPES: ReadonlySet<string> = new Set(DOCUMENT_TYPES.filter((type) => !['luật', 'sắc lệnh', 'sắc luật', 'văn bản'].includes(type)));
/** Documents also called by their bare number once cited (`Nghị định 30`, `Nghị quyết 57`). */
const SHORT_FORM_TYPES: ReadonlySet<string> = new Set(['nghị quyết', 'nghị định', 'quyết định', 'thông tư', 'chỉ thị', 'kết luận']);

/**
 * After a document's type, its number: with a symbol (`số 1875/QĐ-UBND`,
 * `57-NQ/TW`) or bare (`30`). A citation stays on one line (table cells and
 * list items are lines of their own).
 */
const NUMBER_AFTER = /(?:[^\S\n]+số)?[^\S\n]*:?[^\S\n]+(\d+(?:[/-][\p{L}\p{N}&.]+(?:-[\p{L}\p{N}&.]+)*)*)(?![\p{L}\p{N}/])/uy;
/**
 * After a document's type, its name, then its number with a symbol: `Pháp
 * lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14`. The name
 * opens with a capital and names no other document.
 */
const NAME_THEN_NUMBER = /[^\S\n]+(\p{Lu}[^.;!?\n]{0,120}?)[^\S\n]+số[^\S\n]+(\d+(?:[/-][\p{L}\p{N}&.]+)+)(?![\p{L}\p{N}/])/uy;
const ANOTHER_DOCUMENT = new RegExp(String.raw`(?<!\p{L})(?:${documentTypePattern(DOCUMENT_TYPES.map((type) => withInitial(type, true)))})(?!\p{L})`, 'u');
/** A symbol names the issuer: `30/2020/NĐ-CP`, `57-NQ/TW`, `35/TB-HĐND` (a letter after its slash or dash). */
const SYMBOL = /[/-]\p{L}/u;
/** A full date: `ngày 05/3/2020`, `ngày 5 tháng 3 năm 2020`. */
const FULL_DATE_SOURCE = String.raw`[Nn]gày[^\S\n]+\d{1,2}[^\S\n]*(?:[/.-][^\S\n]*\d{1,2}[^\S\n]*[/.-][^\S\n]*\d{4}|tháng[^\S\n]+\d{1,2}[^\S\n]+năm[^\S\n]+\d{4})`;
const FULL_DATE = new RegExp(FULL_DATE_SOURCE, 'u');
/** Right after the citation: its date, a comma or `được ban hành` maybe between. */
const DATE_AFTER = new RegExp(String.raw`^[^\S\n]*,?[^\S\n]*(?:(?:được[^\S\n]+)?ban[^\S\n]+hành[^\S\n]+)?(?:vào[^\S\n]+)?${FULL_DATE_SOURCE}`, 'u');
const LOOKBEHIND = 200;

/** A full date earlier in the citation's sentence: `Ngày 05/3/2020, Chính phủ ban hành Nghị định …`. */
function datedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - LOOKBEHIND), at);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  return FULL_DATE.test(before.slice(sentenceStart + 1));
}

interface Citation {
  block: Block;
  start: number;
  end: number;
  written: string;
  type: string;
  number: string;
  /** The symbol after the number, if any. */
  symbol: boolean;
  dated: boolean;
}

/** The number and symbol after the document's name, as `NUMBER_AFTER` finds them after its type. */
function numberAfterName(text: string, typeEnd: number): RegExpExecArray | null {
  NAME_THEN_NUMBER.lastIndex = typeEnd;
  const named = NAME_THEN_NUMBER.exec(text);
  if (!named || !SYMBOL.test(named[2]!) || ANOTHER_DOCUMENT.test(named[1]!)) return null;
  // The number as the first group, as NUMBER_AFTER gives it.
  named[1] = named[2]!;
  return named;
}

/** The documents the prose cites by type and number, in order (the document types are found with the other fixed phrases). */
function citationsOf(doc: PressRelease): Citation[] {
  const found: Citation[] = [];
  for (const { prose, first, end: typeEnd, phrase } of fixedPhraseOccurrences(doc)) {
    if (phrase.kind !== 'document-type') continue;
    const type = phrase.written.join(' ');
    const { block, words } = prose;
    // A headline names a document briefly; its full citation belongs in the body.
    if (!CITED_TYPES.has(type) || block.role === 'heading') continue;
    const text = block.plain.text;
    NUMBER_AFTER.lastIndex = words[typeEnd - 1]!.end;
    const after = NUMBER_AFTER.exec(text) ?? numberAfterName(text, words[typeEnd - 1]!.end);
    if (!after) continue;
    // A sentence's period after the symbol is no part of it.
    const number = after[1]!.replace(/\.+$/u, '');
    const symbol = SYMBOL.test(number);
    const start = words[first]!.start;
    // Without a symbol, a lowercase type is a verb or a noun (`quyết định 28 nội dung`), not a short form.
    if (!symbol && !words[first]!.spelling.capitalized) continue;
    const end = after.index + after[0].length - (after[1]!.length - number.length);
    const dated = DATE_AFTER.test(text.slice(end, end + 60)) || datedBefore(text, start);
    found.push({ block, start, end, written: text.slice(start, end), type, number: number.toUpperCase(), symbol, dated });
  }
  return found;
}

const NEWS_HEADER = '---\ntitle: Triển khai chữ ký số\ndate: 2026-04-09\n---\n\n# Triển khai chữ ký số\n\n';

export const citationIncomplete: Rule = {
  meta: {
    id: 'citation-incomplete',
    group: 'language',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: {
        vi: 'Lần đầu nhắc đến một văn bản, ghi đủ số, ký hiệu và ngày ban hành: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ"',
        en: 'The first mention of a document gives its number, symbol and date: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ"',
      },
      rationale: {
        vi: 'Nghị định 30/2020 (Phụ lục I, mục II.6.b) yêu cầu lần đầu viện dẫn một văn bản phải ghi đầy đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu ("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư"); các lần sau chỉ cần tên loại và số, ký hiệu. Quy tắc báo lần nhắc đầu tiên của một văn bản có số, ký hiệu mà không ghi ngày ban hành (ngay sau số, ký hiệu, hay ở đầu câu: "Ngày 05/3/2020, Chính phủ ban hành Nghị định …"), và cách gọi tắt bằng số trơn ("Nghị định 30", "Nghị quyết 57") khi bài không viện dẫn đầy đủ văn bản đó ở đâu cả. Văn bản có tên đứng trước số, ký hiệu ("Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 9/12/2020") là một lần viện dẫn văn bản số, ký hiệu đó. Tiêu đề không bị xét: trích dẫn đầy đủ nằm ở thân bài. Không sửa tự động: chỉ người viết biết ngày ban hành.',
        en: 'Decree 30/2020 (Appendix I, II.6.b) requires the first citation of a document in full: type, number and symbol, date, issuing body and summary ("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư"); later mentions need only the type, number and symbol. The rule reports the first mention of a document by number and symbol that gives no date (right after the symbol, or opening the sentence: "Ngày 05/3/2020, Chính phủ ban hành Nghị định …"), and a short form by bare number ("Nghị định 30", "Nghị quyết 57") when the text cites that document in full nowhere. A document named before its number and symbol ("Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 9/12/2020") is a citation of that number and symbol. Headlines are not checked: the full citation belongs in the body. No fix: only the writer knows the date.',
      },
    },
    messages: {
      undated: {
        vi: 'Lần đầu nhắc đến "{citation}": ghi thêm ngày ban hành và cơ quan ban hành, ví dụ "{citation} ngày 05/3/2020 của …"; các lần sau chỉ cần loại văn bản và số, ký hiệu.',
        en: 'First mention of "{citation}": add its date and issuing body, e.g. "{citation} ngày 05/3/2020 của …"; later mentions need only the type, number and symbol.',
      },
      shortForm: {
        vi: '"{citation}" là cách gọi tắt, nhưng bài chưa viện dẫn đầy đủ văn bản này: ghi số, ký hiệu, ngày và cơ quan ban hành, ví dụ "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ".',
        en: '"{citation}" is a short form, but the text cites this document in full nowhere: give its number, symbol, date and issuing body, e.g. "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Viện dẫn đầy đủ lần đầu, gọi tắt các lần sau', en: 'A full first citation, short forms after it' },
          text: `${NEWS_HEADER}Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Sở Nội vụ hướng dẫn ký số. Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ; theo Nghị quyết 57 và Nghị định 30, các sở đã triển khai. Hội đồng nhân dân tỉnh quyết định 28 nội dung, theo Nghị định số 30/2020/NĐ-CP.\n`,
        },
        {
          title: { vi: 'Văn bản có tên trước số, ký hiệu; lần sau gọi bằng số, ký hiệu', en: 'A document named before its number and symbol, then called by them' },
          text: `${NEWS_HEADER}Toàn tỉnh có 41.000 người hưởng trợ cấp theo Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 9/12/2020 của Ủy ban Thường vụ Quốc hội. Sở Nội vụ rà soát để người có công được hưởng đủ chế độ theo Pháp lệnh số 02/2020/UBTVQH14.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Lần đầu nhắc đến văn bản không có ngày ban hành; gọi tắt bằng số trơn', en: 'A first mention with no date; a short form by bare number' },
          text: `${NEWS_HEADER}Theo Thông báo số 35/TB-HĐND, kỳ họp diễn ra trong hai ngày. Thông báo số 35/TB-HĐND ngày 02/6/2026 nêu rõ chương trình kỳ họp. Các sở thực hiện theo Chỉ thị 05 của UBND tỉnh.\n`,
          expect: [
            { messageId: 'undated', line: 8 },
            { messageId: 'shortForm', line: 8 },
          ],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    const citations = citationsOf(doc);
    const seen = new Set<string>();
    for (const citation of citations) {
      const key = `${citation.type} ${citation.number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const span = citation.block.plain.span(citation.start, citation.end);
      if (citation.symbol) {
        if (!citation.dated) report({ messageId: 'undated', data: { citation: citation.written }, ...span });
        continue;
      }
      // A bare number is a short form: fine when the text cites, anywhere, that document with its symbol.
      const citedInFull = citations.some(
        (other) => other.symbol && other.type === citation.type && (other.number.startsWith(`${citation.number}/`) || other.number.startsWith(`${citation.number}-`)),
      );
      if (SHORT_FORM_TYPES.has(citation.type) && !citedInFull) report({ messageId: 'shortForm', data: { citation: citation.written }, ...span });
    }
  },
};
