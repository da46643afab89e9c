import type { Problem, Rule } from '../types';
import type { Span } from '../model/types';
import type { OrganizationEntry } from '../config/types';
import { foldedWords, foldWord, isAllCaps, isCapitalized, wordKey, matcherFor, miscasedWords, nameBlocks, type NameBlock, type NameMatch, type NameMatcher } from '../lang/name-matcher';
import { BUILT_IN_ORGANIZATIONS } from '../lang/organizations';
import { tokenize } from '../text/words';
import { bodyNamingFields } from './front-matter-fields';
import { isMarkedFormer, isWrittenAsFormer } from '../lang/former-names';
import { publicationDay } from './helpers';
import { parseIsoDate } from '../calendar';

/** Fields of a name that are also verbs: `Sở xây dựng quy chế` is the department drafting a regulation, not a miscased `Sở Xây dựng`. */
const VERB_FIELDS = new Set(['xây dựng', 'thống kê']);
/** What those verbs take as object; after any other word (`Sở xây dựng tỉnh`, `Sở xây dựng tham dự`) the name is miscased. */
const VERB_OBJECTS = new Set([
  'kế hoạch', 'quy chế', 'quy định', 'quy trình', 'quy hoạch', 'phương án', 'đề án', 'dự án', 'chương trình', 'dự thảo', 'tiêu chí', 'lộ trình',
  'hệ thống', 'mô hình', 'cơ sở', 'dữ liệu', 'báo cáo', 'danh sách', 'số liệu', 'văn bản', 'nông thôn', 'tình hình', 'thiệt hại',
]);
/** The two words after a name: the verb's object. */
const NEXT_TWO_WORDS = /^ (\p{Ll}+ \p{Ll}+)/u;

/** The name is written as a head word and a verb with its object after it (`Sở xây dựng quy chế`). */
function isVerbPhrase(prose: NameBlock, match: NameMatch): boolean {
  if (match.end - match.first < 2) return false;
  const last = prose.words[match.end - 1]!;
  if (!VERB_FIELDS.has(prose.text.slice(prose.words[match.first + 1]!.start, last.end))) return false;
  const object = NEXT_TWO_WORDS.exec(prose.text.slice(last.end))?.[1];
  return object !== undefined && VERB_OBJECTS.has(object);
}

/** The text is dated after `day` (a text without a date is not). */
function isAfter(date: string | undefined, day: string): boolean {
  return date !== undefined && date > day;
}

/** The day after a name's last day (`2025-02-28` → `01/3/2025`), the way Vietnamese text writes a date: the first day under the new name. */
function firstDayAfter(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  // Date.UTC carries a day past the month's end into the next month (and year).
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return `${String(next.getUTCDate()).padStart(2, '0')}/${next.getUTCMonth() + 1}/${next.getUTCFullYear()}`;
}

/** A report of the words of a name written in the wrong case, fixed to the dictionary's initials. */
function caseProblem(prose: NameBlock, match: NameMatch, wrong: readonly number[]): Problem {
  /** The dictionary's initial for the wrong words of `[from, to)`; the others are kept. */
  const initials = (from: number, to: number): Array<boolean | undefined> =>
    Array.from({ length: to - from }, (_, offset) => (wrong.includes(from + offset) ? isCapitalized(match.canonical[from + offset - match.first]!) : undefined));
  const data = { written: prose.slice(match.first, match.end), expected: prose.recased(match.first, initials(match.first, match.end)) };
  return prose.caseProblem('wrongCase', wrong[0]!, initials(wrong[0]!, wrong[wrong.length - 1]! + 1), data);
}

