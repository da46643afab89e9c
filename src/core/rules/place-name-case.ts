import type { Rule } from '../types';
import { foldPhrase, foldWord, isAllCaps, isCapitalized, nameBlocks, PhraseIndex, type NameBlock } from '../lang/name-matcher';
import { ADMINISTRATIVE_UNITS, SPECIAL_PLACE_NAMES } from '../lang/organizations';
import { PLURAL_MARKERS } from '../lang/quantifiers';

interface Unit {
  kind: 'unit';
  length: number;
  /** Urban units, named by a number (`Quận 1`, `Phường 3`, Phụ lục II §III.1.b) or often after a person. */
  urban: boolean;
}

/** A special name that keeps its capital generic noun (Phụ lục II §III.1.c), with the initials the decree gives it. */
interface SpecialPlace {
  kind: 'special';
  name: string;
  initials: boolean[];
}

const URBAN_UNITS = new Set(['quận', 'phường']);
/** Generic nouns and special names in one index: the longest wins (`Thành phố Hồ Chí Minh` over `thành phố`). */
const PLACES = new PhraseIndex<Unit | SpecialPlace>([
  ...ADMINISTRATIVE_UNITS.map((unit): [string, Unit] => [
    unit,
    { kind: 'unit', length: unit.split(' ').length, urban: URBAN_UNITS.has(unit) },
  ]),
  ...SPECIAL_PLACE_NAMES.map((name): [string, SpecialPlace] => [
    name,
    { kind: 'special', name, initials: name.split(' ').map(isCapitalized) },
  ]),
]);
/** Words of the special names before their proper name (`thành phố`, `thủ đô`). */
const SPECIAL_GENERIC_WORDS = 2;

/**
 * Words after a generic noun that make it something other than a place: an
 * organization (`Tỉnh Đoàn`, `Huyện Ủy`, `Huyện Đội`, `Xã Hội`) or a road
 * (`Tỉnh Lộ 848`).
 */
const NOT_A_PLACE_AFTER = new Set(['đoàn', 'ủy', 'hội', 'đội', 'lộ'].map(foldWord));

/** The most common Vietnamese surnames: a place name opening with one may be a person's (`Phường Nguyễn Cư Trinh`, `Phường Lê Lợi`). */
const SURNAMES = new Set('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đoàn Đinh Trương Trịnh Lương Mạc Tôn Chu'.split(' '));
/** Historical names that take a capital generic noun (Phụ lục II §III.1.b: `Phường Điện Biên Phủ`). */
const HISTORICAL_NAMES = new Set(['Điện Biên Phủ', 'Bạch Đằng', 'Chi Lăng'].map(foldPhrase));
/**
 * Syllables from which a surname-initial place name is taken for a person's
 * name. Urban wards and districts are often named after people (`Phường Lê
 * Lợi`); elsewhere a two-syllable name is a place (`huyện Cao Lãnh`).
 */
const PERSON_NAME_SYLLABLES = { urban: 2, other: 3 };

const startsWithDigit = (word: string): boolean => word.charCodeAt(0) >= 0x30 && word.charCodeAt(0) <= 0x39;

/** How many capitalized words of a proper name follow a generic noun (`Cao Lãnh` after `thành phố`). */
function properNameLength(prose: NameBlock, start: number): number {
  let end = start;
  while (prose.adjacent(end) && prose.capitals[end] && !isAllCaps(prose.words[end]!.text)) end++;
  return end - start;
}

/** Named after a person or a historical event: the decree capitalizes the generic noun then. */
function namedAfterPersonOrEvent(prose: NameBlock, unit: Unit, start: number, length: number): boolean {
  if (HISTORICAL_NAMES.has(prose.foldedSlice(start, start + length))) return true;
  return SURNAMES.has(prose.words[start]!.text) && length >= (unit.urban ? PERSON_NAME_SYLLABLES.urban : PERSON_NAME_SYLLABLES.other);
}

/** Some word from `index` on is not written with the initial given for it (words in capitals are never wrong). */
function differsFromInitials(prose: NameBlock, index: number, initials: readonly boolean[]): boolean {
  for (let offset = 0; offset < initials.length; offset++) {
    if (prose.capitals[index + offset] !== initials[offset] && !isAllCaps(prose.words[index + offset]!.text)) return true;
  }
  return false;
}

/** A school and its level right before a word: `Trường THPT `, `Trường Tiểu học `, `Trường Phổ thông Dân tộc nội trú `. */
const SCHOOL_BEFORE =
  /(?<![\p{L}\p{N}])Trường\s+(?:THPT|THCS|TH|PTDTNT|PTDTBT|TH\s*&\s*THCS|THCS\s*&\s*THPT|Tiểu\s+học|Trung\s+học\s+(?:cơ\s+sở|phổ\s+thông)|Mầm\s+non|Mẫu\s+giáo|Phổ\s+thông\s+[Dd]ân\s+tộc\s+(?:nội|bán)\s+trú)\s+$/u;
