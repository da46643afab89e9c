import type { Rule } from '../types';
import { sentenceRanges } from './helpers';
import { countLetterWords } from '../text/white-space';

interface LeadLengthOptions {
  maxFirstSentenceWords: number;
  maxWords: number;
  minWords: number;
}

export const leadLength: Rule<LeadLengthOptions> = {
  meta: {
    id: 'lead-length',
    group: 'structure',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Độ dài đoạn mở đầu và câu đầu (tính theo âm tiết)', en: 'Length of the lead and of its first sentence (in syllables)' },
      rationale: {
        vi: 'Đoạn mở đầu (sapo) hiện trên trang chủ và trong kết quả tìm kiếm; người đọc phải nắm được thời gian, địa điểm, ai, làm gì ngay từ câu đầu. Sapo quá ngắn thường thiếu một trong các yếu tố đó; câu đầu quá dài (dồn cả danh sách đại biểu) làm người đọc lạc ý chính. Tin thật trên các Cổng có câu đầu trung bình khoảng 40 âm tiết, dài nhất 113, nên ngưỡng mặc định (câu đầu tối đa 120, cả đoạn 8–200 âm tiết) chỉ bắt những trường hợp vượt hẳn thói quen viết; đơn vị có thể siết lại bằng tùy chọn. Cách sửa: tách câu, chuyển danh sách đại biểu xuống đoạn sau ("Tham dự có …").',
        en: 'The lead appears on the home page and in search results; readers must get the time, place, actor and event from its first sentence. A very short lead usually lacks one of them; a very long first sentence (the whole list of delegates packed in) buries the point. Real portal leads have a first sentence of about 40 syllables on average and 113 at most, so the defaults (first sentence up to 120, whole lead 8–200 syllables) catch only leads far outside house style; a unit can tighten them. To fix: split the sentence, move the list of delegates to a later paragraph ("Tham dự có …").',
      },
    },
    messages: {
      tooShort: {
        vi: 'Đoạn mở đầu chỉ có {count} âm tiết (tối thiểu {min}): nêu đủ thời gian, địa điểm, ai và làm gì.',
        en: 'The lead is too short ({count} of at least {min} syllables): give the time, place, actor and event.',
      },
      tooLong: {
        vi: 'Đoạn mở đầu dài {count} âm tiết (tối đa {max}): giữ ý chính, chuyển chi tiết xuống các đoạn sau.',
        en: 'The lead has {count} syllables (maximum {max}): keep the main point and move details to later paragraphs.',
      },
      firstSentenceTooLong: {
        vi: 'Câu đầu của đoạn mở đầu dài {count} âm tiết (tối đa {max}): tách câu, chuyển danh sách đại biểu xuống câu sau.',
        en: 'The first sentence of the lead has {count} syllables (maximum {max}): split it and move the list of delegates to a later sentence.',
      },
    },
    defaults: { maxFirstSentenceWords: 120, maxWords: 200, minWords: 8 },
    optionDocs: {
      maxFirstSentenceWords: { vi: 'Số âm tiết tối đa của câu đầu.', en: 'Most syllables allowed in the first sentence.' },
      maxWords: { vi: 'Số âm tiết tối đa của cả đoạn mở đầu.', en: 'Most syllables allowed in the whole lead.' },
      minWords: { vi: 'Số âm tiết tối thiểu của đoạn mở đầu.', en: 'Fewest syllables allowed in the lead.' },
    },
    examples: {
      valid: [
        {
          title: { vi: 'Sapo thông thường', en: 'A typical lead' },
          text: '# Sở Khoa học và Công nghệ tổng kết công tác năm 2026\n\nSáng 14/4, tại Hội trường UBND tỉnh, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027. Đồng chí Nguyễn Văn Hùng, Giám đốc Sở chủ trì hội nghị.\n',
        },
        {
          title: { vi: 'Câu đầu dài 112 âm tiết kèm người chủ trì, như tin dài nhất đã khảo sát', en: 'A 112-syllable first sentence naming the chair, like the longest surveyed lead' },
          text:
            '# Hội nghị sơ kết công tác nội vụ 6 tháng đầu năm\n\n' +
            '**Chiều ngày 28/6/2024, tại Hội trường Trung tâm Hội nghị tỉnh, Sở Nội vụ tổ chức Hội nghị sơ kết công tác nội vụ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024 và tập huấn nghiệp vụ về công tác tổ chức bộ máy, biên chế, cải cách hành chính, thi đua, khen thưởng cho cán bộ, công chức các sở, ban, ngành, UBND các huyện, thành phố, đồng chí Trần Văn Minh, Tỉnh ủy viên, Giám đốc Sở Nội vụ và đồng chí Lê Thị Hoa, Phó Giám đốc Sở Nội vụ đồng chủ trì hội nghị với sự tham dự của hơn 200 đại biểu.**\n',
        },
        {
          title: { vi: 'Thông cáo tiếng Anh có dòng dẫn in nghiêng dưới tiêu đề: đoạn mở đầu là đoạn có dòng ngày tháng', en: 'An English release with a deck under the headline: the lead is the paragraph with the dateline' },
          profile: 'en-press-release',
          text:
            '---\ntitle: Da Nang to host its 2026 investment promotion forum\ndate: 2026-06-15\ncity: Da Nang\nstate: Vietnam\n---\n\nFOR IMMEDIATE RELEASE\n\n# Da Nang to host its 2026 investment promotion forum\n\n' +
            '*Forum to showcase 42 projects*\n\n' +
            'DA NANG, Vietnam — June 15, 2026 — The Da Nang People’s Committee will host its annual investment promotion forum on June 20, presenting 42 projects in logistics, semiconductors and tourism to more than 500 investors from 20 countries.\n',
        },
        {
          title: { vi: 'Đơn vị đặt ngưỡng riêng', en: 'Thresholds set by the unit' },
          options: { maxFirstSentenceWords: 40, maxWords: 60, minWords: 10 },
          text: '# Khai mạc kỳ họp thứ Ba\n\nSáng 9/7, HĐND tỉnh khóa XI khai mạc kỳ họp thứ Ba tại Hội trường Trung tâm Hội nghị tỉnh.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Sapo quá ngắn', en: 'A lead that is too short' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/4, Sở tổ chức hội nghị.\n',
          expect: [{ messageId: 'tooShort', line: 3 }],
        },
        {
          title: { vi: 'Câu đầu vượt ngưỡng do đơn vị đặt', en: 'A first sentence over a threshold set by the unit' },
          options: { maxFirstSentenceWords: 30 },
          text: '# Hội nghị sơ kết công tác nội vụ\n\nChiều ngày 28/6, tại Hội trường Trung tâm Hội nghị tỉnh, Sở Nội vụ tổ chức Hội nghị sơ kết công tác nội vụ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024 và tập huấn nghiệp vụ cho cán bộ, công chức. Đồng chí Trần Văn Minh, Giám đốc Sở chủ trì hội nghị.\n',
          expect: [{ messageId: 'firstSentenceTooLong', line: 3 }],
        },
        {
          title: { vi: 'Cả đoạn vượt ngưỡng do đơn vị đặt', en: 'The whole lead over a threshold set by the unit' },
          options: { maxWords: 40 },
          text: '# Hội nghị sơ kết công tác nội vụ\n\nChiều ngày 28/6, Sở Nội vụ tổ chức Hội nghị sơ kết công tác nội vụ 6 tháng đầu năm 2024. Đồng chí Trần Văn Minh, Tỉnh ủy viên, Giám đốc Sở Nội vụ chủ trì hội nghị. Dự hội nghị có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Văn phòng UBND tỉnh và các sở, ngành.\n',
          expect: [{ messageId: 'tooLong', line: 3 }],
        },
      ],
    },
  },
  check({ doc, options, report }) {
    const lead = doc.lead;
    if (!lead) return;
    const text = lead.plain.text;
    const sentences = sentenceRanges(text);
    const whole = sentences.length > 0 ? { start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end } : { start: 0, end: text.length };
    const count = countLetterWords(text);
    const leadSpan = lead.plain.span(whole.start, whole.end);
    if (count < options.minWords) report({ messageId: 'tooShort', data: { count, min: options.minWords }, ...leadSpan });
    const tooLong = count > options.maxWords;
    if (tooLong) report({ messageId: 'tooLong', data: { count, max: options.maxWords }, ...leadSpan });

    const first = sentences[0];
    // A one-sentence lead already reported as too long needs no second message on the same words;
    // and the first sentence has no more words than the whole lead.
    if (!first || (tooLong && sentences.length === 1) || count <= options.maxFirstSentenceWords) return;
    const firstCount = countLetterWords(text.slice(first.start, first.end));
    if (firstCount > options.maxFirstSentenceWords) {
      report({ messageId: 'firstSentenceTooLong', data: { count: firstCount, max: options.maxFirstSentenceWords }, ...lead.plain.span(first.start, first.end) });
    }
  },
};
