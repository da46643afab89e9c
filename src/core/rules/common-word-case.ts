import type { Rule } from '../types';
import type { PressRelease } from '../model/types';
import { foldPhrase, foldWord, isAllCaps, nameBlocks, PhraseIndex, type NameBlock, type PhraseMatch } from '../lang/name-matcher';
import { SURNAMES } from '../lang/person-names';
import { PLURAL_MARKERS } from '../lang/quantifiers';

/**
 * Common words of event news that editors find capitalized mid-sentence
 * (real-articles-patterns.md §10.4: `Buổi Lễ`, `Kỷ niệm`, `Lãnh đạo`,
 * `Họp báo`, `Khai mạc`). Words that often open an event's own name
 * (`Hội nghị`, `Hội thảo`) are reported only with every syllable
 * capitalized (`Tại Hội Nghị, …`), which no name writes: `tổ chức Hội nghị
 * sơ kết …` is a naming choice. `Lễ` is left out.
 */
type CommonPhrase = 'common' | 'never-heads-a-name' | 'every-syllable-capitalized' | 'after-plural' | 'name';
const COMMON_PHRASES = new PhraseIndex<CommonPhrase>([
  ...[
    'buổi lễ', 'buổi làm việc', 'buổi họp', 'buổi gặp mặt', 'buổi', 'kỷ niệm', 'kỉ niệm',
    'họp báo', 'khai mạc', 'bế mạc', 'đại biểu', 'cán bộ', 'phát biểu', 'tham dự', 'chủ trì',
  ].map((phrase): [string, CommonPhrase] => [phrase, 'common']),
  // `lãnh đạo` opens no name or title (`Lãnh đạo Sở Y tế cùng đoàn …` mid-sentence is `lãnh đạo Sở Y tế`), nor does
  // `Hội Nghị` or `Hội Thảo` with every syllable capitalized (`tổ chức Hội Thảo Khoa Học`).
  ['lãnh đạo', 'never-heads-a-name'],
  ...['hội nghị', 'hội thảo'].map((phrase): [string, CommonPhrase] => [phrase, 'every-syllable-capitalized']),
  // Nouns for people and bodies in general, which a plural marker makes common nouns: `các Doanh nghiệp hai tỉnh`.
  ...['doanh nghiệp', 'cơ quan', 'đơn vị', 'địa phương', 'hộ dân', 'người dân', 'nông dân', 'học sinh', 'sinh viên', 'giáo viên', 'đoàn viên', 'hội viên', 'đồng chí', 'lực lượng', 'thành viên', 'thí sinh', 'phụ huynh'].map(
    (phrase): [string, CommonPhrase] => [phrase, 'after-plural'],
  ),
  // Names that start with a listed word (Phụ lục II §V.2: an award): matched first, never reported.
  ...['kỷ niệm chương', 'kỉ niệm chương'].map((phrase): [string, CommonPhrase] => [phrase, 'name']),
]);


/** Openers of a sentence whose capital says nothing about the words after them (`Nhân dịp Kỷ niệm …`, `Tham dự Buổi lễ …`, `Phát biểu Khai mạc, …`). */
const SENTENCE_OPENERS = new Set(
  ['nhân dịp', 'trong dịp', 'sáng nay', 'chiều nay', 'tối nay', 'hôm nay', 'sau khi', 'trước khi', 'tại buổi', 'trong buổi', 'tham dự', 'đến dự', 'về dự', 'phát biểu', 'chủ trì', 'kết thúc'].map(
    foldPhrase,
  ),
);
/** One-word openers of the same kind, capitalized only because they open the sentence: `Dự Buổi Lễ có …`, `Tại Buổi Lễ, …`. */
const SENTENCE_OPENING_WORDS = new Set(['dự', 'tại', 'trong', 'sau', 'trước', 'theo', 'qua', 'cùng', 'nhân'].map(foldPhrase));

/**
 * The phrase `[index, end)` is a common word here: capitalized mid-sentence,
 * not part of a name (no capitalized word just before it, allowing one
 * lowercase syllable between: `Ban Lãnh đạo`, `Lễ Kỷ niệm`, `Hội nghị Cán
 * bộ, công chức`, but not `Nhân dịp`), and, when it `mayHeadName`, not the head of
 * one (the word after is not capitalized: `Đại biểu Quốc hội`).
 */
