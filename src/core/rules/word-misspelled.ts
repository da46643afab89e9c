import type { Rule } from '../types';
import { fixedPhraseOccurrences, occurrenceProblem } from '../lang/fixed-phrases';
import { inCaseOf } from '../lang/misspellings';

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
        {
          title: {
            vi: 'Chữ sau làm thành từ khác: "khả năng xuất khẩu", "lợi thế kỹ thuật", "giám sát nhập khẩu"',
            en: 'The next word makes another word: "khả năng xuất khẩu", "lợi thế kỹ thuật", "giám sát nhập khẩu"',
          },
          text: '# Doanh nghiệp nâng cao khả năng xuất khẩu\n\nDoanh nghiệp có khả năng xuất khẩu sang EU, phát huy lợi thế kỹ thuật và những tài năng xuất sắc. Cơ quan hải quan tăng cường giám sát nhập khẩu và phân tích kỹ yếu tố rủi ro.\n',
        },
        {
          title: {
            vi: 'Chữ trước làm thành từ khác: "lịch sử Lý Sơn", "lịch sử lý luận", "thế kỷ năng động"',
            en: 'The word before makes another word: "lịch sử Lý Sơn", "lịch sử lý luận", "thế kỷ năng động"',
          },
          text: '# Trưng bày chuyên đề về lịch sử Lý Sơn\n\nSáng 14/4, Bảo tàng tỉnh khai mạc trưng bày về lịch sử Lý Sơn. Hội thảo bàn về lịch sử lý luận phê bình văn học và một thế kỷ năng động của vùng biển.\n',
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
        {
          title: { vi: 'Lỗi chính tả không có chữ sau làm thành từ khác', en: 'Misspellings with no next word making another word' },
          text: '# Hoàn thành sát nhập các xã\n\nNăng xuất lúa đạt 7 tấn/ha sau nửa thế kỹ canh tác; xã có năng xuất cao nhất được khen thưởng.\n',
          expect: [
            { messageId: 'misspelled', line: 1 },
            { messageId: 'misspelled', line: 3 },
            { messageId: 'misspelled', line: 3 },
            { messageId: 'misspelled', line: 3 },
          ],
          output: '# Hoàn thành sáp nhập các xã\n\nNăng suất lúa đạt 7 tấn/ha sau nửa thế kỷ canh tác; xã có năng suất cao nhất được khen thưởng.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    for (const occurrence of fixedPhraseOccurrences(doc)) {
      const { right, kind } = occurrence.phrase;
      // Each word takes the capitals it was written with.
      if (kind === 'misspelling') report(occurrenceProblem(occurrence, 'misspelled', (written, offset) => inCaseOf(written, right[offset]!)));
    }
  },
};
