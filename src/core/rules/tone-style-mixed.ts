import type { Problem, Rule } from '../types';
import type { PressRelease } from '../model/types';
import { proseBlocks } from '../model/prose';
import { wordStartingAt } from '../text/words';
import { nameAround, proseSyllables, syllableEdit, syllableSpan, type ProseSyllable } from '../lang/prose-syllables';
import { dominantForm } from '../lang/majority';
import { inToneStyle, type ToneStyle } from '../lang/syllable';

/** A toned oa, oe, uy in either style (`hòa`, `hoà`, `ủy`, `uỷ`, `khỏe`, `khoẻ`): a cheap test of a block before looking at its words. */
const STYLE_PAIR = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]|[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY]/u;

type StyleWord = ProseSyllable & { style: ToneStyle };

/**
 * A style word of the prose. Capitalized words next to other capitalized
 * words are proper names (`Khánh Hoà`, `Nguyễn Thị Thủy`): they are spelled
 * as their owner spells them, so they neither count nor get reported with
 * the other words; only against the same name spelled otherwise.
 */
function isCountedStyleWord(word: ProseSyllable): word is StyleWord {
  return word.style !== undefined && !word.inName;
}

function isStyledNameWord(word: ProseSyllable): word is StyleWord {
  return word.style !== undefined && word.inName;
}

/** A name's syllable with the name as written and its key; without the sentence's first word when that may be a common word before the name. */
type NamedStyleWord = StyleWord & { name: string; key: string; withoutOpener: { name: string; key: string } | undefined };

/**
 * A proper name spelled in both styles in one text (`Khánh Hòa`, then
 * `Khánh Hoà`): its owner spells it one way, so the less used spelling is
 * reported, and fixed when the other is clearly the text's.
 */
function checkNames(doc: PressRelease, words: readonly StyleWord[], report: (problem: Problem) => void): void {
  if (words.length < 2) return;
  const proseByBlock = new Map(proseBlocks(doc).map((prose) => [prose.block, prose]));
  const named: NamedStyleWord[] = [];
  for (const word of words) {
    const prose = proseByBlock.get(word.block)!;
    const index = wordStartingAt(prose.words, word.start);
    if (index === undefined) continue;
    const text = word.block.plain.text;
    const { first, last } = nameAround(text, prose.words, index);
    const end = prose.words[last]!.end;
    // The name with this syllable in one style: both spellings of a name share it.
    const keyFrom = (start: number): string => text.slice(start, word.start) + inToneStyle(word.syllable, 'hòa') + text.slice(word.end, end);
    const opener = prose.words[first]!;
    // A sentence's first word may be a common one before the name (`Bà Nguyễn Thị Thuỷ …`, `Tỉnh Khánh Hoà …`).
    const second = prose.words[first + 1]!;
    const withoutOpener = opener.sentenceStart && first < index ? { name: text.slice(second.start, end), key: keyFrom(second.start) } : undefined;
    named.push({ ...word, name: text.slice(opener.start, end), key: keyFrom(opener.start), withoutOpener });
  }
  const keys = new Set(named.map((word) => word.key));
  const byName = new Map<string, NamedStyleWord[]>();
  for (const word of named) {
    const { name, key } = word.withoutOpener !== undefined && keys.has(word.withoutOpener.key) ? word.withoutOpener : word;
    const occurrences = byName.get(key) ?? [];
    occurrences.push({ ...word, name });
    byName.set(key, occurrences);
  }
  for (const occurrences of byName.values()) {
    if (occurrences.every((word) => word.style === occurrences[0]!.style)) continue;
    const main = dominantForm(occurrences.map((word) => word.style))!;
    const example = occurrences.find((word) => word.style === main.form)!;
    const line = doc.lines.position(syllableSpan(example).start).line;
    for (const word of occurrences) {
      if (word.style === main.form) continue;
      const fixed = inToneStyle(word.syllable, main.form);
      const data = { name: word.name, word: word.syllable.text, fixed, example: example.name, line };
      report({ messageId: 'nameMixed', data, ...(main.clear ? syllableEdit(word, fixed) : syllableSpan(word)) });
    }
  }
}

