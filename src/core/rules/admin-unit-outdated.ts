import type { Rule } from '../types';
import type { Word } from '../text/words';
import { proseBlocks } from '../model/prose';
import { foldWord, wordKey } from '../lang/name-matcher';
import { isMarkedFormer } from '../lang/former-names';
import { SURNAMES, startsWithPlace } from '../lang/person-names';
import { skipWhiteSpace } from '../text/white-space';
import { publicationDay } from './helpers';

/** The last day of three-level local government: from 01/7/2025 there are provinces and communes (xã, phường, đặc khu) only. */
const LAST_DAY = '2025-06-30';

/** Which message a body of an abolished unit gets. */
type Level = 'districtLevel' | 'township';

/** A unit word after a council or committee (`UBND huyện …`); a city's name decides whether it is still a unit (`thành phố Huế`). */
interface UnitWords {
  keys: string[];
  level: Level;
  cityName?: true;
  /** An abbreviation, which a period may end (`TP. Cao Lãnh`). */
  abbreviation?: true;
}

/** Capitalized words read after a unit: its name (three words at most, as a rule), and maybe a person's after it. */
const MAX_NAME_WORDS = 8;

/** The centrally governed cities, which keep their `thành phố`, `Thành ủy` and `Thành đoàn`. */
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'HCM', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

interface Tables {
  /** People's councils and committees, as folded words: `UBND`, `Ủy ban nhân dân`, `HĐND`, `Hội đồng nhân dân`. */
  bodies: string[][];
  units: UnitWords[];
  /** First words of a district's Party committee or youth union (`Huyện ủy`, `Thị đoàn`), with whether a city's name must follow. */
  committeeUnits: Map<string, { cityName: boolean }>;
  /** Second words of those: `ủy`, `đoàn`. */
  committeeKinds: Set<string>;
  youthUnion: string;
  /** Words after `đoàn` that make a common word of it (`huyện đoàn kết`). */
  notAfterYouthUnion: Set<string>;
  centralCities: Set<string>;
}

let tables: Tables | undefined;

/** Built at first use, not at module load: most lints never meet a date after the change. */
function lookupTables(): Tables {
  const keys = (phrase: string): string[] => phrase.split(' ').map(foldWord);
  return (tables ??= {
    bodies: ['UBND', 'HĐND', 'Ủy ban nhân dân', 'Hội đồng nhân dân'].map(keys),
    units: [
      { keys: keys('huyện'), level: 'districtLevel' },
      { keys: keys('quận'), level: 'districtLevel' },
      { keys: keys('thị xã'), level: 'districtLevel' },
      { keys: keys('thành phố'), level: 'districtLevel', cityName: true },
      { keys: keys('TP'), level: 'districtLevel', cityName: true, abbreviation: true },
      { keys: keys('thị trấn'), level: 'township' },
    ],
    committeeUnits: new Map([
      [foldWord('huyện'), { cityName: false }],
      [foldWord('quận'), { cityName: false }],
      [foldWord('thị'), { cityName: false }],
      [foldWord('thành'), { cityName: true }],
    ]),
    committeeKinds: new Set(['ủy', 'đoàn'].map(foldWord)),
    youthUnion: foldWord('đoàn'),
    notAfterYouthUnion: new Set(['kết', 'viên', 'thể', 'tụ'].map(foldWord)),
    centralCities: new Set(CENTRAL_CITIES.map((city) => keys(city).join(' '))),
  });
}

/** Words about the reorganization, or a year up to the change: the sentence tells of earlier events (`sau khi sắp xếp`, `nhiệm kỳ 2020 - 2025`). */
const EARLIER_EVENTS = /(?<!\p{L})(?:sắp xếp|sáp nhập|hợp nhất|giải thể|kết thúc hoạt động|trước đây)(?!\p{L})|(?<!\d)(?:19\d\d|20[01]\d|202[0-5])(?!\d)/iu;
/** A former post in the sentence (`nguyên Bí thư Huyện ủy`); not `cựu chiến binh` or `nguyên nhân`. */
const FORMER_POST = /(?<!\p{L})(?:[Nn]guyên|[Cc]ựu)\s+(?:\p{Lu}|(?:bí thư|chủ tịch|phó|trưởng|giám đốc|ủy viên|uỷ viên)(?!\p{L}))/u;

/** A body of an abolished unit found in a block: words `[first, end)`. */
interface Found {
  first: number;
  end: number;
  level: Level;
}