export const orgNameCase: Rule = {
  meta: {
    id: 'org-name-case',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Tên cơ quan, tổ chức viết hoa đúng Nghị định 30/2020 và còn hiệu lực vào ngày đăng',
        en: 'Names of state bodies are capitalized as Decree 30/2020 writes them, and still valid on the publication date',
      },
      rationale: {
        vi: 'Phụ lục II Nghị định 30/2020/NĐ-CP (mục IV.1) quy định viết hoa chữ cái đầu của các từ chỉ loại hình cơ quan và chức năng, lĩnh vực: "Sở Thông tin và Truyền thông", "Ủy ban nhân dân tỉnh Đồng Tháp", "Ban Thường vụ Tỉnh ủy", "Đoàn Thanh niên Cộng sản Hồ Chí Minh". Viết sai ("Sở Thông tin và truyền thông", "Quốc Hội", "Văn phòng chính phủ") là lỗi thường gặp trên các Cổng. Quy tắc so tên trong bài với từ điển tên cơ quan (các bộ, các sở theo Nghị định 45/2025/NĐ-CP, cơ quan Đảng, Mặt trận, đoàn thể cấp tỉnh; bổ sung bằng `organizations` trong cấu hình) và với "Sở/Bộ + lĩnh vực" ("Sở giáo dục" → "Sở Giáo dục"); sửa tự động chỉ đổi chữ hoa, chữ thường, giữ nguyên cách đặt dấu của bài ("Uỷ ban" hay "Ủy ban" là việc của quy tắc tone-style-mixed). Tên viết toàn chữ in hoa (tiêu đề, "UBND") và tên viết thường toàn bộ ("ủy ban nhân dân các cấp", danh từ chung) không bị xét. Tên có ngày cuối cùng được dùng (`validUntil` trong `organizations`, tính cả ngày đó; các sở, bộ sáp nhập từ 01/3/2025, như Sở Thông tin và Truyền thông, dùng đến hết 28/02/2025) được báo khi bài có ngày đăng (`date`) sau ngày đó, trong bài cũng như trong `agency`, `parentAgency`, `unit`, `source` và nơi nhận (`recipients`) của front matter, kèm tên cơ quan tiếp nhận; không sửa tự động vì bài có thể đang nói về sự kiện trước đó; tên cũ đã ghi rõ là tên cũ ("(nay là …)", "(cũ)", "nguyên …") hay nằm trong câu nói về thời gian trước đó (sắp xếp, sáp nhập, một năm trước năm đổi tên như "Năm 2024, …", một tháng trước ngày đổi tên) không bị báo. "Sở xây dựng quy chế" (sở soạn quy chế) không phải tên "Sở Xây dựng" viết sai.',
        en: 'Decree 30/2020/NĐ-CP, Appendix II (§IV.1), capitalizes the first letter of the words naming the kind of body and its function or field: "Sở Thông tin và Truyền thông", "Ủy ban nhân dân tỉnh Đồng Tháp", "Ban Thường vụ Tỉnh ủy", "Đoàn Thanh niên Cộng sản Hồ Chí Minh". Wrong forms ("Sở Thông tin và truyền thông", "Quốc Hội", "Văn phòng chính phủ") are common on portals. The rule compares names in the text with a dictionary of state bodies (ministries, the provincial departments of Decree 45/2025/NĐ-CP, Party, Front and mass-organization bodies; extended by `organizations` in the configuration) and with "Sở/Bộ + field" ("Sở giáo dục" → "Sở Giáo dục"); the fix only changes letter case and keeps the text\'s tone-mark placement ("Uỷ ban" versus "Ủy ban" is tone-style-mixed\'s business). Names in capitals (headers, "UBND") and names written entirely in lowercase ("ủy ban nhân dân các cấp", a common noun) are not checked. Names with a last day of use (`validUntil` in `organizations`, that day included; departments and ministries merged on 01/3/2025, such as the Sở Thông tin và Truyền thông, were used through 28/02/2025) are reported when the article\'s `date` is after it, in the text and in the front matter\'s `agency`, `parentAgency`, `unit`, `source` and `recipients`, with the body that took over; there is no automatic fix because the article may be about earlier events; an old name marked as one ("(nay là …)", "(cũ)", "nguyên …") or in a sentence about the time before the change (the reorganization, a year before the change as in "Năm 2024, …", a month before it) is not reported. "Sở xây dựng quy chế" (the department drafting a regulation) is not a miscased "Sở Xây dựng".',
      },
    },
    messages: {
      wrongCase: {
        vi: 'Tên cơ quan "{written}" viết hoa chưa đúng: viết "{expected}" (Nghị định 30/2020, Phụ lục II).',
        en: 'The name "{written}" is not capitalized as the decree writes it: write "{expected}" (Decree 30/2020, Appendix II).',
      },
      outdated: {
        vi: '"{written}" không còn tên này từ ngày {since}; nay là "{successor}". Nếu bài không nói về thời gian trước đó, hãy dùng tên mới.',
        en: '"{written}" no longer exists under this name since {since}; it is now "{successor}". Unless the article is about earlier events, use the new name.',
      },
      outdatedNoSuccessor: {
        vi: '"{written}" không còn tên này từ ngày {since}. Nếu bài không nói về thời gian trước đó, hãy dùng tên hiện hành.',
        en: '"{written}" no longer exists under this name since {since}. Unless the article is about earlier events, use the current name.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tên cơ quan viết đúng, kể cả kiểu dấu "Uỷ ban"', en: 'Names written correctly, old-style "Uỷ ban" included' },
          text:
            '---\ndate: 2026-04-14\n---\n\n# Sở Khoa học và Công nghệ sơ kết phong trào chuyển đổi số\n\n' +
            'Sáng 14/4, tại hội trường Uỷ ban nhân dân tỉnh Đồng Tháp, Sở Khoa học và Công nghệ phối hợp với Sở Văn hóa, Thể thao và Du lịch, Ban Thường vụ Tỉnh ủy và Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh tổ chức hội nghị sơ kết.\n',
        },
        {
          title: { vi: 'Chữ in hoa ở tiêu đề và danh từ chung viết thường', en: 'Capitals in a header and a common noun in lowercase' },
          text: '---\ndate: 2026-04-10\n---\n\n## SỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nCác ủy ban nhân dân xã, phường phối hợp với Bộ Công Thương và Sở Nông nghiệp và Môi trường triển khai kế hoạch.\n',
        },
        {
          title: { vi: 'Bài không có ngày đăng: tên cũ không bị báo', en: 'No publication date: old names are not reported' },
          text: '# Lễ ký kết\n\nSở Thông tin và Truyền thông và Tỉnh đoàn ký kết chương trình phối hợp.\n',
        },
        {
          title: { vi: 'Bài trước ngày sáp nhập dùng tên cũ', en: 'An article from before the merger uses the old name' },
          text: '---\ndate: 2024-11-20\n---\n\n# Hội nghị\n\nSở Kế hoạch và Đầu tư chủ trì hội nghị xúc tiến đầu tư.\n',
        },
        {
          title: {
            vi: 'Tên trong "organizations" được dùng đến hết ngày "validUntil" (như "until" của chức vụ)',
            en: 'A name in "organizations" is in use through its "validUntil" day (as a title\'s "until")',
          },
          settings: {
            organizations: [
              { name: 'Chi cục Phát triển nông thôn', validUntil: '2025-06-30', successor: 'Chi cục Kinh tế hợp tác và Phát triển nông thôn' },
            ],
          },
          text: '---\ndate: 2025-06-30\n---\n\n# Tổng kết công tác\n\nChi cục Phát triển nông thôn tổng kết 10 năm hoạt động.\n',
        },
        {
          title: { vi: 'Tên cũ ghi rõ là tên cũ, hay trong câu về thời gian trước khi đổi tên', en: 'An old name marked as such, or in a sentence about the time before the change' },
          text: '---\ndate: 2026-05-10\n---\n\n# Vận hành trạm quan trắc\n\nDự án do Sở Tài nguyên và Môi trường tỉnh Bình Định (nay là Sở Nông nghiệp và Môi trường tỉnh Gia Lai) làm chủ đầu tư. Hồ sơ do Sở Kế hoạch và Đầu tư (cũ) thẩm định. Năm 2024, Sở Giao thông vận tải tỉnh Bình Định lập danh mục 35 điểm đen; tháng 1/2025, Sở Thông tin và Truyền thông khai trương cổng dữ liệu.\n',
        },
        {
          title: { vi: 'Câu kể việc hợp nhất các sở cũ', en: 'A sentence telling of the merger of the former departments' },
          text: '---\ndate: 2025-12-10\n---\n\n# Ra mắt Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long\n\nSáng 9/12, tỉnh Vĩnh Long ra mắt Sở Nông nghiệp và Môi trường. Sở được hình thành trên cơ sở hợp nhất Sở Nông nghiệp và Phát triển nông thôn với Sở Tài nguyên và Môi trường.\n',
        },
        {
          title: { vi: 'Câu kể sở mới tiếp nhận nhiệm vụ của sở cũ', en: 'A sentence telling how the new department took over the former one\'s duties' },
          text: '---\ndate: 2026-03-20\n---\n\n# Hưng Yên phổ cập kỹ năng số cho người dân\n\nSáng 19/3, Sở Khoa học và Công nghệ tỉnh Hưng Yên tổ chức hội nghị về kỹ năng số. Từ ngày 1/3/2025, Sở Khoa học và Công nghệ tiếp nhận chức năng, nhiệm vụ của Sở Thông tin và Truyền thông.\n',
        },
        {
          title: { vi: '"Sở" và động từ trùng tên sở: "Sở xây dựng quy chế"', en: '"Sở" and a verb that is also a department\'s field: "Sở xây dựng quy chế"' },
          text: '# Vận hành trạm quan trắc\n\nPhó Chủ tịch UBND tỉnh đề nghị Sở xây dựng quy chế khai thác, chia sẻ dữ liệu.\n',
        },
        {
          title: { vi: 'Chữ thường ghép với chữ trước nó ("cán bộ", "hội viên") không mở đầu tên', en: 'A lowercase word joined to the word before it ("cán bộ", "hội viên") does not open a name' },
          text: '# Ra quân\n\nCán bộ Công an tỉnh cùng hội viên Hội Nông dân các xã ra quân tuyên truyền; các ủy ban nhân dân xã, phường phối hợp thực hiện.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Nơi nhận ghi tên sở trước sáp nhập', en: 'A recipient under a department\'s name from before the merger' },
          profile: 'vn-press-release',
          text: '---\ndate: 2025-11-24\nrecipients:\n  - Sở Thông tin và Truyền thông tỉnh An Giang\n  - Sở Kế hoạch và Đầu tư (cũ)\n  - "Lưu: VT, VP."\n---\n\n# Thông cáo báo chí về Lễ hội Nghinh Ông\n',
          expect: [{ messageId: 'outdated', line: 4 }],
        },
        {
          title: { vi: 'Tên sở viết thường, sau đó là địa danh', en: 'A department\'s name in lower case, followed by its place' },
          text: '# Kiểm tra công trình\n\nĐoàn kiểm tra của Sở xây dựng tỉnh Gia Lai làm việc tại công trình.\n',
          expect: [{ messageId: 'wrongCase', line: 3 }],
          output: '# Kiểm tra công trình\n\nĐoàn kiểm tra của Sở Xây dựng tỉnh Gia Lai làm việc tại công trình.\n',
        },
        {
          title: { vi: '"Đoàn đại biểu Quốc hội": chữ "đại biểu" viết thường', en: '"Đoàn đại biểu Quốc hội": "đại biểu" in lower case' },
          text: '# Tiếp xúc cử tri\n\nSáng 3/4, Đoàn Đại biểu Quốc hội tỉnh tiếp xúc cử tri tại xã Mỹ An.\n',
          expect: [{ messageId: 'wrongCase', line: 3 }],
          output: '# Tiếp xúc cử tri\n\nSáng 3/4, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri tại xã Mỹ An.\n',
        },
        {
          title: { vi: 'Chữ "truyền thông" phải viết hoa', en: '"truyền thông" must be capitalized' },
          text: '# Tập huấn\n\nSở Thông tin và truyền thông tổ chức lớp tập huấn cho cán bộ Quốc Hội và Văn phòng chính phủ.\n',
          expect: [
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
          ],
          output: '# Tập huấn\n\nSở Thông tin và Truyền thông tổ chức lớp tập huấn cho cán bộ Quốc hội và Văn phòng Chính phủ.\n',
        },
        {
          title: { vi: 'Viết hoa mọi chữ, kiểu dấu "Uỷ" được giữ', en: 'Every word capitalized; the old-style "Uỷ" is kept' },
          text: '# Hội nghị\n\nĐồng chí Lê Văn Hai, Ủy viên Ban thường vụ Tỉnh Uỷ, dự hội nghị cùng Ủy ban Nhân dân huyện và Sở tài chính.\n',
          expect: [
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
          ],
          output: '# Hội nghị\n\nĐồng chí Lê Văn Hai, Ủy viên Ban Thường vụ Tỉnh uỷ, dự hội nghị cùng Ủy ban nhân dân huyện và Sở Tài chính.\n',
        },
        {
          title: { vi: 'Tên tổ chức xã hội: Hội Chữ thập đỏ, Liên minh Hợp tác xã', en: 'Mass organizations: Hội Chữ thập đỏ, Liên minh Hợp tác xã' },
          text: '# Hiến máu tình nguyện\n\nHội chữ thập đỏ tỉnh phối hợp với Liên minh hợp tác xã tỉnh tổ chức ngày hội hiến máu.\n',
          expect: [
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
          ],
          output: '# Hiến máu tình nguyện\n\nHội Chữ thập đỏ tỉnh phối hợp với Liên minh Hợp tác xã tỉnh tổ chức ngày hội hiến máu.\n',
        },
        {
          title: { vi: 'Viết hoa các chữ sau nhưng quên viết hoa chữ đầu của tên', en: 'The later words capitalized but not the first word of the name' },
          text: '# Hội nghị\n\nSáng 19/12, hội Nông dân tỉnh phối hợp với ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tuyên truyền. Dịp này, ban chấp hành Tỉnh đoàn trao tặng Bằng khen cho 15 tập thể.\n',
          expect: [
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
          ],
          output: '# Hội nghị\n\nSáng 19/12, Hội Nông dân tỉnh phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tuyên truyền. Dịp này, Ban Chấp hành Tỉnh đoàn trao tặng Bằng khen cho 15 tập thể.\n',
        },
        {
          title: { vi: 'Tên rút gọn "Sở + lĩnh vực"', en: 'A shortened "Sở + field" name' },
          text: '# Khai giảng\n\nĐại diện Sở giáo dục tỉnh dự lễ khai giảng.\n',
          expect: [{ messageId: 'wrongCase', line: 3 }],
          output: '# Khai giảng\n\nĐại diện Sở Giáo dục tỉnh dự lễ khai giảng.\n',
        },
        {
          title: { vi: 'Tên cơ quan đã sáp nhập trong bài đăng sau ngày 01/3/2025', en: 'A merged department in an article dated after 01/3/2025' },
          text: '---\ndate: 2025-06-12\n---\n\n# Hội nghị\n\nSở Thông tin và Truyền thông phối hợp với Sở Giao thông vận tải tổ chức hội nghị. Sở Thông tin và Truyền thông cũng ra mắt tổ công nghệ số.\n',
          expect: [
            { messageId: 'outdated', line: 7 },
            { messageId: 'outdated', line: 7 },
          ],
        },
      ],
    },
  },
  check({ doc, profile, settings, report }) {
    if (profile.language !== 'vi') return;
    const day = publicationDay(doc);
    const reportOutdated = (entry: OrganizationEntry, written: string, span: Span): void => {
      const since = firstDayAfter(entry.validUntil!);
      if (entry.successor) report({ messageId: 'outdated', data: { written, since, successor: entry.successor }, ...span });
      else report({ messageId: 'outdatedNoSuccessor', data: { written, since }, ...span });
    };
    // The header's agencies, the byline's unit and the recipients name current bodies: each is reported, at its value.
    if (day !== undefined) {
      for (const field of bodyNamingFields(doc)) {
        const found = formerNameIn(field.text, day, settings.organizations) ?? formerNameIn(field.text, day, BUILT_IN_ORGANIZATIONS);
        if (found) reportOutdated(found.entry, found.written, field.span());
      }
    }
    // In the text, once per name: the writer decides once whether the article is about earlier events.
    const reportedOutdated = new Set<OrganizationEntry>();
    const matcher = matcherFor(settings.organizations);
    for (const prose of nameBlocks(doc, settings.organizations)) {
      for (const match of prose.names) {
        const { validUntil } = match.entry;
        if (validUntil !== undefined && !reportedOutdated.has(match.entry) && isAfter(day, validUntil) && !isWrittenAsFormer(prose.text, prose.words, match.first, match.end, validUntil)) {
          reportedOutdated.add(match.entry);
          reportOutdated(match.entry, prose.slice(match.first, match.end), prose.block.plain.span(prose.words[match.first]!.start, prose.words[match.end - 1]!.end));
        }
        const wrong = miscasedWords(match, prose);
        if (wrong.length > 0 && !isVerbPhrase(prose, match)) report(caseProblem(prose, match, wrong));
      }
      for (const match of namesMissingFirstCapital(prose, matcher)) report(caseProblem(prose, match, miscasedWords(match, prose)));
    }
  },
};