export const toneStyleMixed: Rule = {
  meta: {
    id: 'tone-style-mixed',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Một bài chỉ dùng một kiểu đặt dấu thanh cho oa, oe, uy: "hòa, thủy, khỏe" hoặc "hoà, thuỷ, khoẻ"',
        en: 'One tone-mark style per text for oa, oe, uy: "hòa, thủy, khỏe" or "hoà, thuỷ, khoẻ"',
      },
      rationale: {
        vi: 'Với vần oa, oe, uy không có phụ âm cuối, có hai cách đặt dấu đều được chấp nhận: kiểu "hòa" (dấu trên o, u: hòa, ủy, thủy, khỏe) và kiểu "hoà" (dấu trên a, e, y: hoà, uỷ, thuỷ, khoẻ; kiểu Quyết định 1989/QĐ-BGDĐT quy định cho sách giáo khoa). Nghị định 30/2020/NĐ-CP không bắt buộc kiểu nào, nhưng một bài dùng lẫn hai kiểu ("Ủy ban" rồi "Tỉnh uỷ") trông cẩu thả. Theo mặc định (`toneStyle: "consistent"`), quy tắc báo các từ viết theo kiểu ít dùng hơn trong bài và sửa theo kiểu dùng nhiều hơn; nếu hai kiểu ngang nhau, kiểu xuất hiện trước được giữ, các từ kiểu kia bị báo nhưng không tự sửa (hãy chọn kiểu hoặc đặt `toneStyle`); khi cấu hình `toneStyle` là `"hoà"` hoặc `"hòa"`, mọi từ viết theo kiểu kia đều bị báo. Vần có phụ âm cuối (hoàng, khoản, huỳnh, thuyền) và "quý, quỹ" (u thuộc phụ âm đầu qu) viết giống nhau ở cả hai kiểu nên không bị xét. Tên riêng nhiều chữ viết hoa (Khánh Hoà, Nguyễn Thị Thủy) được giữ nguyên như cách viết của chủ thể, nhưng một tên viết hai cách trong cùng bài ("Khánh Hòa" rồi "Khánh Hoà") thì một cách là sai: quy tắc báo cách viết ít dùng hơn của tên đó.',
        en: 'Open oa, oe, uy syllables take the tone mark in one of two accepted places: the "hòa" style (mark on o, u: hòa, ủy, thủy, khỏe) and the "hoà" style (mark on a, e, y: hoà, uỷ, thuỷ, khoẻ; the style Decision 1989/QĐ-BGDĐT sets for textbooks). Decree 30/2020/NĐ-CP imposes neither, but one text mixing both ("Ủy ban", then "Tỉnh uỷ") looks careless. By default (`toneStyle: "consistent"`) the rule reports the words written in the less used style of the text and fixes them to the more used one; on a tie the style written first is kept and the other words are reported without a fix (choose a style, or set `toneStyle`); with `toneStyle` set to `"hoà"` or `"hòa"` every word in the other style is reported. Closed syllables (hoàng, khoản, huỳnh, thuyền) and "quý, quỹ" (whose u belongs to the initial qu) are the same in both styles and are not checked. Proper names of several capitalized words (Khánh Hoà, Nguyễn Thị Thủy) keep their owner\'s spelling, but one name spelled two ways in one text ("Khánh Hòa", then "Khánh Hoà") is wrong once: the rule reports the name\'s less used spelling.',
      },
    },
    messages: {
      mixed: {
        vi: '"{word}" đặt dấu kiểu "{style}", trong bài đã dùng kiểu "{mainStyle}" ("{example}", dòng {line}): sửa thành "{fixed}" cho thống nhất.',
        en: '"{word}" places its tone mark in the "{style}" style, while the text uses the "{mainStyle}" style ("{example}", line {line}): write "{fixed}" for consistency.',
      },
      nameMixed: {
        vi: 'Tên "{name}" được viết hai cách trong bài: "{word}" ở đây, "{fixed}" trong "{example}" (dòng {line}); tên riêng chỉ có một cách viết: viết thống nhất cho cả bài.',
        en: 'The name "{name}" is spelled two ways in this text: "{word}" here, "{fixed}" in "{example}" (line {line}); a name has one spelling: write it one way throughout.',
      },
      configured: {
        vi: '"{word}" đặt dấu kiểu "{style}", nhưng cấu hình dự án chọn kiểu "{mainStyle}" (toneStyle): sửa thành "{fixed}".',
        en: '"{word}" places its tone mark in the "{style}" style, but the project configuration chooses the "{mainStyle}" style (toneStyle): write "{fixed}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Cả bài dùng kiểu "hòa"', en: 'The whole text uses the "hòa" style' },
          text: '# Ủy ban nhân dân tỉnh sơ kết công tác văn hóa\n\nSáng 14/4, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác văn hóa, thể thao. Các đơn vị phối hợp hòa giải ở cơ sở, chăm lo sức khỏe người dân và phát triển thủy sản.\n',
        },
        {
          title: { vi: 'Cả bài dùng kiểu "hoà" (phong cách riêng của tòa soạn)', en: 'The whole text uses the "hoà" style (a house style)' },
          text: '# Tỉnh uỷ quán triệt nghị quyết khoá XIII\n\nChiều 13-4, Ban Thường vụ Tỉnh uỷ tổ chức hội nghị quán triệt nghị quyết khoá XIII. Các cấp uỷ chăm lo sức khoẻ Nhân dân, giữ vững hoà bình và phát triển thuỷ lợi.\n',
        },
        {
          title: { vi: 'Vần có phụ âm cuối và "quý, quỹ" giống nhau ở hai kiểu', en: 'Closed syllables and "quý, quỹ" are the same in both styles' },
          text: '# Kết quả quý I năm 2026\n\nTrong quý I, Tỉnh uỷ chỉ đạo hoàn thành khoản hỗ trợ từ Quỹ Khuyến học cho ngư dân đóng thuyền. Ông Huỳnh Văn Lộc báo cáo kết quả.\n',
        },
        {
          title: { vi: 'Tên riêng giữ cách viết của chủ thể', en: 'Proper names keep their owner\'s spelling' },
          text: '# Đoàn công tác tỉnh Khánh Hoà thăm Đồng Tháp\n\nSáng 14/4, Ủy ban nhân dân tỉnh tiếp đoàn công tác của tỉnh Khánh Hoà do bà Nguyễn Thị Thuỷ làm trưởng đoàn. Hai bên trao đổi về hợp tác văn hóa, du lịch.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Một tên riêng viết hai cách', en: 'One name spelled two ways' },
          text: '# Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa kỷ niệm 95 năm thành lập\n\nSáng 18/10, Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa tổ chức lễ kỷ niệm. Lãnh đạo tỉnh ghi nhận đóng góp của phụ nữ Khánh Hoà trong phát triển kinh tế.\n',
          expect: [{ messageId: 'nameMixed', line: 3 }],
          output: '# Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa kỷ niệm 95 năm thành lập\n\nSáng 18/10, Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa tổ chức lễ kỷ niệm. Lãnh đạo tỉnh ghi nhận đóng góp của phụ nữ Khánh Hòa trong phát triển kinh tế.\n',
        },
        {
          title: { vi: 'Bài chủ yếu dùng kiểu "hòa", một từ kiểu "hoà"', en: 'A text mostly in the "hòa" style with one "hoà" word' },
          text: '# Lễ ký kết chương trình phối hợp chuyển đổi số\n\nLễ ký kết được tổ chức tại hội trường Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, với chủ đề văn hóa số.\n\nTham dự có ông Huỳnh Minh Thức – Tỉnh uỷ viên, Bí thư Tỉnh đoàn.\n',
          expect: [{ messageId: 'mixed', line: 5 }],
          output: '# Lễ ký kết chương trình phối hợp chuyển đổi số\n\nLễ ký kết được tổ chức tại hội trường Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, với chủ đề văn hóa số.\n\nTham dự có ông Huỳnh Minh Thức – Tỉnh ủy viên, Bí thư Tỉnh đoàn.\n',
        },
        {
          title: {
            vi: 'Bài mẫu: "Ủy ban" rồi "Tỉnh uỷ viên", mỗi kiểu một lần: giữ kiểu viết trước, báo mà không tự sửa',
            en: 'The seed article: "Ủy ban", then "Tỉnh uỷ viên", once each: the first style is kept, reported without a fix',
          },
          text: '# Lễ ký kết chương trình phối hợp\n\nLễ ký kết được tổ chức tại hội trường Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.\n\nTham dự có ông Huỳnh Minh Thức – Tỉnh uỷ viên, Bí thư Tỉnh đoàn.\n',
          expect: [{ messageId: 'mixed', line: 5 }],
        },
        {
          title: { vi: 'Bài chủ yếu dùng kiểu "hoà", một từ kiểu "hòa"', en: 'A text mostly in the "hoà" style with one "hòa" word' },
          text: '# Hội nghị Ban Chấp hành Đảng bộ tỉnh khoá XI\n\nSáng 20/4, Tỉnh uỷ tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh khoá XI. Hội nghị bàn giải pháp phát triển thủy lợi và bảo đảm hoà bình ở khu vực biên giới.\n',
          expect: [{ messageId: 'mixed', line: 3 }],
          output: '# Hội nghị Ban Chấp hành Đảng bộ tỉnh khoá XI\n\nSáng 20/4, Tỉnh uỷ tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh khoá XI. Hội nghị bàn giải pháp phát triển thuỷ lợi và bảo đảm hoà bình ở khu vực biên giới.\n',
        },
      ],
    },
  },
  check({ doc, settings, profile, report }) {
    if (profile.language !== 'vi') return;
    if (!proseBlocks(doc).some(({ block }) => STYLE_PAIR.test(block.plain.text))) return;
    const syllables = proseSyllables(doc);
    checkNames(doc, syllables.filter(isStyledNameWord), report);
    const words = syllables.filter(isCountedStyleWord);
    if (words.length === 0) return;
    const configured = settings.toneStyle !== 'consistent';
    // With no configured style, one style alone is consistent.
    if (!configured && words.every((word) => word.style === words[0]!.style)) return;
    const main = configured ? { form: settings.toneStyle as ToneStyle, clear: true } : dominantForm(words.map((word) => word.style))!;
    const example = words.find((word) => word.style === main.form);
    const exampleData = example && { example: example.syllable.text, line: doc.lines.position(syllableSpan(example).start).line };
    for (const word of words) {
      if (word.style === main.form) continue;
      const fixed = inToneStyle(word.syllable, main.form);
      const data = { word: word.syllable.text, fixed, style: word.style, mainStyle: main.form };
      // On a tie nobody knows which style the writer meant: report without a fix.
      const range = main.clear ? syllableEdit(word, fixed) : syllableSpan(word);
      if (configured) report({ messageId: 'configured', data, ...range });
      else report({ messageId: 'mixed', data: { ...data, ...exampleData! }, ...range });
    }
  },
};