class BlockScan {
  constructor(
    private readonly text: string,
    private readonly words: readonly Word[],
    private readonly lookup: Tables,
  ) {}

  /** Word `index` follows the one before it with only white space between (or a period, after an abbreviation: `TP. Cao Lãnh`). */
  private adjacent(index: number, afterAbbreviation = false): boolean {
    const word = this.words[index];
    if (word === undefined) return false;
    let gap = this.words[index - 1]!.end;
    if (afterAbbreviation && this.text.charCodeAt(gap) === 0x2e) gap++;
    return skipWhiteSpace(this.text, gap) === word.start;
  }

  /** The words `keys` are written from word `at` on, one after the other; where they end, or -1. */
  private phraseEnd(at: number, keys: readonly string[]): number {
    for (let offset = 0; offset < keys.length; offset++) {
      const word = this.words[at + offset];
      if (word === undefined || wordKey(word) !== keys[offset] || (offset > 0 && !this.adjacent(at + offset))) return -1;
    }
    return at + keys.length;
  }

  /**
   * The end of a place's name from word `at`: capitalized words or a number
   * (`Quận 1`), up to a person's name after it (`Chủ tịch UBND thị trấn
   * Tràm Chim Lê Văn Dũng`: a surname and two words or more).
   */
  private nameEnd(at: number, afterAbbreviation = false): number {
    let end = at;
    while (end < at + MAX_NAME_WORDS && end < this.words.length && this.adjacent(end, afterAbbreviation && end === at)) {
      const word = this.words[end]!;
      const code = word.text.charCodeAt(0);
      if (!word.spelling.capitalized && !(code >= 0x30 && code <= 0x39)) break;
      end++;
    }
    for (let person = at; person + 3 <= end; person++) {
      const rest = this.words.slice(person, end);
      if (SURNAMES.has(rest[0]!.text) && !startsWithPlace(rest)) return person;
    }
    return end;
  }

  private isCentralCity(first: number, end: number): boolean {
    const name: string[] = [];
    for (let index = first; index < end; index++) name.push(wordKey(this.words[index]!));
    return this.lookup.centralCities.has(name.join(' '));
  }

  /** A council or committee before the unit at word `unit`: `UBND huyện Tam Nông`, `Hội đồng nhân dân thị trấn Mỹ Thọ`. */
  private councilBefore(unit: number): Found | undefined {
    for (const body of this.lookup.bodies) {
      const first = unit - body.length;
      if (first >= 0 && this.phraseEnd(first, body) === unit) return this.councilAt(first);
    }
    return undefined;
  }

  /** A council or committee and its unit at word `index`. */
  private councilAt(index: number): Found | undefined {
    for (const body of this.lookup.bodies) {
      const bodyEnd = this.phraseEnd(index, body);
      if (bodyEnd < 0 || !this.adjacent(bodyEnd)) continue;
      for (const unit of this.lookup.units) {
        const unitEnd = this.phraseEnd(bodyEnd, unit.keys);
        if (unitEnd < 0) continue;
        const end = this.nameEnd(unitEnd, unit.abbreviation);
        if (unit.cityName && (end === unitEnd || this.isCentralCity(unitEnd, end))) return undefined;
        return { first: index, end, level: unit.level };
      }
    }
    return undefined;
  }

  /** A district's Party committee or youth union at word `index`: `Huyện ủy Tam Nông`, `Thị đoàn`. */
  private committeeAt(index: number): Found | undefined {
    const word = this.words[index]!;
    const unit = word.spelling.capitalized ? this.lookup.committeeUnits.get(wordKey(word)) : undefined;
    const kind = this.words[index + 1];
    // `Nguyễn Thị Đoàn` is a person: the second word of a committee is in lower case.
    if (unit === undefined || kind === undefined || kind.spelling.capitalized || !this.lookup.committeeKinds.has(wordKey(kind)) || !this.adjacent(index + 1)) return undefined;
    const after = this.words[index + 2];
    if (wordKey(kind) === this.lookup.youthUnion && after !== undefined && this.lookup.notAfterYouthUnion.has(wordKey(after))) return undefined;
    const end = this.nameEnd(index + 2);
    if (unit.cityName && (end === index + 2 || this.isCentralCity(index + 2, end))) return undefined;
    return { first: index, end, level: 'districtLevel' };
  }

  /** The sentence holding words `[first, end)`, from its first word to its last. */
  private sentence(first: number, end: number): string {
    let start = first;
    while (start > 0 && !this.words[start]!.sentenceStart) start--;
    let stop = end;
    while (stop < this.words.length && !this.words[stop]!.sentenceStart) stop++;
    return this.text.slice(this.words[start]!.start, this.words[stop - 1]!.end);
  }

