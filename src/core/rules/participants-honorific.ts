import type { Problem, Rule } from '../types';
import type { Located, PressRelease } from '../model/types';

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
  return at < paragraphStart || SENTENCE_END.test(doc.source[at]!) || opensListItem(doc, offset);
}

/** A list item's marker, and nothing else, before `offset` on its line: `- `, `1. `, inside a quote or an indented item too. */
const ITEM_MARKER_BEFORE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+$/u;

/** True when the text at `offset` opens a list item (one person per item after `… có các đồng chí:`): it may start with a capital. */
function opensListItem(doc: PressRelease, offset: number): boolean {
  const lineStart = doc.lines.lineStart(doc.lines.position(offset).line);
  return ITEM_MARKER_BEFORE.test(doc.source.slice(lineStart, offset));
}

/** `ông` (Mr), in any case. */
const MALE_HONORIFIC = /^ông$/iu;
/** `Thị` as a middle name (`Nguyễn Thị Kim Liên`) names a woman; `Thi` without its mark is a man's name too. */
const FEMALE_MIDDLE_NAME = /^\S+\s+(?:\S+\s+)*Thị\s+\S/u;

function capitalized(doc: PressRelease, honorific: Located): Problem {
  const capital = honorific.text[0]!;
  const lowercase = capital.toLowerCase() + honorific.text.slice(1);
  // Fix only where the source holds the letter itself (not an escape or entity).
  const fixable = doc.source[honorific.start] === capital;
  return {
    messageId: 'capitalized',
    data: { honorific: honorific.text, lowercase },
    start: honorific.start,
    end: honorific.end,
    ...(fixable ? { fix: { start: honorific.start, end: honorific.start + 1, text: capital.toLowerCase() } } : {}),
  };
}

/** `ông Nguyễn Thị Kim Liên`: a copy slip from the entries around it; the fix writes `bà` in the same case. */
function femaleName(doc: PressRelease, honorific: Located, name: string): Problem {
  const replacement = honorific.text === 'ông' ? 'bà' : honorific.text === 'Ông' ? 'Bà' : 'BÀ';
  const fixable = doc.source.slice(honorific.start, honorific.end) === honorific.text;
  return {
    messageId: 'femaleName',
    data: { honorific: honorific.text, name, replacement },
    start: honorific.start,
    end: honorific.end,
    ...(fixable ? { fix: { start: honorific.start, end: honorific.end, text: replacement } } : {}),
  };
}

export const participantsHonorific: Rule = {
  meta: {
    id: 'participants-honorific',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Viết thường "ông", "bà", "đồng chí" giữa câu; "bà" trước tên phụ nữ', en: 'Lowercase "ông", "bà", "đồng chí" inside a sentence; "bà" before a woman\'s name' },
      rationale: {
        vi: '"ông", "bà", "đồng chí" là danh từ chung đứng trước tên người, không phải một phần của tên hay chức danh, nên giữa câu viết thường: "Tham dự có ông Đoàn Thanh Bình", "Sáng 3/4, đồng chí Nguyễn Văn Lợi …" (Nghị định 30/2020, Phụ lục II: chỉ viết hoa chữ đầu câu và danh từ riêng). Viết hoa "Ông", "Đồng chí" sau dấu phẩy là lỗi thường gặp trên các Cổng. Chỉ viết hoa khi từ đó mở đầu câu. Sau dấu hai chấm mở đầu danh sách vẫn viết thường. Danh xưng mở đầu một mục của danh sách Markdown có thể viết hoa. Quy tắc cũng báo "ông" trước một tên có tên đệm "Thị" ("ông Nguyễn Thị Kim Liên"), lỗi thường gặp khi chép danh sách: tên đó là tên phụ nữ, danh xưng là "bà". Quy tắc chỉ xét các danh sách đại biểu; sửa tự động bằng cách viết thường chữ đầu, hoặc thay "ông" bằng "bà".',
        en: '"ông", "bà" (Mr, Ms) and "đồng chí" (comrade) are common nouns before a person\'s name, not part of the name or title, so inside a sentence they are lowercase: "Tham dự có ông Đoàn Thanh Bình", "Sáng 3/4, đồng chí Nguyễn Văn Lợi …" (Decree 30/2020, Appendix II: capitals only at the start of a sentence and for proper nouns). A capital "Ông" or "Đồng chí" after a comma is a frequent slip on portals. Capitalize only when the word opens a sentence; after a colon introducing a list it stays lowercase. An honorific that opens an item of a Markdown list may take a capital. The rule also reports "ông" before a name whose middle name is "Thị" ("ông Nguyễn Thị Kim Liên"), a frequent slip when a list is copied: that is a woman\'s name, and the honorific is "bà". The rule looks at lists of participants only; the fix lowercases the first letter, or replaces "ông" by "bà".',
      },
    },
    messages: {
      capitalized: {
        vi: '"{honorific}" đứng giữa câu nên viết thường: "{lowercase}".',
        en: '"{honorific}" is inside a sentence, so it is lowercase: "{lowercase}".',
      },
      femaleName: {
        vi: '"{honorific} {name}": tên đệm "Thị" là tên phụ nữ, nên danh xưng là "{replacement}". Kiểm tra lại và sửa thành "{replacement}".',
        en: '"{honorific} {name}": the middle name "Thị" is a woman\'s, so the honorific is "{replacement}" (Ms). Check it and write "{replacement}".',
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
        {
          title: { vi: '"ông" trước tên có tên đệm "Thị"', en: '"ông" before a name with the middle name "Thị"' },
          text: '# Khánh thành trường nội trú\n\nSáng 5/9, thành phố khánh thành Trường Phổ thông Dân tộc nội trú. Dự lễ có ông Lê Quang Hưng – Phó Chủ tịch UBND thành phố; ông Nguyễn Thị Kim Liên – Giám đốc Sở Giáo dục và Đào tạo.\n',
          expect: [{ messageId: 'femaleName', line: 3 }],
          output: '# Khánh thành trường nội trú\n\nSáng 5/9, thành phố khánh thành Trường Phổ thông Dân tộc nội trú. Dự lễ có ông Lê Quang Hưng – Phó Chủ tịch UBND thành phố; bà Nguyễn Thị Kim Liên – Giám đốc Sở Giáo dục và Đào tạo.\n',
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const list of doc.participants) {
      const paragraphStart = doc.blocks[list.blockIndex]?.start ?? list.start;
      for (const entry of list.entries) {
        if (entry.kind !== 'person' || !entry.honorific) continue;
        const { honorific, name } = entry;
        if (CAPITALIZED.test(honorific.text) && !startsSentence(doc, paragraphStart, honorific.start)) report(capitalized(doc, honorific));
        if (MALE_HONORIFIC.test(honorific.text) && FEMALE_MIDDLE_NAME.test(name.text)) report(femaleName(doc, honorific, name.text));
      }
    }
  },
};
