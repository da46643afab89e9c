import type { Rule } from '../types';
import { articleEnding, signaturePartSpan } from './article-ending';
import { frontMatterString } from './helpers';

/** Compare names as written, whatever the case or spacing: `TƯỜNG VÂN` is `Tường Vân`; diacritics count. */
function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Several writers in one byline: `Đắc Nhân - Ngọc Thành`, `Vũ Nguyệt – Nhật Quang`, `Minh Anh, Thu Hà`. */
function personNames(text: string): string[] {
  return text.split(/\s*[,;&–—]\s*|\s+-\s+|\s+và\s+/u).map(normalize).filter(Boolean);
}

/** Name words and initials: `C.Trúc` → `c.`, `trúc`; `T.H` → `t.`, `h`. */
function nameTokens(name: string): string[] {
  return name.match(/\p{L}+\.?/gu) ?? [];
}

function isInitial(token: string): boolean {
  return token.endsWith('.') || [...token].length === 1;
}

/**
 * One person written two ways: the shorter name matches the last words of the
 * longer (bylines often drop the family name: `Bích Ngọc` for `Nguyễn Thị
 * Bích Ngọc`), word for word or as an initial (`C.Trúc` for `Cẩm Trúc`).
 */
function samePerson(first: string, second: string): boolean {
  const [shorter, longer] = [nameTokens(first), nameTokens(second)].sort((a, b) => a.length - b.length) as [string[], string[]];
  if (shorter.length === 0) return false;
  const tail = longer.slice(longer.length - shorter.length);
  return shorter.every((token, index) => {
    const word = tail[index]!;
    if (isInitial(token) || isInitial(word)) return [...token][0] === [...word][0];
    return token === word;
  });
}

/** Every writer the front matter names appears in the byline (a byline may add a co-writer or photographer). */
function authorsAgree(written: string, declared: string): boolean {
  const declaredNames = personNames(declared);
  // Most bylines name the writers exactly as the front matter does; a name then agrees with itself if it holds a word.
  if (written === declared) return declaredNames.every((name) => nameTokens(name).length > 0);
  const writtenNames = personNames(written);
  return declaredNames.every((name) => writtenNames.some((candidate) => samePerson(candidate, name)));
}

/** An abbreviation of a unit's words: `UBND`, `BĐBP`, `KH&CN` (`&` stands for `và`). */
const UNIT_ABBREVIATION = /^[\p{Lu}&]{2,}$/u;
const WORD_PUNCTUATION = /^[,.;:()]+|[,.;:()]+$/gu;

function unitWords(text: string): string[] {
  return text.split(/\s+/u).map((word) => word.replace(WORD_PUNCTUATION, '')).filter(Boolean);
}

/** The first letter without its tone or vowel marks, lowercase: `Ủy` → `u`; `Đ` keeps its stroke. */
function initial(word: string): string {
  return [...word][0]!.normalize('NFD')[0]!.toLowerCase();
}

/** How many words from `from` the abbreviation stands for: `UBND` for `Ủy ban nhân dân`, `KH&CN` for `Khoa học và Công nghệ`. */
function spelledOutLength(abbreviation: string, words: readonly string[], from: number): number | undefined {
  const target = abbreviation.toLowerCase().replace(/&/gu, 'v');
  let initials = '';
  for (let index = from; index < words.length && target.startsWith(initials); index++) {
    initials += initial(words[index]!);
    if (initials === target) return index - from + 1;
  }
  return undefined;
}

/**
 * The same unit word by word, an abbreviation on either side standing for
 * the words it shortens (`UBND huyện Tam Nông` is `Ủy ban nhân dân huyện Tam
 * Nông`), possibly with its place added (`Sở Tài chính tỉnh Đồng Tháp`).
 */
function unitsAgree(written: string, declared: string): boolean {
  if (written === declared) return true;
  const [first, second] = [unitWords(written), unitWords(declared)];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const [a, b] = [first[i]!, second[j]!];
    if (normalize(a) === normalize(b)) {
      i++;
      j++;
      continue;
    }
    const aSpelledOut = UNIT_ABBREVIATION.test(a) ? spelledOutLength(a, second, j) : undefined;
    const bSpelledOut = aSpelledOut === undefined && UNIT_ABBREVIATION.test(b) ? spelledOutLength(b, first, i) : undefined;
    if (aSpelledOut !== undefined) {
      i++;
      j += aSpelledOut;
    } else if (bSpelledOut !== undefined) {
      i += bSpelledOut;
      j++;
    } else return false;
  }
  // One name ended: the other may only add a place after it.
  return true;
}

/** An office that writes its body's news: `Văn phòng Đảng ủy xã Tháp Mười` for `Đảng ủy xã Tháp Mười`. */
const OFFICE_OF = /^Văn phòng\s+/u;