  /** Bodies of abolished units written as current ones. */
  *found(): Generator<Found> {
    const words = this.words;
    // The words are read only at the mentions of a unit.
    UNIT_MENTION.lastIndex = 0;
    for (let mention = UNIT_MENTION.exec(this.text); mention; mention = UNIT_MENTION.exec(this.text)) {
      const index = wordAt(words, mention.index);
      if (index === undefined) continue;
      const found = mention[1] !== undefined ? this.committeeAt(index) : this.councilBefore(index);
      if (found === undefined) continue;
      const start = words[found.first]!.start;
      const end = words[found.end - 1]!.end;
      UNIT_MENTION.lastIndex = end;
      if (isMarkedFormer(this.text, start, end)) continue;
      const sentence = this.sentence(found.first, found.end);
      if (EARLIER_EVENTS.test(sentence) || FORMER_POST.test(sentence)) continue;
      yield found;
    }
  }
}

/** The word that starts at `offset`, by binary search. */
function wordAt(words: readonly Word[], offset: number): number | undefined {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = words[middle]!.start;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/**
 * A unit's word (`huyện`, `thị trấn`, `TP`), or a district's Party
 * committee or youth union (`Huyện ủy`, `Thị đoàn`: the first group).
 */
const UNIT_MENTION = /((?:Huyện|Quận|Thị|Thành) (?:ủy|uỷ|đoàn))|(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Tt]hành phố|TP)(?![\p{L}\p{N}])/gu;