function miscapitalizedAt(prose: NameBlock, index: number, end: number, mayHeadName = true): boolean {
  if (isAllCaps(prose.words[index]!.text) || prose.opensClause(index)) return false;
  const previous = index - 1;
  if (prose.adjacent(index)) {
    if (prose.capitals[previous] && !(prose.opensClause(previous) && SENTENCE_OPENING_WORDS.has(prose.key(previous)))) return false;
    const opener = `${prose.key(previous - 1)} ${prose.key(previous)}`;
    if (prose.adjacent(previous) && prose.capitals[previous - 1] && !SENTENCE_OPENERS.has(opener)) return false;
  }
  return !(mayHeadName && prose.capitals[end] && prose.adjacent(end));
}

/** The word follows a plural marker (`các Doanh nghiệp`, `những Hội nghị`): a common noun, unless written in capitals. */
function followsPluralMarker(prose: NameBlock, index: number): boolean {
  return prose.adjacent(index) && PLURAL_MARKERS.has(prose.key(index - 1)) && !isAllCaps(prose.words[index]!.text);
}

/** A name that starts with a listed phrase is taken as it stands; a listed phrase, where it is miscapitalized. */
function isReportedOrName({ value, end }: PhraseMatch<CommonPhrase>, prose: NameBlock, index: number): boolean {
  if (value === 'name') return true;
  if (value === 'after-plural') return followsPluralMarker(prose, index);
  // `các Hội nghị, hội thảo` are events in general; `các Hội nghị Trung ương` still heads names.
  if (value === 'every-syllable-capitalized' && prose.capitals.slice(index, end).includes(false)) {
    return followsPluralMarker(prose, index) && !(prose.capitals[end] && prose.adjacent(end));
  }
  return miscapitalizedAt(prose, index, end, value === 'common');
}