/**
 * Words after which a lowercase word opens a name rather than ends a word of
 * two (`cơ sở`, `cán bộ`, `đại hội`, `xã hội`): prepositions and
 * conjunctions, and the last words of `đại diện`, `chủ trì`, and of the
 * titles a name follows (`Chủ tịch`, `Giám đốc`, `Bí thư`, `Trưởng`, `Ủy viên`).
 */
const BEFORE_NAME = new Set(
  ['của', 'với', 'và', 'cho', 'tại', 'thuộc', 'cùng', 'là', 'do', 'bởi', 'từ', 'đến', 'giữa', 'về', 'trong', 'theo', 'diện', 'trì', 'tịch', 'đốc', 'thư', 'trưởng', 'viên'].map(foldWord),
);

/**
 * Names written with a lowercase first word but a later word capitalized as
 * the name writes it (`hội Nông dân tỉnh`, `ban Tổ chức`), or right before a
 * capitalized word of the name they head (`ban chấp hành Tỉnh đoàn`): the
 * writer meant the name and missed its first capital. A name all in lowercase is a common
 * noun (`các ủy ban nhân dân xã`), so it is left alone; and the first word
 * must follow punctuation or a word of BEFORE_NAME, as a lowercase word
 * joined to the one before may be a word of two (`cơ sở Giáo dục`).
 */
