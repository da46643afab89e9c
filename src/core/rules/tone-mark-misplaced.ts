import type { Rule } from '../types';
import { proseSyllables, syllableEdit } from '../lang/prose-syllables';
import { withTone } from '../lang/syllable';

export const toneMarkMisplaced: Rule = {
  meta: {
    id: 'tone-mark-misplaced',
    group: 'language',
    severity: 'error',
    fixable: true,
    docs: {
      summary: {
        vi: 'Dấu thanh đặt sai chữ, sai theo cả hai kiểu bỏ dấu (hòang, đựơc, lưả)',
        en: 'Tone mark on the wrong letter, wrong in either style (hòang, đựơc, lưả)',
      },
      rationale: {
        vi: 'Hai kiểu bỏ dấu ("hòa" và "hoà") chỉ khác nhau ở vần oa, oe, uy không có phụ âm cuối. Mọi trường hợp khác chỉ có một chỗ đúng (Quyết định 1989/QĐ-BGDĐT, Điều 8): vần có phụ âm cuối đặt dấu trên nguyên âm sau (hoàng, thuyền, huỳnh); ia, ua, ưa đặt trên chữ đầu (bìa, của, lửa); iê, yê, uô, ươ đặt trên chữ sau (biển, muốn, được); sau "qu" và "gi" dấu đặt trên vần (quả, già). Lỗi này thường do gõ nhanh hoặc bộ gõ cũ; sửa tự động chỉ chuyển dấu sang đúng chữ, giữ nguyên chữ hoa, chữ thường.',
        en: 'The two tone-mark styles ("hòa" and "hoà") differ only in open oa, oe, uy. Every other syllable has one right place (Decision 1989/QĐ-BGDĐT, Article 8): with a final consonant the mark goes on the last vowel (hoàng, thuyền, huỳnh); ia, ua, ưa take it on the first letter (bìa, của, lửa); iê, yê, uô, ươ on the second (biển, muốn, được); after "qu" and "gi" on the rhyme (quả, già). The error usually comes from fast typing or an old input method; the fix only moves the mark to the right letter and keeps the letter case.',
      },
    },
    messages: {
      misplaced: {
        vi: '"{word}": dấu thanh đặt sai chữ (sai theo cả hai kiểu bỏ dấu), dấu phải nằm trên chữ "{letter}": viết "{fixed}".',
        en: '"{word}": the tone mark is on the wrong letter (wrong in either style); it belongs on "{letter}": write "{fixed}".',
      },
      doubled: {
        vi: '"{word}" có hai dấu thanh: bỏ dấu thừa, viết "{fixed}".',
        en: '"{word}" has two tone marks: drop the extra one and write "{fixed}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Dấu đặt đúng chỗ', en: 'Tone marks in the right place' },
          text: '# Ngư dân được hỗ trợ đóng mới thuyền\n\nSáng 14/4, ông Huỳnh Văn Hoàng cho biết ngư dân ven biển được hỗ trợ đóng mới thuyền. Lửa trại, bìa sách, quả ngọt và lúa già là những hình ảnh quen thuộc của mùa vụ; mọi người đều muốn vụ tới bội thu.\n',
        },
        {
          title: { vi: 'Cả hai kiểu bỏ dấu cho oa, oe, uy đều đúng chỗ', en: 'Both styles for oa, oe, uy are in the right place' },
          text: '# Tỉnh ủy chỉ đạo phát triển thủy lợi\n\nTỉnh ủy và các cấp uỷ chỉ đạo phát triển thủy lợi, giữ gìn sức khỏe, sức khoẻ người dân, bảo đảm hòa bình, hoà hợp. Các xã khuyến khích người dân xoá đói, giảm nghèo.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Dấu sai chỗ trong vần có phụ âm cuối và trong ươ, ưa', en: 'Misplaced marks in closed syllables and in ươ, ưa' },
          text: '# Hội nghị tổng kết công tác phòng cháy\n\nSáng 14/4, đồng chí Nguyễn Văn Hòang chủ trì hội nghị.\n\nCông tác phòng cháy đựơc triển khai; không để xảy ra cháy do đốt lưả bừa bãi.\n',
          expect: [
            { messageId: 'misplaced', line: 3 },
            { messageId: 'misplaced', line: 5 },
            { messageId: 'misplaced', line: 5 },
          ],
          output: '# Hội nghị tổng kết công tác phòng cháy\n\nSáng 14/4, đồng chí Nguyễn Văn Hoàng chủ trì hội nghị.\n\nCông tác phòng cháy được triển khai; không để xảy ra cháy do đốt lửa bừa bãi.\n',
        },
        {
          title: { vi: 'Dấu đặt trên chữ của phụ âm đầu "qu", "gi" và trong iê, uyê', en: 'Marks on the letters of the initials "qu", "gi", and in iê, uyê' },
          text: '# Ngư dân vùng bỉên vươn khơi\n\nNgư dân đóng mới thùyên, gìa làng chia sẻ kinh nghiệm và kết qủa mùa vụ.\n',
          expect: [
            { messageId: 'misplaced', line: 1 },
            { messageId: 'misplaced', line: 3 },
            { messageId: 'misplaced', line: 3 },
            { messageId: 'misplaced', line: 3 },
          ],
          output: '# Ngư dân vùng biển vươn khơi\n\nNgư dân đóng mới thuyền, già làng chia sẻ kinh nghiệm và kết quả mùa vụ.\n',
        },
        {
          title: { vi: 'Hai dấu thanh trong một chữ', en: 'Two tone marks in one word' },
          text: '# Phát triển kinh tế bìển\n\nTỉnh đầu tư cảng cá, bến thủyền cho ngư dân.\n',
          expect: [
            { messageId: 'doubled', line: 1 },
            { messageId: 'doubled', line: 3 },
          ],
          output: '# Phát triển kinh tế biển\n\nTỉnh đầu tư cảng cá, bến thuyền cho ngư dân.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    for (const word of proseSyllables(doc)) {
      const { syllable, tonePlaces: places } = word;
      if (syllable.marks.length === 0 || !word.knownRhyme) continue;
      const kept = syllable.marks.filter((mark) => places.includes(mark.at));
      if (syllable.marks.length === 2) {
        // Keep the mark that sits on a right letter; with none or both there, the meant word is unclear.
        if (kept.length !== 1) continue;
        const fixed = withTone(syllable, kept[0]!.tone, kept[0]!.at);
        report({ messageId: 'doubled', data: { word: syllable.text, fixed }, ...syllableEdit(word, fixed) });
        continue;
      }
      // Both letters of open oa, oe, uy are right: a mark elsewhere has no single right place.
      if (kept.length === 1 || places.length !== 1) continue;
      const fixed = withTone(syllable, syllable.tone, places[0]!);
      report({ messageId: 'misplaced', data: { word: syllable.text, fixed, letter: fixed.charAt(places[0]!) }, ...syllableEdit(word, fixed) });
    }
  },
};
