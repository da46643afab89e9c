import type { Rule } from '../types';
import type { Word } from '../text/words';
import type { PlainText } from '../text/plain-text';
import { proseBlocks } from '../model/prose';
import { inCaseOf, misspellingsStartingWith } from '../lang/misspellings';
import { skipWhiteSpace } from '../text/white-space';

/**
 * True when `words` from `first` spell `wrong`, each word after the next only
 * by white space of the text itself (emphasis around a word is no break; the
 * line between two list items or table cells is).
 */
function spellsAt(plain: PlainText, words: readonly Word[], first: number, wrong: readonly string[]): boolean {
  if (first + wrong.length > words.length) return false;
  for (let index = 1; index < wrong.length; index++) {
    const previousEnd = words[first + index - 1]!.end;
    const word = words[first + index]!;
    if (skipWhiteSpace(plain.text, previousEnd) !== word.start || word.text.toLowerCase() !== wrong[index] || !plain.isExact(previousEnd, word.start)) return false;
  }
  return true;
}

export const wordMisspelled: Rule = {
  meta: {
    id: 'word-misspelled',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Lỗi chính tả thường gặp, sai ở mọi ngữ cảnh (chia sẽ, nổ lực, cập nhập, sát nhập)',
        en: 'A common misspelling, wrong in any context (chia sẽ, nổ lực, cập nhập, sát nhập)',
      },
      rationale: {
        vi: 'Lỗi chính tả là lỗi hay gặp nhất trên tin bài các Cổng thông tin: "chia sẽ", "nổ lực", "thăm quan", "Hội ghị", "điềm cầu", "phiên hop". Phần lớn là nhầm dấu hỏi/ngã (hổ trợ, kỹ niệm), nhầm s/x, ch/tr, d/gi (sử lý, chuẩn đoán, dành chiến thắng) hoặc phụ âm cuối (cập nhập, chỉnh chu). Các chữ này đều là âm tiết tiếng Việt hợp lệ nên không quy tắc cấu tạo âm tiết nào nhận ra được; quy tắc đối chiếu với một danh sách các cụm từ viết sai ở mọi ngữ cảnh và sửa thành cách viết đúng, giữ nguyên chữ hoa. Những cụm có thể đúng trong ngữ cảnh khác ("cũng cố gắng", "giành cho") không có trong danh sách.',
        en: 'Misspellings are the most frequent defect of portal news: "chia sẽ", "nổ lực", "thăm quan", "Hội ghị", "điềm cầu", "phiên hop". Most confuse the hỏi and ngã tones (hổ trợ, kỹ niệm), s/x, ch/tr or d/gi (sử lý, chuẩn đoán, dành chiến thắng), or a final consonant (cập nhập, chỉnh chu). Every syllable of these is a valid Vietnamese syllable, so no syllable check finds them; the rule compares the text with a list of phrases that are wrong in any context and fixes them to the right spelling, keeping capitals. Phrases that can be right elsewhere ("cũng cố gắng", "giành cho") are not in the list.',
      },
    },
    messages: {
      misspelled: {
        vi: '"{found}" viết sai chính tả: sửa thành "{correct}".',
        en: '"{found}" is misspelled: write "{correct}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Viết đúng chính tả', en: 'Correct spelling' },
          text: '# Hội nghị chia sẻ kinh nghiệm chuyển đổi số\n\nSáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị tại điểm cầu trung tâm. Các đơn vị chia sẻ kinh nghiệm, nỗ lực cập nhật dữ liệu và hỗ trợ người dân; đoàn tham quan mô hình xử lý hồ sơ trực tuyến.\n',
        },
        {
          title: { vi: 'Cụm chữ chỉ trông giống: "cũng cố gắng", "giành cho đội nhà"', en: 'Look-alikes that are right: "cũng cố gắng", "giành cho đội nhà"' },
          text: '# Đội tuyển tỉnh giành huy chương vàng\n\nCác vận động viên cũng cố gắng hết sức và giành cho đội nhà tấm huy chương vàng đầu tiên.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Lỗi chính tả trong tin bài thật', en: 'Misspellings from real articles' },
          text: '# Hội ghị sơ kết công tác chuyển đổi số\n\nSáng 14/4, tại điềm cầu tỉnh, các đơn vị chia sẽ kinh nghiệm và cam kết nổ lực cập nhập dữ liệu.\n',
          expect: [
            { messageId: 'misspelled', line: 1 },
            { messageId: 'misspelled', line: 3 },
            { messageId: 'misspelled', line: 3 },
            { messageId: 'misspelled', line: 3 },
            { messageId: 'misspelled', line: 3 },
          ],
          output: '# Hội nghị sơ kết công tác chuyển đổi số\n\nSáng 14/4, tại điểm cầu tỉnh, các đơn vị chia sẻ kinh nghiệm và cam kết nỗ lực cập nhật dữ liệu.\n',
        },
        {
          title: { vi: 'Chữ hoa được giữ, kể cả chữ in hoa toàn bộ', en: 'Capitals are kept, words in capitals too' },
          text: '# Tỉnh đoàn tổ chức lễ kỹ niệm ngày thành lập\n\nSử lý nghiêm các trường hợp vi phạm. Chương trình HỔ TRỢ người dân được triển khai từ tháng 5.\n',
          expect: [
            { messageId: 'misspelled', line: 1 },
            { messageId: 'misspelled', line: 3 },
            { messageId: 'misspelled', line: 3 },
          ],
          output: '# Tỉnh đoàn tổ chức lễ kỷ niệm ngày thành lập\n\nXử lý nghiêm các trường hợp vi phạm. Chương trình HỖ TRỢ người dân được triển khai từ tháng 5.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    for (const { block, words } of proseBlocks(doc)) {
      const text = block.plain.text;
      for (let first = 0; first < words.length; first++) {
        const candidates = misspellingsStartingWith(words[first]!.spelling);
        if (candidates === null) continue;
        const misspelling = candidates.find((candidate) => spellsAt(block.plain, words, first, candidate.wrong));
        if (!misspelling) continue;
        const last = first + misspelling.wrong.length - 1;
        const start = words[first]!.start;
        const end = words[last]!.end;
        // Each syllable in the case it was written, the white space between them as it was.
        let correct = '';
        for (let index = first; index <= last; index++) {
          if (index > first) correct += text.slice(words[index - 1]!.end, words[index]!.start);
          correct += inCaseOf(words[index]!.text, misspelling.right[index - first]!);
        }
        const span = block.plain.span(start, end);
        const fix = block.plain.isExact(start, end) ? { fix: { ...span, text: correct } } : {};
        report({ messageId: 'misspelled', data: { found: text.slice(start, end), correct }, ...span, ...fix });
        first = last;
      }
    }
  },
};