/**
 * A division named with its unit after a comma (`Ban Thi đua - Khen
 * thưởng, Sở Nội vụ`), or the office of the unit (`Văn phòng Đảng ủy xã
 * Tháp Mười`), is written for that unit.
 */
function divisionOf(division: string, unit: string): boolean {
  const office = OFFICE_OF.exec(division);
  if (office && unitsAgree(division.slice(office[0].length), unit)) return true;
  const comma = division.lastIndexOf(',');
  return comma !== -1 && unitsAgree(division.slice(comma + 1).trim(), unit);
}

export const signatureMismatch: Rule = {
  meta: {
    id: 'signature-mismatch',
    group: 'structure',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Dòng ký tên khớp với tác giả và đơn vị trong front matter', en: 'The signature agrees with the front matter author and unit' },
      rationale: {
        vi: 'Cổng lấy tác giả và đơn vị từ `author:` và `unit:` để hiển thị và tính nhuận bút; người đọc thấy dòng ký tên. Hai chỗ khác nhau thường là bài sửa từ bài cũ còn sót tên người khác. So sánh không phân biệt chữ hoa ("TƯỜNG VÂN" = "Tường Vân") nhưng phân biệt dấu; chấp nhận tên rút gọn ("Bích Ngọc" cho "Nguyễn Thị Bích Ngọc"), viết tắt ("C.Trúc" cho "Cẩm Trúc") tên đơn vị viết tắt ("UBND huyện Tam Nông" cho "Ủy ban nhân dân huyện Tam Nông") và văn phòng của đơn vị ("Văn phòng Đảng ủy xã" cho "Đảng ủy xã"). Dòng nguồn "(Nguồn: …)", "(Theo …)" không được so.',
        en: 'The portal takes the author and unit from `author:` and `unit:` to show them and to pay royalties; readers see the signature line. When they differ, the article was usually edited from an older one that still carries someone else\'s name. The comparison ignores case ("TƯỜNG VÂN" = "Tường Vân") but not diacritics; it accepts a shortened name ("Bích Ngọc" for "Nguyễn Thị Bích Ngọc"), initials ("C.Trúc" for "Cẩm Trúc") an abbreviated unit ("UBND huyện Tam Nông" for "Ủy ban nhân dân huyện Tam Nông") and the unit\'s office ("Văn phòng Đảng ủy xã" for "Đảng ủy xã"). Source lines "(Nguồn: …)", "(Theo …)" are not compared.',
      },
    },
    messages: {
      author: {
        vi: 'Dòng ký tên ghi tác giả "{written}" nhưng front matter ghi "author: {declared}": sửa cho thống nhất.',
        en: 'The signature names author "{written}" but the front matter says "author: {declared}": make them agree.',
      },
      unit: {
        vi: 'Dòng ký tên ghi đơn vị "{written}" nhưng front matter ghi "unit: {declared}": sửa cho thống nhất.',
        en: 'The signature names unit "{written}" but the front matter says "unit: {declared}": make them agree.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tên và đơn vị khớp front matter', en: 'Name and unit agree with the front matter' },
          text: '---\ntitle: Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\nauthor: Bích Ngọc\nunit: Sở Khoa học và Công nghệ\n---\n\n# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
        },
        {
          title: { vi: 'Tên viết hoa, rút gọn; đơn vị ghi thêm tên tỉnh', en: 'A name in capitals, shortened; the unit with its province' },
          text: '---\nauthor: Nguyễn Thị Tường Vân\nunit: Sở Tài chính\n---\n\n# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026./.\n\nTƯỜNG VÂN – Sở Tài chính tỉnh Đồng Tháp\n',
        },
        {
          title: { vi: 'Tên viết tắt; thêm người chụp ảnh', en: 'Initials; a photographer added' },
          text: '---\nauthor: Cẩm Trúc\n---\n\n# Khai mạc Hội chợ thương mại tỉnh năm 2026\n\nTối 31/8, UBND tỉnh khai mạc Hội chợ thương mại năm 2026./.\n\nThực hiện: C.Trúc - Ngọc Thành\n',
        },
        {
          title: { vi: 'Dòng nguồn không được so với tác giả', en: 'A source line is not compared with the author' },
          text: '---\nauthor: Minh Anh\nunit: Sở Tài chính\n---\n\n# Ngân hàng Nhà nước điều chỉnh lãi suất điều hành\n\nNgày 1/12, Ngân hàng Nhà nước ban hành quyết định điều chỉnh lãi suất điều hành./.\n\n(Nguồn: Báo Đồng Tháp)\n',
        },
        {
          title: { vi: 'Đơn vị viết tắt trong dòng ký tên', en: 'An abbreviated unit in the signature' },
          text: '---\nauthor: Y Bình\nunit: Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum\n---\n\n# Trao học bổng cho học sinh vùng biên giới\n\nSáng 15/8, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Kon Tum trao 50 suất học bổng cho học sinh vùng biên giới./.\n\nY Bình – Bộ Chỉ huy BĐBP tỉnh Kon Tum\n',
        },
        {
          title: { vi: 'Phòng, ban ghi kèm đơn vị sau dấu phẩy', en: 'A division followed by its unit after a comma' },
          text: '---\nauthor: Minh Thư\nunit: Sở Nội vụ\n---\n\n# Tập huấn công tác thi đua, khen thưởng\n\nSáng 18/5, Sở Nội vụ tập huấn công tác thi đua, khen thưởng cho cán bộ cấp xã./.\n\nMinh Thư – Ban Thi đua - Khen thưởng, Sở Nội vụ\n',
        },
        {
          title: { vi: 'Văn phòng của đơn vị viết tin', en: 'The office of the unit writes the news' },
          text: '---\nauthor: Hoàng Yến\nunit: Đảng ủy xã Tháp Mười\n---\n\n# Xã Tháp Mười kỷ niệm Ngày Nam Bộ kháng chiến\n\nSáng 22/9, Đảng ủy xã Tháp Mười tổ chức lễ kỷ niệm 80 năm Ngày Nam Bộ kháng chiến./.\n\nHoàng Yến – Văn phòng Đảng ủy xã Tháp Mười\n',
        },
        {
          title: { vi: 'UBND và KH&CN viết tắt', en: 'UBND and KH&CN abbreviated' },
          text: '---\nauthor: Thanh Tâm\nunit: Phòng Khoa học và Công nghệ, Ủy ban nhân dân huyện Tam Nông\n---\n\n# Huyện Tam Nông tập huấn chuyển đổi số\n\nSáng 8/4, UBND huyện Tam Nông tập huấn chuyển đổi số cho cán bộ xã./.\n\nThanh Tâm - Phòng KH&CN, UBND huyện Tam Nông\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Bài sửa từ bài cũ còn tên người khác', en: 'An article edited from an older one, with someone else\'s name' },
          text: '---\nauthor: Minh Anh\nunit: Sở Tài chính\n---\n\n# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026./.\n\nBích Ngọc – Sở Tài chính\n',
          expect: [{ messageId: 'author', line: 10 }],
        },
        {
          title: { vi: 'Đơn vị trước sáp nhập', en: 'The unit before the merger' },
          text: '---\nauthor: Bích Ngọc\nunit: Sở Khoa học và Công nghệ\n---\n\n# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030./.\n\nBích Ngọc – Sở Thông tin và Truyền thông\n',
          expect: [{ messageId: 'unit', line: 10 }],
        },
        {
          title: { vi: 'Đơn vị trước sáp nhập, viết tắt', en: 'The unit before the merger, abbreviated' },
          text: '---\nauthor: Bích Ngọc\nunit: Sở Khoa học và Công nghệ\n---\n\n# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030./.\n\nBích Ngọc – Sở TT&TT\n',
          expect: [{ messageId: 'unit', line: 10 }],
        },
        {
          title: { vi: 'Tên sai dấu', en: 'A name with wrong diacritics' },
          text: '---\nauthor: Tường Vân\n---\n\n# Họp báo công bố Giải Báo chí tỉnh năm 2026\n\nChiều 14/5, Ban Tuyên giáo Tỉnh ủy tổ chức họp báo công bố Giải Báo chí tỉnh năm 2026./.\n\nTin, ảnh: TƯỜNG VĂN\n',
          expect: [{ messageId: 'author', line: 9 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    const declaredAuthor = frontMatterString(doc, 'author');
    const declaredUnit = frontMatterString(doc, 'unit');
    if (!declaredAuthor && !declaredUnit) return;
    for (const line of articleEnding(doc).signatures) {
      const { form, author, unit } = line.match;
      // A source line names the outlet quoted, not the writer or the unit.
      if (form === 'source' || form === 'according-to') continue;
      if (declaredAuthor && author && !authorsAgree(author, declaredAuthor)) {
        report({ messageId: 'author', data: { written: author, declared: declaredAuthor }, ...signaturePartSpan(doc, line, author) });
      }
      if (declaredUnit && unit && !unitsAgree(unit, declaredUnit) && !divisionOf(unit, declaredUnit) && !divisionOf(declaredUnit, unit)) {
        // The unit follows the author: search after it, in case the unit repeats a word of the name.
        const afterAuthor = author ? Math.max(0, line.text.indexOf(author)) + author.length : 0;
        report({ messageId: 'unit', data: { written: unit, declared: declaredUnit }, ...signaturePartSpan(doc, line, unit, afterAuthor) });
      }
    }
  },
};