export const adminUnitOutdated: Rule = {
  meta: {
    id: 'admin-unit-outdated',
    group: 'language',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: {
        vi: 'Cơ quan của cấp huyện hay thị trấn trong bài đăng sau ngày 01/7/2025, khi chính quyền địa phương chỉ còn hai cấp',
        en: 'A body of a district or township in an article dated after 01/7/2025, when local government has two levels',
      },
      rationale: {
        vi: 'Từ ngày 01/7/2025, chính quyền địa phương tổ chức hai cấp: tỉnh, thành phố trực thuộc trung ương và xã, phường, đặc khu. Huyện, quận, thị xã, thành phố thuộc tỉnh và thị trấn không còn, cùng với Ủy ban nhân dân, Hội đồng nhân dân, huyện ủy và huyện đoàn của chúng. Bài viết sau ngày đó mà còn ghi "UBND huyện Tam Nông", "Chủ tịch UBND thị trấn Mỹ Thọ" hay "Bí thư Huyện ủy" như cơ quan đang hoạt động là lỗi dễ thấy, thường do dùng lại bài mẫu cũ. Quy tắc xét các cơ quan ấy khi bài có ngày đăng (`date`) sau 30/6/2025; không báo khi tên được ghi là cũ ("(cũ)", "nguyên", "trước đây") hay câu nói về thời gian trước đó (sắp xếp, sáp nhập, một năm từ 2025 trở về trước, "nhiệm kỳ 2020 - 2025"). Tên địa danh ("xã Mỹ Thọ, huyện Cao Lãnh cũ") không bị xét, và thành phố trực thuộc trung ương (Hà Nội, Thành phố Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế) vẫn giữ tên. Không sửa tự động: cơ quan thay thế tùy việc (Ủy ban nhân dân xã, phường hay một cơ quan cấp tỉnh).',
        en: 'Since 01/7/2025 local government has two levels: provinces and centrally governed cities, and communes, wards and special zones. Districts (huyện, quận, thị xã, provincial cities) and townships (thị trấn) no longer exist, nor do their People\'s Committees and Councils, Party committees and youth unions. An article dated after that day that still names "UBND huyện Tam Nông", "Chủ tịch UBND thị trấn Mỹ Thọ" or "Bí thư Huyện ủy" as a working body is a visible mistake, often left from an old article reused as a model. The rule looks for those bodies when the article\'s `date` is after 30/6/2025; it says nothing when the name is marked as former ("(cũ)", "nguyên", "trước đây") or the sentence is about earlier events (reorganization, a year up to 2025, "nhiệm kỳ 2020 - 2025"). Place names ("xã Mỹ Thọ, huyện Cao Lãnh cũ") are not checked, and the centrally governed cities (Hà Nội, Thành phố Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế) keep their names. There is no automatic fix: the body that took over depends on the matter (the commune or ward People\'s Committee, or a provincial body).',
      },
    },
    messages: {
      districtLevel: {
        vi: '"{written}": từ ngày 01/7/2025, chính quyền địa phương chỉ còn cấp tỉnh và cấp xã, không còn cấp huyện. Nếu bài không nói về thời gian trước đó, hãy ghi cơ quan hiện nay (như Ủy ban nhân dân xã, phường hoặc một cơ quan cấp tỉnh), hoặc ghi "(cũ)" sau tên.',
        en: '"{written}": since 01/7/2025 local government has a provincial and a commune level only, with no district level. Unless the article is about earlier events, name the body that exists now (such as the commune or ward People\'s Committee, or a provincial body), or write "(cũ)" after the name.',
      },
      township: {
        vi: '"{written}": từ ngày 01/7/2025 không còn thị trấn; các thị trấn đã được sắp xếp thành xã. Nếu bài không nói về thời gian trước đó, hãy ghi tên xã hiện nay, hoặc ghi "(cũ)" sau tên.',
        en: '"{written}": since 01/7/2025 there are no townships (thị trấn); they were made communes. Unless the article is about earlier events, name the commune as it is now, or write "(cũ)" after the name.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Cơ quan hiện nay, địa danh cũ và thành phố trực thuộc trung ương', en: 'Current bodies, a former place name and a centrally governed city' },
          text: '---\ndate: 2026-03-12\n---\n\n# Xã Mỹ Thọ ra mắt mô hình dân vận khéo\n\nSáng 12/3, UBND xã Mỹ Thọ (huyện Cao Lãnh cũ) phối hợp với Sở Nội vụ và UBND thành phố Cần Thơ tổ chức lễ ra mắt mô hình. Ông Lê Văn Tư, nguyên Chủ tịch UBND huyện Cao Lãnh, dự buổi lễ.\n',
        },
        {
          title: { vi: 'Bài đăng trước ngày 01/7/2025', en: 'An article dated before 01/7/2025' },
          text: '---\ndate: 2025-04-08\n---\n\n# Gặp mặt cựu chiến binh\n\nSáng 8/4, UBND huyện Tam Nông tổ chức gặp mặt; dự có Bí thư Huyện ủy Nguyễn Thành Nam.\n',
        },
        {
          title: { vi: 'Câu nói về thời gian trước khi sắp xếp', en: 'A sentence about the time before the reorganization' },
          text: '---\ndate: 2026-02-02\n---\n\n# Xã Tân Hồng tổng kết năm 2025\n\nTrong nhiệm kỳ 2020 - 2025, Huyện ủy Tân Hồng lãnh đạo hoàn thành 18/18 chỉ tiêu. Sau khi sắp xếp, UBND thị trấn Sa Rài được nhập vào xã Tân Hồng.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Bài mẫu cũ dùng lại sau ngày 01/7/2025', en: 'An old article reused after 01/7/2025' },
          text: '---\ndate: 2026-04-10\n---\n\n# Gặp mặt cựu chiến binh nhân ngày 30/4\n\nSáng 10/4, UBND huyện Tam Nông tổ chức gặp mặt 120 cựu chiến binh. Dự buổi gặp mặt có Bí thư Huyện ủy Nguyễn Thành Nam và Chủ tịch UBND thị trấn Tràm Chim Lê Văn Dũng.\n',
          expect: [
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'township', line: 7 },
          ],
        },
        {
          title: { vi: 'Thành phố thuộc tỉnh, thị xã và quận', en: 'A provincial city, a town and an urban district' },
          text: '---\ndate: 2025-09-15\n---\n\n# Ra quân làm sạch môi trường\n\nSáng 15/9, Thành đoàn Cao Lãnh phối hợp với Ủy ban nhân dân thị xã Hồng Ngự và HĐND Quận 1 ra quân làm sạch kênh rạch.\n',
          expect: [
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'districtLevel', line: 7 },
          ],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    const date = publicationDay(doc);
    if (date === undefined || date <= LAST_DAY) return;
    /** Once per name: the writer decides once whether the article is about earlier events. */
    const reported = new Set<string>();
    for (const { block, words } of proseBlocks(doc)) {
      const text = block.plain.text;
      for (const { first, end, level } of new BlockScan(text, words, lookupTables()).found()) {
        const start = words[first]!.start;
        const written = text.slice(start, words[end - 1]!.end);
        if (reported.has(written)) continue;
        reported.add(written);
        report({ messageId: level, data: { written }, ...block.plain.span(start, words[end - 1]!.end) });
      }
    }
  },
};
