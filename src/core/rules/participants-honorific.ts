import type { Rule } from '../types';
import type { PressRelease } from '../model/types';

/** A capital first letter and lowercase after it: `Ông`, `Đồng chí` (not an all-caps `ÔNG`, which is another problem). */
const CAPITALIZED = /^\p{Lu}[^\p{Lu}]*$/u;
/** Markup and spaces that may stand between a sentence's end and its first word. */
const SKIPPED_BEFORE = /[\s*_“"‘(]/u;
const SENTENCE_END = /[.!?…]/u;

/**
 * True when the text at `offset` starts a sentence: nothing but markup before
 * it in its paragraph, or a sentence-ending mark, or a list item's marker.
 * A colon does not end the sentence: Vietnamese writes the list after it in
 * lowercase.
 */
function startsSentence(doc: PressRelease, paragraphStart: number, offset: number): boolean {
  let at = offset - 1;
  while (at >= paragraphStart && SKIPPED_BEFORE.test(doc.source[at]!)) at--;
  return at < paragraphStart || SENTENCE_END.test(doc.source[at]!) || opensListItem(doc.source, offset);
}

/** A list item's marker, and nothing else, before `offset` on its line: `- `, `1. `, inside a quote or an indented item too. */
const ITEM_MARKER_BEFORE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+$/u;

/** True when the text at `offset` opens a list item (one person per item after `… có các đồng chí:`): it may start with a capital. */
function opensListItem(source: string, offset: number): boolean {
  // A lone CR ends a line too.
  const lineStart = Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1)) + 1;
  return ITEM_MARKER_BEFORE.test(source.slice(lineStart, offset));
}

export const participantsHonorific: Rule = {
  meta: {
    id: 'participants-honorific',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Viết thường "ông", "bà", "đồng chí" giữa câu', en: 'Lowercase "ông", "bà", "đồng chí" inside a sentence' },
      rationale: {
        vi: '"ông", "bà", "đồng chí" là danh từ chung đứng trước tên người, không phải một phần của tên hay chức danh, nên giữa câu viết thường: "Tham dự có ông Đoàn Thanh Bình", "Sáng 3/4, đồng chí Nguyễn Văn Lợi …" (Nghị định 30/2020, Phụ lục II: chỉ viết hoa chữ đầu câu và danh từ riêng). Viết hoa "Ông", "Đồng chí" sau dấu phẩy là lỗi thường gặp trên các Cổng. Chỉ viết hoa khi từ đó mở đầu câu. Sau dấu hai chấm mở đầu danh sách vẫn viết thường. Quy tắc chỉ xét các danh sách đại biểu và sửa tự động bằng cách viết thường chữ đầu.',
        en: '"ông", "bà" (Mr, Ms) and "đồng chí" (comrade) are common nouns before a person\'s name, not part of the name or title, so inside a sentence they are lowercase: "Tham dự có ông Đoàn Thanh Bình", "Sáng 3/4, đồng chí Nguyễn Văn Lợi …" (Decree 30/2020, Appendix II: capitals only at the start of a sentence and for proper nouns). A capital "Ông" or "Đồng chí" after a comma is a frequent slip on portals. Capitalize only when the word opens a sentence; after a colon introducing a list it stays lowercase. The rule looks at lists of participants only and fixes by lowercasing the first letter.',
      },
    },
    messages: {
      capitalized: {
        vi: '"{honorific}" đứng giữa câu nên viết thường: "{lowercase}".',
        en: '"{honorific}" is inside a sentence, so it is lowercase: "{lowercase}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Danh xưng viết thường', en: 'Lowercase honorifics' },
          text: '# Ký kết chương trình phối hợp\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự buổi lễ có ông Đoàn Thanh Bình – Giám đốc Sở Khoa học và Công nghệ; bà Nguyễn Thị Mai – Phó Bí thư Tỉnh đoàn.\n',
        },
        {
          title: { vi: 'Sau dấu hai chấm vẫn viết thường', en: 'Lowercase after a colon too' },
          text: '# Hội nghị giao ban công tác dân vận\n\nChiều 10/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I. Dự hội nghị có: đồng chí Trần Thị Hằng, Phó Trưởng ban Dân vận Tỉnh ủy; đồng chí Lê Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.\n',
        },
        {
          title: { vi: 'Mỗi người một mục danh sách: mục được mở đầu bằng chữ hoa', en: 'One person per list item: an item may open with a capital' },
          text: '# Hội nghị giao ban công tác dân vận\n\nChiều 10/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I.\n\nDự hội nghị có các đồng chí:\n\n- Đồng chí Trần Thị Hằng, Phó Trưởng ban Dân vận Tỉnh ủy;\n- Ông Lê Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.\n',
        },
      ],
      invalid: [
        {
          title: { vi: '"Ông" viết hoa giữa câu', en: 'A capital "Ông" mid-sentence' },
          text: '# Ký kết chương trình phối hợp\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự buổi lễ có Ông Đoàn Thanh Bình – Giám đốc Sở Khoa học và Công nghệ; Bà Nguyễn Thị Mai – Phó Bí thư Tỉnh đoàn.\n',
          expect: [
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
          ],
          output: '# Ký kết chương trình phối hợp\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự buổi lễ có ông Đoàn Thanh Bình – Giám đốc Sở Khoa học và Công nghệ; bà Nguyễn Thị Mai – Phó Bí thư Tỉnh đoàn.\n',
        },
        {
          title: { vi: '"Đồng chí" viết hoa sau dấu hai chấm', en: 'A capital "Đồng chí" after a colon' },
          text: '# Hội nghị giao ban công tác dân vận\n\nChiều 10/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I. Dự hội nghị có: Đồng chí Trần Thị Hằng, Phó Trưởng ban Dân vận Tỉnh ủy; đồng chí Lê Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.\n',
          expect: [{ messageId: 'capitalized', line: 3 }],
          output: '# Hội nghị giao ban công tác dân vận\n\nChiều 10/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I. Dự hội nghị có: đồng chí Trần Thị Hằng, Phó Trưởng ban Dân vận Tỉnh ủy; đồng chí Lê Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.\n',
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const list of doc.participants) {
      const paragraphStart = doc.blocks[list.blockIndex]?.start ?? list.start;
      for (const entry of list.entries) {
        const honorific = entry.kind === 'person' ? entry.honorific : undefined;
        if (!honorific || !CAPITALIZED.test(honorific.text) || startsSentence(doc, paragraphStart, honorific.start)) continue;
        const capital = honorific.text[0]!;
        const lowercase = capital.toLowerCase() + honorific.text.slice(1);
        // Fix only where the source holds the letter itself (not an escape or entity).
        const fixable = doc.source[honorific.start] === capital;
        report({
          messageId: 'capitalized',
          data: { honorific: honorific.text, lowercase },
          start: honorific.start,
          end: honorific.end,
          ...(fixable ? { fix: { start: honorific.start, end: honorific.start + 1, text: capital.toLowerCase() } } : {}),
        });
      }
    }
  },
};