function namesMissingFirstCapital(prose: NameBlock, matcher: NameMatcher): NameMatch[] {
  const found: NameMatch[] = [];
  let nextName = 0;
  let next = 0;
  for (const index of prose.starts) {
    if (index < next || prose.capitals[index]) continue;
    while (nextName < prose.names.length && prose.names[nextName]!.end <= index) nextName++;
    if (prose.names[nextName] !== undefined && prose.names[nextName]!.first <= index) continue;
    if (prose.adjacent(index) && !BEFORE_NAME.has(prose.key(index - 1))) continue;
    const match = matcher.matchAt(prose, index);
    if (!match || !(writesLaterCapital(match, prose) || (prose.capitals[match.end] && prose.adjacent(match.end)))) continue;
    found.push(match);
    next = match.end;
  }
  return found;
}


/** Some word after the name's first is written with the capital the name gives it. */
function writesLaterCapital(match: NameMatch, prose: NameBlock): boolean {
  for (let index = match.first + 1; index < match.end; index++) {
    if (prose.capitals[index] && isCapitalized(match.canonical[index - match.first]!) && !isAllCaps(prose.words[index]!.text)) return true;
  }
  return false;
}

/** A name with a last day, written in a front matter value. */
interface WrittenFormerName {
  entry: OrganizationEntry;
  written: string;
}