export const commonWordCase: Rule = {
  meta: {
    id: 'common-word-case',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Không viết hoa danh từ chung giữa câu: "buổi lễ", "lãnh đạo", "kỷ niệm", "họp báo", "khai mạc", "hội nghị", "ông", "bà", "đồng chí"',
        en: 'No capitals for common words mid-sentence: "buổi lễ", "lãnh đạo", "kỷ niệm", "họp báo", "khai mạc", "hội nghị", "ông", "bà", "đồng chí"',
      },
      rationale: {
        vi: 'Phụ lục II Nghị định 30/2020/NĐ-CP chỉ viết hoa đầu câu, tên riêng và các trường hợp được liệt kê. Tin bài trên các Cổng hay viết hoa tùy tiện các từ thông thường của tin sự kiện ("Buổi Lễ", "Lãnh đạo tỉnh", "tổ chức Họp báo", "đã Khai mạc", "các Đại biểu"). Quy tắc chỉ xét một danh sách ngắn các từ không bao giờ là tên riêng trong thể loại này, khi từ đó đứng giữa câu, không nằm sau một chữ viết hoa (phần của một tên: "Ban Lãnh đạo", "Lễ Kỷ niệm") và không đứng trước một chữ viết hoa (mở đầu một tên hay chức danh: "Đại biểu Quốc hội"), trừ "lãnh đạo", không bao giờ mở đầu tên riêng ("…, Lãnh đạo Sở Y tế cùng đoàn…" viết "lãnh đạo Sở Y tế"); danh từ chỉ người, đơn vị nói chung ("doanh nghiệp", "cơ quan", "đơn vị", "hộ dân", "học sinh"…) bị xét khi đứng sau "các", "những", "mọi", "nhiều" ("các Doanh nghiệp hai tỉnh"); sửa tự động thành chữ thường. "Lễ" không bị xét, "Hội nghị", "Hội thảo" chỉ bị xét khi viết hoa cả hai âm tiết ("Tại Hội Nghị, …"), vì thường là đầu tên sự kiện ("Lễ công bố…", "Hội nghị Trung ương 8"); tên giải thưởng như "Kỷ niệm chương" cũng không bị xét. "ông", "bà", "đồng chí" trước họ tên một người ở giữa câu ("…, Ông Nguyễn Văn Dũng, Giám đốc…", "…, Ông Khamphet Sengmany cảm ơn…") cũng viết thường; "Bà", "Ông" trong tên đường, tên đất ("đường Bà Triệu", "tỉnh Bà Rịa", "cầu Ông Lãnh") không bị xét, và thành phần tham dự do quy tắc participants-honorific xét.',
        en: 'Decree 30/2020/NĐ-CP, Appendix II, capitalizes sentence starts, proper names and the cases it lists. Portal news often capitalizes ordinary words of event reporting at random ("Buổi Lễ", "Lãnh đạo tỉnh", "tổ chức Họp báo", "đã Khai mạc", "các Đại biểu"). The rule checks only a short list of words that are never proper names in this genre, mid-sentence, not after a capitalized word (part of a name: "Ban Lãnh đạo", "Lễ Kỷ niệm") and not before one (opening a name or title: "Đại biểu Quốc hội"), except "lãnh đạo", which opens no name ("…, Lãnh đạo Sở Y tế cùng đoàn…" is "lãnh đạo Sở Y tế"); nouns for people and bodies in general ("doanh nghiệp", "cơ quan", "đơn vị", "hộ dân", "học sinh"…) are checked after "các", "những", "mọi", "nhiều" ("các Doanh nghiệp hai tỉnh"); the fix writes them in lowercase. "Lễ" is not checked, and "Hội nghị" and "Hội thảo" only with both syllables capitalized ("Tại Hội Nghị, …"), because they often open an event\'s name ("Lễ công bố…", "Hội nghị Trung ương 8"), nor are award names such as "Kỷ niệm chương". "ông", "bà" and "đồng chí" before a person\'s full name mid-sentence ("…, Ông Nguyễn Văn Dũng, Giám đốc…", "…, Ông Khamphet Sengmany cảm ơn…") are lowercase too; "Bà" and "Ông" in street and place names ("đường Bà Triệu", "tỉnh Bà Rịa", "cầu Ông Lãnh") are not checked, and participant lists are participants-honorific\'s.',
      },
    },
    messages: {
      capitalized: {
        vi: '"{written}" là từ thông thường, không viết hoa giữa câu: viết "{expected}".',
        en: '"{written}" is a common word and takes no capital mid-sentence: write "{expected}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Từ thông thường viết thường, tên và chức danh viết hoa', en: 'Common words in lowercase; names and titles capitalized' },
          text:
            '# Họp báo công bố kết quả Đại hội\n\n' +
            'Chiều 14/4, Sở Khoa học và Công nghệ tổ chức họp báo. Tham dự buổi họp báo có lãnh đạo Sở, Đại biểu Quốc hội tỉnh và các đại biểu.\n\n' +
            'Lãnh đạo tỉnh đánh giá cao kết quả. Ban Lãnh đạo Sở cho biết, Lễ Kỷ niệm 50 năm thành lập sẽ diễn ra vào tháng 5. Các Hội nghị Trung ương gần đây đã định hướng công tác này.\n\n' +
            'Ông nhấn mạnh: “Buổi lễ hôm nay là dịp để nhìn lại chặng đường đã qua.”\n',
        },
        {
          title: { vi: 'Chú thích ảnh, danh sách và tên giải thưởng', en: 'Captions, lists and award names' },
          text:
            '# Trao Kỷ niệm chương\n\n' +
            'Chiều 20/6, Hội Nhà báo tỉnh trao Kỷ niệm chương Vì sự nghiệp Báo chí Việt Nam cho 12 hội viên.\n\n' +
            '- Lãnh đạo tỉnh dự lễ\n- Đại biểu các cơ quan báo chí\n\n' +
            'Doanh nghiệp tư nhân Thành Đạt và Hợp tác xã Tân Hòa ký hợp đồng bao tiêu; các DOANH NGHIỆP khác đăng ký tham gia.\n\n' +
            '*Lãnh đạo Hội Nhà báo tỉnh trao Kỷ niệm chương cho các hội viên*\n',
        },
        {
          title: { vi: 'Ông, bà đầu câu và trong tên đường, tên đất', en: 'Ông and bà opening a sentence, and in street and place names' },
          text:
            '# Khánh thành cầu Ông Lãnh mới\n\n' +
            'Sáng 2/9, UBND phường khánh thành cầu trên đường Bà Triệu, nối với tỉnh Bà Rịa cũ. Ông Nguyễn Văn Dũng, Chủ tịch UBND phường, cắt băng khánh thành; du khách đến Sun World Bà Nà Hills tăng, ghe thuyền về cửa biển Ông Đốc.\n',
        },
      ],
      invalid: [
        {
          title: { vi: '"Ông", "Đồng chí" viết hoa giữa câu, trước tên người', en: '"Ông" and "Đồng chí" capitalized mid-sentence, before a name' },
          text:
            '# Bệnh viện kỷ niệm Ngày Thầy thuốc Việt Nam\n\n' +
            'Thay mặt đội ngũ cán bộ, viên chức, Ông Nguyễn Văn Dũng, Giám đốc Bệnh viện, cảm ơn sự quan tâm của Đồng chí Lê Thị Hoa. Phát biểu tại buổi lễ, Bà Helena Lindqvist chúc mừng bệnh viện.\n',
          expect: [
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
          ],
          output:
            '# Bệnh viện kỷ niệm Ngày Thầy thuốc Việt Nam\n\n' +
            'Thay mặt đội ngũ cán bộ, viên chức, ông Nguyễn Văn Dũng, Giám đốc Bệnh viện, cảm ơn sự quan tâm của đồng chí Lê Thị Hoa. Phát biểu tại buổi lễ, bà Helena Lindqvist chúc mừng bệnh viện.\n',
        },
        {
          title: { vi: '"Hội Nghị" viết hoa cả hai âm tiết; "Hội nghị …" mở đầu tên sự kiện thì giữ nguyên', en: '"Hội Nghị" with both syllables capitalized; "Hội nghị …" opening an event\'s name is kept' },
          text:
            '# Đồng Nai xúc tiến đầu tư\n\n' +
            'Sáng 8/9, UBND tỉnh tổ chức Hội nghị xúc tiến đầu tư năm 2026. Tại Hội Nghị, UBND tỉnh trao quyết định chủ trương đầu tư cho 12 dự án; các doanh nghiệp dự Hội Thảo Việt Nam – Nhật Bản.\n',
          expect: [
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
          ],
          output:
            '# Đồng Nai xúc tiến đầu tư\n\n' +
            'Sáng 8/9, UBND tỉnh tổ chức Hội nghị xúc tiến đầu tư năm 2026. Tại hội nghị, UBND tỉnh trao quyết định chủ trương đầu tư cho 12 dự án; các doanh nghiệp dự hội thảo Việt Nam – Nhật Bản.\n',
        },
        {
          title: { vi: 'Từ thông thường viết hoa giữa câu', en: 'Common words capitalized mid-sentence' },
          text:
            '# Khai mạc hội chợ\n\n' +
            'Sáng 14/4, UBND tỉnh tổ chức Khai mạc hội chợ. Phát biểu tại Buổi Lễ, ông Nguyễn Văn Hai đề nghị Lãnh đạo các sở, ngành phối hợp; các Đại biểu đã tham quan gian hàng.\n',
          expect: [
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
          ],
          output:
            '# Khai mạc hội chợ\n\n' +
            'Sáng 14/4, UBND tỉnh tổ chức khai mạc hội chợ. Phát biểu tại buổi lễ, ông Nguyễn Văn Hai đề nghị lãnh đạo các sở, ngành phối hợp; các đại biểu đã tham quan gian hàng.\n',
        },
        {
          title: { vi: 'Sau từ mở đầu câu ("Dự", "Tham dự", "Phát biểu")', en: 'After a word that opens the sentence ("Dự", "Tham dự", "Phát biểu")' },
          text:
            '# Kỷ niệm Ngày thành lập Hội Cựu chiến binh Việt Nam\n\n' +
            'Sáng 6/12, Hội Cựu chiến binh tỉnh tổ chức lễ kỷ niệm. Dự Buổi Lễ có ông Nguyễn Đình Hùng, Chủ tịch Hội. Tham dự Buổi lễ còn có Lãnh đạo các sở, ngành. Phát biểu Khai mạc, ông Hùng ôn lại truyền thống của Hội.\n',
          expect: [
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
          ],
          output:
            '# Kỷ niệm Ngày thành lập Hội Cựu chiến binh Việt Nam\n\n' +
            'Sáng 6/12, Hội Cựu chiến binh tỉnh tổ chức lễ kỷ niệm. Dự buổi lễ có ông Nguyễn Đình Hùng, Chủ tịch Hội. Tham dự buổi lễ còn có lãnh đạo các sở, ngành. Phát biểu khai mạc, ông Hùng ôn lại truyền thống của Hội.\n',
        },
        {
          title: { vi: 'Danh từ chung sau "các", "những"', en: 'A common noun after "các", "những"' },
          text: '# Kết nối giao thương\n\nSáng 11/5, hội nghị kết nối giao thương giữa các Doanh nghiệp hai tỉnh diễn ra tại Ninh Bình; những Hộ dân khó khăn được hỗ trợ. Trong năm, các Hội nghị, hội thảo chuyên đề thu hút hơn 300 doanh nghiệp.\n',
          expect: [
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
            { messageId: 'capitalized', line: 3 },
          ],
          output: '# Kết nối giao thương\n\nSáng 11/5, hội nghị kết nối giao thương giữa các doanh nghiệp hai tỉnh diễn ra tại Ninh Bình; những hộ dân khó khăn được hỗ trợ. Trong năm, các hội nghị, hội thảo chuyên đề thu hút hơn 300 doanh nghiệp.\n',
        },
        {
          title: { vi: '"Lãnh đạo" trước tên cơ quan, giữa câu', en: '"Lãnh đạo" before a body\'s name, mid-sentence' },
          text:
            '# Ra quân diệt lăng quăng\n\n' +
            'Sáng 11/9, Sở Y tế tổ chức lễ ra quân. Sau lễ ra quân, Lãnh đạo Sở Y tế cùng đoàn công tác đi kiểm tra tại xã Mỹ Thiện.\n',
          expect: [{ messageId: 'capitalized', line: 3 }],
          output:
            '# Ra quân diệt lăng quăng\n\n' +
            'Sáng 11/9, Sở Y tế tổ chức lễ ra quân. Sau lễ ra quân, lãnh đạo Sở Y tế cùng đoàn công tác đi kiểm tra tại xã Mỹ Thiện.\n',
        },
      ],
    },
  },
  check({ doc, profile, settings, report }) {
    if (profile.language !== 'vi') return;
    // participants-honorific reports the honorifics of participant lists; found when a capitalized one is met.
    let listedHonorifics: Set<number> | undefined;
    for (const prose of nameBlocks(doc, settings.organizations)) {
      let next = 0;
      for (const index of prose.phraseStarts) {
        if (index < next || !prose.capitals[index]) continue;
        const phrase = COMMON_PHRASES.at(prose, index, isReportedOrName);
        if (!phrase) continue;
        if (phrase.value !== 'name') {
          const initials = Array<boolean>(phrase.end - index).fill(false);
          report(prose.caseProblem('capitalized', index, initials, { written: prose.slice(index, phrase.end), expected: prose.recased(index, initials) }));
        }
        next = phrase.end;
      }
      for (const index of prose.capitalized) {
        const length = honorificLength(prose, index);
        if (length === 0) continue;
        listedHonorifics ??= honorificsOfParticipants(doc);
        if (listedHonorifics.has(prose.block.plain.toSource(prose.words[index]!.start))) continue;
        const initials: Array<boolean | undefined> = [false, ...Array<undefined>(length - 1).fill(undefined)];
        report(prose.caseProblem('capitalized', index, initials, { written: prose.slice(index, index + length), expected: prose.recased(index, initials) }));
      }
    }
  },
};