const SCHOOL_LOOKBEHIND = 48;

/** A school's name, given by the decision that founds it, may hold a unit with its capital: `Trường THPT Thành phố Sa Đéc`, `Trường Tiểu học Thị trấn Mỹ Thọ`. */
function namesSchool(prose: NameBlock, index: number): boolean {
  const start = prose.words[index]!.start;
  return SCHOOL_BEFORE.test(prose.text.slice(Math.max(0, start - SCHOOL_LOOKBEHIND), start));
}

function insideDictionaryName(prose: NameBlock, index: number): boolean {
  return prose.names.some((match) => match.first <= index && index < match.end);
}

export const placeNameCase: Rule = {
  meta: {
    id: 'place-name-case',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Danh từ chung chỉ đơn vị hành chính viết thường trước tên riêng: "tỉnh Đồng Tháp", "thành phố Cao Lãnh"',
        en: 'Generic nouns of administrative units are lowercase before a proper name: "tỉnh Đồng Tháp", "thành phố Cao Lãnh"',
      },
      rationale: {
        vi: 'Phụ lục II Nghị định 30/2020/NĐ-CP (mục III.1) quy định: tên đơn vị hành chính gồm danh từ chung và tên riêng thì danh từ chung viết thường ("tỉnh Đồng Tháp", "huyện Lai Vung", "xã Mỹ An", "thành phố Cao Lãnh"); danh từ chung viết hoa khi đi với số ("Quận 1", "Phường 3") hoặc với tên người, tên sự kiện lịch sử ("Phường Điện Biên Phủ"); và hai trường hợp đặc biệt "Thành phố Hồ Chí Minh", "Thủ đô Hà Nội". Quy tắc báo "Tỉnh Đồng Tháp", "Thành Phố Cao Lãnh" ở giữa câu, "quận 1", "thành phố Hồ Chí Minh", và sửa tự động. Chữ hoa đầu câu, sau dấu hai chấm hay mở ngoặc kép không bị báo. "Tỉnh" đứng một mình ("của Tỉnh", "Bưu điện Tỉnh") hay là một phần tên tổ chức ("Tỉnh Đoàn", "Huyện ủy") không phải tên địa danh nên không bị xét; tên trường học đặt theo quyết định thành lập giữ chữ hoa của đơn vị hành chính trong tên ("Trường THPT Thành phố Sa Đéc").',
        en: 'Decree 30/2020/NĐ-CP, Appendix II (§III.1), writes an administrative unit made of a generic noun and a proper name with the generic noun in lowercase ("tỉnh Đồng Tháp", "huyện Lai Vung", "xã Mỹ An", "thành phố Cao Lãnh"); the generic noun takes a capital before a number ("Quận 1", "Phường 3") or a person\'s name or historical event ("Phường Điện Biên Phủ"); and "Thành phố Hồ Chí Minh" and "Thủ đô Hà Nội" are special cases. The rule reports "Tỉnh Đồng Tháp" or "Thành Phố Cao Lãnh" mid-sentence, "quận 1" and "thành phố Hồ Chí Minh", with a fix. Capitals at the start of a sentence, after a colon or an opening quote are not reported. "Tỉnh" on its own ("của Tỉnh", "Bưu điện Tỉnh") or as part of an organization\'s name ("Tỉnh Đoàn", "Huyện ủy") is not a place name and is not checked; a school\'s name, given by the decision that founds it, keeps the capital of the unit it holds ("Trường THPT Thành phố Sa Đéc").',
      },
    },
    messages: {
      genericCapitalized: {
        vi: '"{written}": danh từ chung chỉ đơn vị hành chính viết thường trước tên riêng, viết "{expected}" (Nghị định 30/2020, Phụ lục II).',
        en: '"{written}": the generic noun of an administrative unit is lowercase before a proper name; write "{expected}" (Decree 30/2020, Appendix II).',
      },
      numberedLowercase: {
        vi: '"{written}": đơn vị hành chính đặt tên bằng số viết hoa danh từ chung, viết "{expected}".',
        en: '"{written}": a unit named by a number capitalizes its generic noun; write "{expected}".',
      },
      specialPlace: {
        vi: '"{written}" là trường hợp đặc biệt trong Phụ lục II Nghị định 30/2020: viết "{place}".',
        en: '"{written}" is a special case of Decree 30/2020, Appendix II: write "{place}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Địa danh viết đúng, chữ hoa đầu câu', en: 'Places written correctly; a capital at the start of a sentence' },
          text:
            '# Hội nghị tại thành phố Cao Lãnh\n\n' +
            'Sáng 14/4, tại thành phố Cao Lãnh, Ủy ban nhân dân tỉnh Đồng Tháp tổ chức hội nghị với đại biểu huyện Lai Vung, xã Mỹ An, Phường 3 và Quận 1, Thành phố Hồ Chí Minh. Tỉnh Đồng Tháp hiện có 102 xã, phường.\n',
        },
        {
          title: { vi: '"Tỉnh" không có tên riêng phía sau, tên tổ chức', en: '"Tỉnh" with no proper name after it; organization names' },
          text:
            '# Ra mắt đội hình\n\n' +
            'Thành viên gồm Ban Thường vụ Tỉnh Đoàn, Viettel Đồng Tháp và Bưu điện Tỉnh. Huyện ủy và Thành đoàn cùng tham gia chuyển đổi số của Tỉnh.\n\n' +
            'Ông nhấn mạnh: “Tỉnh Đồng Tháp sẽ đi đầu.” Đoàn công tác làm việc tại Thủ đô Hà Nội và Phường Điện Biên Phủ.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Danh từ chung viết hoa giữa câu', en: 'Generic nouns capitalized mid-sentence' },
          text: '# Khánh thành\n\nLễ khánh thành diễn ra tại Huyện Lai Vung, Tỉnh Đồng Tháp với sự tham dự của lãnh đạo Thành Phố Cao Lãnh.\n',
          expect: [
            { messageId: 'genericCapitalized', line: 3 },
            { messageId: 'genericCapitalized', line: 3 },
            { messageId: 'genericCapitalized', line: 3 },
          ],
          output: '# Khánh thành\n\nLễ khánh thành diễn ra tại huyện Lai Vung, tỉnh Đồng Tháp với sự tham dự của lãnh đạo thành phố Cao Lãnh.\n',
        },
        {
          title: { vi: 'Đơn vị đặt tên bằng số và trường hợp đặc biệt', en: 'Units named by a number and the special cases' },
          text: '# Làm việc\n\nĐoàn làm việc tại phường 3 và quận 1, thành phố Hồ Chí Minh, sau đó ra thủ đô Hà Nội.\n',
          expect: [
            { messageId: 'numberedLowercase', line: 3 },
            { messageId: 'numberedLowercase', line: 3 },
            { messageId: 'specialPlace', line: 3 },
            { messageId: 'specialPlace', line: 3 },
          ],
          output: '# Làm việc\n\nĐoàn làm việc tại Phường 3 và Quận 1, Thành phố Hồ Chí Minh, sau đó ra Thủ đô Hà Nội.\n',
        },
      ],
    },
  },
  check({ doc, profile, settings, report }) {
    if (profile.language !== 'vi') return;
    for (const prose of nameBlocks(doc, settings.organizations)) {
      const { words, capitals } = prose;
      let next = 0;
      for (const index of prose.phraseStarts) {
        if (index < next) continue;
        // Cheap test first: a lowercase generic noun matters only before a special name (`thành phố Hồ`) or a number (`quận 1`).
        if (!capitals[index] && !capitals[index + SPECIAL_GENERIC_WORDS] && !startsWithDigit(words[index + 1]?.text ?? '')) continue;
        const found = PLACES.at(prose, index);
        if (!found) continue;
        if (found.value.kind === 'special') {
          const { name, initials } = found.value;
          if (differsFromInitials(prose, index, initials)) {
            report(prose.caseProblem('specialPlace', index, initials, { written: prose.slice(index, found.end), expected: prose.recased(index, initials), place: name }));
          }
          next = found.end;
          continue;
        }
        const unit = found.value;
        const after = found.end;
        if (!prose.adjacent(after) || isAllCaps(words[index]!.text)) continue;
        // A unit word inside a dictionary name (`Công an tỉnh`) is org-name-case's business.
        if (insideDictionaryName(prose, index)) continue;
        if (unit.urban && /^\d{1,2}$/u.test(words[after]!.text)) {
          if (!capitals[index] && !PLURAL_MARKERS.has(prose.key(index - 1))) {
            const initials = [true, ...Array<undefined>(unit.length - 1)];
            report(prose.caseProblem('numberedLowercase', index, initials, { written: prose.slice(index, after), expected: prose.recased(index, initials) }));
          }
          continue;
        }
        if (!capitals.slice(index, after).some(Boolean) || prose.opensClause(index) || NOT_A_PLACE_AFTER.has(prose.key(after))) continue;
        const nameLength = properNameLength(prose, after);
        if (nameLength === 0 || namedAfterPersonOrEvent(prose, unit, after, nameLength) || namesSchool(prose, index)) continue;
        const initials = Array<boolean>(unit.length).fill(false);
        report(prose.caseProblem('genericCapitalized', index, initials, { written: prose.slice(index, after), expected: prose.recased(index, initials) }));
        next = after;
      }
    }
  },
};