/**
 * The names with a last day written in each front matter value (unless
 * marked as former), per dictionary: a department's unit, source and
 * recipients recur in every release it writes.
 */
const formerNamesByDictionary = new WeakMap<readonly OrganizationEntry[], Map<string, WrittenFormerName[]>>();
const MAX_REMEMBERED_VALUES = 10_000;

/**
 * A name that is no longer used on `day` written in `text` (a front matter
 * value such as a recipient, `Sở Thông tin và Truyền thông tỉnh An Giang`),
 * in any case, unless it is marked as former.
 */
function formerNameIn(text: string, day: string, entries: readonly OrganizationEntry[]): WrittenFormerName | undefined {
  let byText = formerNamesByDictionary.get(entries);
  if (byText === undefined) formerNamesByDictionary.set(entries, (byText = new Map()));
  let written = byText.get(text);
  if (written === undefined) {
    if (byText.size >= MAX_REMEMBERED_VALUES) byText.clear();
    byText.set(text, (written = formerNamesWritten(text, entries)));
  }
  return written.find(({ entry }) => isAfter(day, entry.validUntil!));
}

/** The names with a last day that `text` writes, in any case, left out where marked as former. */
function formerNamesWritten(text: string, entries: readonly OrganizationEntry[]): WrittenFormerName[] {
  const words = tokenize(text);
  const keys = words.map(wordKey);
  const found: WrittenFormerName[] = [];
  for (const entry of entries) {
    if (entry.validUntil === undefined) continue;
    const name = foldedWords(entry.name);
    for (let first = 0; first + name.length <= keys.length; first++) {
      if (!name.every((key, offset) => keys[first + offset] === key)) continue;
      const [start, end] = [words[first]!.start, words[first + name.length - 1]!.end];
      if (isMarkedFormer(text, start, end)) continue;
      found.push({ entry, written: text.slice(start, end) });
      break;
    }
  }
  return found;
}