/** Honorifics before a person's name: `ông`, `bà`, `đồng chí`. */
const HONORIFICS = new PhraseIndex<boolean>(['ông', 'bà', 'đồng chí'].map((phrase): [string, boolean] => [phrase, true]));

/** Where the honorifics of the participant lists start in the source. */
function honorificsOfParticipants(doc: PressRelease): Set<number> {
  return new Set(doc.participants.flatMap((list) => list.entries.flatMap((entry) => (entry.kind === 'person' && entry.honorific ? [entry.honorific.start] : []))));
}
/** Words before which `Bà`, `Ông` open a place's or a street's name (`tỉnh Bà Rịa`, `đường Bà Triệu`, `cầu Ông Lãnh`). */
const BEFORE_PLACE_NAMES = new Set(
  ['đường', 'phố', 'cầu', 'chợ', 'núi', 'miếu', 'đền', 'chùa', 'lăng', 'tỉnh', 'xã', 'phường', 'ấp', 'kênh', 'rạch', 'sông', 'bến', 'hẻm', 'quận', 'huyện', 'tượng'].map(foldWord),
);

/**
 * A word of a foreign person's name (`Khamphet`, `Helena`, `O'Brien`):
 * Latin letters without Vietnamese diacritics, a capital then lowercase.
 * Places after `Bà`, `Ông` are Vietnamese and carry diacritics (`Bà Nà`,
 * `Ông Đốc`).
 */
const FOREIGN_NAME_WORD = /^[A-Z][a-z]+(?:['’-][A-Za-z][a-z]*)*$/u;

/**
 * The number of words of a capitalized honorific at word `index` that stands
 * mid-sentence before a person's full name (a surname and one word or more:
 * `…, Ông Nguyễn Văn Dũng, Giám đốc …`; or two words of a foreign name:
 * `…, Ông Khamphet Sengmany cảm ơn …`), or 0.
 */
function honorificLength(prose: NameBlock, index: number): number {
  const honorific = HONORIFICS.at(prose, index);
  if (!honorific || prose.opensClause(index) || isAllCaps(prose.words[index]!.text) || BEFORE_PLACE_NAMES.has(prose.key(index - 1))) return 0;
  const name = honorific.end;
  const [first, second] = [prose.words[name]?.text ?? '', prose.words[name + 1]?.text ?? ''];
  const namedAfter = SURNAMES.has(first) || (FOREIGN_NAME_WORD.test(first) && FOREIGN_NAME_WORD.test(second));
  const opensName = namedAfter && prose.adjacent(name) && prose.capitals[name + 1] === true && prose.adjacent(name + 1);
  return opensName ? name - index : 0;
}
