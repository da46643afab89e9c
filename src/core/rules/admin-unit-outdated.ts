import type { Rule } from '../types';
import type { Span } from '../model/types';
import { tokenize, wordStartingAt, type Word } from '../text/words';
import { proseBlocks } from '../model/prose';
import { foldedWords, foldPhrase, foldWord, wordKey } from '../lang/name-matcher';
import { NOT_A_NAME_AFTER_HEAD } from '../lang/organizations';
import { isWrittenAsFormer } from '../lang/former-names';
import { SURNAMES, startsWithPlace } from '../lang/person-names';
import { skipWhiteSpace } from '../text/white-space';
import { frontMatterSpan, publicationDay } from './helpers';
import { bodyNamingFields } from './front-matter-fields';
import { PLURAL_MARKERS } from '../lang/quantifiers';

/** The last day of three-level local government: from 01/7/2025 there are provinces and communes (xã, phường, đặc khu) only. */
const LAST_DAY = '2025-06-30';

/** Which message a body of an abolished unit gets. */
type Level = 'districtLevel' | 'township' | 'mergedProvince';

/**
 * What must follow a unit's word for its body to be abolished: any name or
 * none (`UBND huyện`), a city's name other than a centrally governed city's
 * (`UBND thành phố Cao Lãnh`, not `UBND thành phố Huế`), or the name of a
 * province merged into another (`UBND tỉnh Long An`, not `UBND tỉnh Tây Ninh`).
 */
type NameNeeded = 'any' | 'notCentralCity' | 'mergedProvince';

interface UnitWords {
  keys: string[];
  level: Level;
  name: NameNeeded;
  /** An abbreviation, which a period may end (`TP. Cao Lãnh`). */
  abbreviation?: true;
}


/** `cấp huyện`: the district level, no district of its own. */
const LEVEL = foldWord('cấp');
/** Words of an office's field read back from its unit: `Phòng Văn hóa và Thông tin huyện …`. */
const MAX_FIELD_WORDS = 8;

/** Capitalized words read after a unit: its name (three words at most, as a rule), and maybe a person's after it. */
const MAX_NAME_WORDS = 8;

/** The centrally governed cities, which keep their `thành phố`, `Thành ủy` and `Thành đoàn`. */
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'HCM', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

/**
 * The provinces merged into another on 01/7/2025 (Nghị quyết
 * 202/2025/QH15), each with the province or city it became part of.
 */
const MERGED_PROVINCES: ReadonlyArray<readonly [string, string]> = [
  ['Hà Giang', 'tỉnh Tuyên Quang'],
  ['Yên Bái', 'tỉnh Lào Cai'],
  ['Bắc Kạn', 'tỉnh Thái Nguyên'],
  ['Vĩnh Phúc', 'tỉnh Phú Thọ'],
  ['Hòa Bình', 'tỉnh Phú Thọ'],
  ['Bắc Giang', 'tỉnh Bắc Ninh'],
  ['Thái Bình', 'tỉnh Hưng Yên'],
  ['Hải Dương', 'thành phố Hải Phòng'],
  ['Hà Nam', 'tỉnh Ninh Bình'],
  ['Nam Định', 'tỉnh Ninh Bình'],
  ['Quảng Bình', 'tỉnh Quảng Trị'],
  ['Quảng Nam', 'thành phố Đà Nẵng'],
  ['Kon Tum', 'tỉnh Quảng Ngãi'],
  ['Bình Định', 'tỉnh Gia Lai'],
  ['Phú Yên', 'tỉnh Đắk Lắk'],
  ['Ninh Thuận', 'tỉnh Khánh Hòa'],
  ['Đắk Nông', 'tỉnh Lâm Đồng'],
  ['Bình Thuận', 'tỉnh Lâm Đồng'],
  ['Bình Dương', 'Thành phố Hồ Chí Minh'],
  ['Bà Rịa', 'Thành phố Hồ Chí Minh'],
  ['Bình Phước', 'tỉnh Đồng Nai'],
  ['Long An', 'tỉnh Tây Ninh'],
  ['Tiền Giang', 'tỉnh Đồng Tháp'],
  ['Bến Tre', 'tỉnh Vĩnh Long'],
  ['Trà Vinh', 'tỉnh Vĩnh Long'],
  ['Sóc Trăng', 'thành phố Cần Thơ'],
  ['Hậu Giang', 'thành phố Cần Thơ'],
  ['Kiên Giang', 'tỉnh An Giang'],
  ['Bạc Liêu', 'tỉnh Cà Mau'],
];

interface Tables {
  /**
   * Bodies named by their unit alone, as folded words: people's councils
   * and committees, the police, the court, the procuracy, social insurance,
   * the treasury, the military command (`UBND`, `Công an`, `Tòa án nhân
   * dân`, `Bảo hiểm xã hội`, `Ban Chỉ huy Quân sự` … `huyện`).
   */
  bodies: string[][];
  /** Heads of a district's office or centre, named by a capitalized field then the unit: `Phòng`, `Trung tâm`, `Chi cục`, `Hạt`. */
  offices: string[][];
  units: UnitWords[];
  /** First words of a Party committee or youth union (`Huyện ủy`, `Thị đoàn`, `Tỉnh ủy`), with the name that must follow. */
  committeeUnits: Map<string, { level: Level; name: NameNeeded }>;
  /** Second words of those: `ủy`, `đoàn`. */
  committeeKinds: Set<string>;
  centralCities: Set<string>;
  /** The merged provinces by their folded name (`Bà Rịa` stands for `Bà Rịa - Vũng Tàu`), with their successors. */
  mergedProvinces: Map<string, string>;
  /** See `unitMentions`. */
  unitMentions: RegExp;
}

let tables: Tables | undefined;

/** Built at first use, not at module load: most lints never meet a date after the change. */
function lookupTables(): Tables {
  return (tables ??= {
    bodies: [
      'UBND', 'HĐND', 'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Công an', 'TAND', 'Tòa án nhân dân', 'VKSND', 'Viện kiểm sát nhân dân',
      'BHXH', 'Bảo hiểm xã hội', 'Kho bạc Nhà nước', 'Ban Chỉ huy Quân sự',
    ].map((body) => foldedWords(body)),
    offices: ['Phòng', 'Trung tâm', 'Chi cục', 'Hạt'].map((office) => foldedWords(office)),
    units: [
      { keys: foldedWords('huyện'), level: 'districtLevel', name: 'any' },
      { keys: foldedWords('quận'), level: 'districtLevel', name: 'any' },
      { keys: foldedWords('thị xã'), level: 'districtLevel', name: 'any' },
      { keys: foldedWords('thành phố'), level: 'districtLevel', name: 'notCentralCity' },
      { keys: foldedWords('TP'), level: 'districtLevel', name: 'notCentralCity', abbreviation: true },
      { keys: foldedWords('thị trấn'), level: 'township', name: 'any' },
      { keys: foldedWords('tỉnh'), level: 'mergedProvince', name: 'mergedProvince' },
    ],
    committeeUnits: new Map([
      [foldWord('huyện'), { level: 'districtLevel', name: 'any' }],
      [foldWord('quận'), { level: 'districtLevel', name: 'any' }],
      [foldWord('thị'), { level: 'districtLevel', name: 'any' }],
      [foldWord('thành'), { level: 'districtLevel', name: 'notCentralCity' }],
      [foldWord('tỉnh'), { level: 'mergedProvince', name: 'mergedProvince' }],
    ]),
    committeeKinds: new Set(['ủy', 'đoàn'].map(foldWord)),
    centralCities: new Set(CENTRAL_CITIES.map(foldPhrase)),
    mergedProvinces: new Map(MERGED_PROVINCES.map(([province, successor]) => [foldPhrase(province), successor])),
    unitMentions: unitMentions(),
  });
}

/** A dash between the two halves of a name: `Bà Rịa - Vũng Tàu`. */
const DASH_GAP = /^[ \t]*[-–][ \t]*$/u;

/** A body of an abolished unit found in a block: words `[first, end)`. */
interface Found {
  first: number;
  end: number;
  level: Level;
  /** For a merged province: the province or city it became part of. */
  successor?: string;
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

  /** The folded words `[first, end)`, joined by spaces. */
  private folded(first: number, end: number): string {
    const name: string[] = [];
    for (let index = first; index < end; index++) name.push(wordKey(this.words[index]!));
    return name.join(' ');
  }

  /**
   * The body whose unit's word ends at `unitEnd` and whose name runs to
   * `end`, if the name says it is abolished: undefined for a centrally
   * governed city or a province that remains.
   */
  private abolished(first: number, unitEnd: number, end: number, level: Level, needed: NameNeeded): Found | undefined {
    if (needed === 'any') return { first, end, level };
    if (needed === 'notCentralCity') return end === unitEnd || this.lookup.centralCities.has(this.folded(unitEnd, end)) ? undefined : { first, end, level };
    const successor = end - unitEnd >= 2 ? this.lookup.mergedProvinces.get(this.provinceKey(unitEnd)) : undefined;
    return successor === undefined ? undefined : { first, end: this.provinceEnd(unitEnd), level, successor };
  }

  /** The province or city that the province named by the whole text (`Kiên Giang`, `tỉnh Kiên Giang`) joined, if it was merged. */
  mergedProvinceSuccessor(): string | undefined {
    const at = this.words.length > 0 && wordKey(this.words[0]!) === foldWord('tỉnh') ? 1 : 0;
    if (this.words.length < at + 2) return undefined;
    const successor = this.lookup.mergedProvinces.get(this.provinceKey(at));
    return successor !== undefined && this.provinceEnd(at) === this.words.length ? successor : undefined;
  }

  /** The folded first two words of a province's name from word `at`: `Bà Rịa - Vũng Tàu` is known by them, also written `Bà Rịa-Vũng Tàu`. */
  private provinceKey(at: number): string {
    const second = this.words[at + 1]!.text;
    const joined = second.indexOf('-');
    return `${wordKey(this.words[at]!)} ${foldWord(joined > 0 ? second.slice(0, joined) : second)}`;
  }

  /** Where a province's name from word `at` ends: two words, or the four of `Bà Rịa - Vũng Tàu` (three when its dash joins two: `Rịa-Vũng`). */
  private provinceEnd(at: number): number {
    const third = this.words[at + 2];
    if (third === undefined || !third.spelling.capitalized) return at + 2;
    if (this.words[at + 1]!.text.includes('-')) return this.adjacent(at + 2) ? at + 3 : at + 2;
    const gap = this.text.slice(this.words[at + 1]!.end, third.start);
    return DASH_GAP.test(gap) && this.words[at + 3]?.spelling.capitalized ? at + 4 : at + 2;
  }

  /** A council, committee or police before the unit at word `unit` (`UBND huyện Tam Nông`, `Công an huyện`), or an office. */
  private councilBefore(unit: number): Found | undefined {
    if (unit === 0 || !this.adjacent(unit)) return undefined;
    for (const body of this.lookup.bodies) {
      const first = unit - body.length;
      if (first >= 0 && this.phraseEnd(first, body) === unit) return this.unitAt(first, unit);
    }
    return this.officeBefore(unit);
  }

  /**
   * A district's office or centre before the unit at word `unit`: `Phòng
   * Giáo dục và Đào tạo huyện Tam Nông`, `Trung tâm Y tế huyện Cái Bè`,
   * `Phòng Tài chính - Kế hoạch thị xã`; its field is capitalized, and words
   * or dashes only lie between.
   */
  private officeBefore(unit: number): Found | undefined {
    // `Trung tâm Y tế các huyện, thị xã` speaks of the units in general, as `UBND các huyện` does;
    // `Phòng Tư pháp cấp huyện` of the district level.
    const before = wordKey(this.words[unit - 1]!);
    if (PLURAL_MARKERS.has(before) || before === LEVEL) return undefined;
    for (let field = unit - 1; field >= 1 && field >= unit - MAX_FIELD_WORDS; field--) {
      if (!this.adjacent(field) && !DASH_GAP.test(this.text.slice(this.words[field - 1]!.end, this.words[field]!.start))) return undefined;
      if (!this.words[field]!.spelling.capitalized) continue;
      for (const office of this.lookup.offices) {
        const first = field - office.length;
        if (first >= 0 && this.words[first]!.spelling.capitalized && this.phraseEnd(first, office) === field) return this.unitAt(first, unit);
      }
    }
    return undefined;
  }

  /** The body from word `first` whose unit's word starts at word `at`, if that unit and its name say it is abolished. */
  private unitAt(first: number, at: number): Found | undefined {
    for (const unit of this.lookup.units) {
      const unitEnd = this.phraseEnd(at, unit.keys);
      if (unitEnd >= 0) return this.abolished(first, unitEnd, this.nameEnd(unitEnd, unit.abbreviation), unit.level, unit.name);
    }
    return undefined;
  }

  /** A Party committee or youth union at word `index`: `Huyện ủy Tam Nông`, `Thị đoàn`, `Tỉnh ủy Long An`. */
  private committeeAt(index: number): Found | undefined {
    const word = this.words[index]!;
    const unit = word.spelling.capitalized ? this.lookup.committeeUnits.get(wordKey(word)) : undefined;
    const kind = this.words[index + 1];
    // `Nguyễn Thị Đoàn` is a person: the second word of a committee is in lower case.
    if (unit === undefined || kind === undefined || kind.spelling.capitalized || !this.lookup.committeeKinds.has(wordKey(kind)) || !this.adjacent(index + 1)) return undefined;
    // `huyện đoàn kết` (the district unites): the organization heads' common words.
    const after = this.words[index + 2];
    if (after !== undefined && NOT_A_NAME_AFTER_HEAD.has(`${kind.text} ${after.text.toLowerCase()}`)) return undefined;
    return this.abolished(index, index + 2, this.nameEnd(index + 2), unit.level, unit.name);
  }

  /** Bodies of abolished units written as current ones. */
  *found(): Generator<Found> {
    const words = this.words;
    // The words are read only at the mentions of a unit.
    const mentions = this.lookup.unitMentions;
    mentions.lastIndex = 0;
    for (let mention = mentions.exec(this.text); mention; mention = mentions.exec(this.text)) {
      const index = wordStartingAt(words, mention.index);
      if (index === undefined) continue;
      const found = mention[1] !== undefined ? this.committeeAt(index) : this.councilBefore(index);
      if (found === undefined) continue;
      mentions.lastIndex = words[found.end - 1]!.end;
      if (!isWrittenAsFormer(this.text, words, found.first, found.end, LAST_DAY)) yield found;
    }
  }
}

/**
 * A unit's word (`huyện`, `thị trấn`, `TP`, `tỉnh` before a merged
 * province), or a Party committee or youth union (`Huyện ủy`, `Thị đoàn`,
 * `Tỉnh ủy Long An`: the first group). `tỉnh` is in most paragraphs: only
 * before a merged province's name is it worth reading the words.
 */
function unitMentions(): RegExp {
  const provinces = MERGED_PROVINCES.flatMap(([province]) => [province, province.replace('òa', 'oà')]);
  const mergedProvince = `(?=[ \\t]+(?:${[...new Set(provinces)].join('|')}))`;
  return new RegExp(
    `((?:Huyện|Quận|Thị|Thành) (?:ủy|uỷ|đoàn)|Tỉnh (?:ủy|uỷ|đoàn)${mergedProvince})|(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Tt]hành phố|TP|[Tt]ỉnh${mergedProvince})(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

export const adminUnitOutdated: Rule = {
  meta: {
    id: 'admin-unit-outdated',
    group: 'language',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: {
        vi: 'Cơ quan của cấp huyện, thị trấn hay tỉnh đã hợp nhất trong bài đăng sau ngày 01/7/2025, khi chính quyền địa phương chỉ còn hai cấp',
        en: 'A body of a district, a township or a merged province in an article dated after 01/7/2025, when local government has two levels',
      },
      rationale: {
        vi: 'Từ ngày 01/7/2025, chính quyền địa phương tổ chức hai cấp: tỉnh, thành phố trực thuộc trung ương và xã, phường, đặc khu. Huyện, quận, thị xã, thành phố thuộc tỉnh và thị trấn không còn, cùng với Ủy ban nhân dân, Hội đồng nhân dân, các phòng chuyên môn, trung tâm, công an, tòa án, viện kiểm sát, bảo hiểm xã hội, kho bạc, ban chỉ huy quân sự, huyện ủy và huyện đoàn của chúng; 29 tỉnh đã hợp nhất vào tỉnh, thành phố khác (Nghị quyết 202/2025/QH15: Long An vào Tây Ninh, Tiền Giang vào Đồng Tháp, Bình Dương và Bà Rịa - Vũng Tàu vào Thành phố Hồ Chí Minh…). Bài viết sau ngày đó mà còn ghi "UBND huyện Tam Nông", "Chủ tịch UBND thị trấn Mỹ Thọ" , "Bí thư Huyện ủy" hay "UBND tỉnh Long An" như cơ quan đang hoạt động là lỗi dễ thấy, thường do dùng lại bài mẫu cũ. Quy tắc xét các cơ quan ấy trong bài và trong các trường `agency`, `parentAgency`, `unit`, `source`, `recipients` (và tỉnh đã hợp nhất ghi ở `place`, địa danh của dòng ngày tháng) khi bài có ngày đăng (`date`) sau 30/6/2025; không báo khi tên được ghi là cũ ("(cũ)", "nguyên", "trước đây") hay câu nói về thời gian trước đó (sắp xếp, sáp nhập, một năm trước 2025 như "nhiệm kỳ 2020 - 2025", nửa đầu năm 2025 như "tháng 3/2025"; riêng "năm 2025" chưa đủ, vì thành tích năm 2025 được khen sau ngày đổi). Tên địa danh ("xã Mỹ Thọ, huyện Cao Lãnh cũ") không bị xét, và thành phố trực thuộc trung ương (Hà Nội, Thành phố Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế) vẫn giữ tên. Với tỉnh đã hợp nhất, thông báo nêu tỉnh, thành phố tiếp nhận. Không sửa tự động: cơ quan thay thế tùy việc (Ủy ban nhân dân xã, phường hay một cơ quan cấp tỉnh).',
        en: 'Since 01/7/2025 local government has two levels: provinces and centrally governed cities, and communes, wards and special zones. Districts (huyện, quận, thị xã, provincial cities) and townships (thị trấn) no longer exist, nor do their People\'s Committees and Councils, offices (phòng), centres (trung tâm), police, courts, procuracies, social insurance and treasury offices, military commands, Party committees and youth unions; 29 provinces were merged into other provinces or cities (Resolution 202/2025/QH15: Long An into Tây Ninh, Tiền Giang into Đồng Tháp, Bình Dương and Bà Rịa - Vũng Tàu into Ho Chi Minh City…). An article dated after that day that still names "UBND huyện Tam Nông", "Chủ tịch UBND thị trấn Mỹ Thọ" , "Bí thư Huyện ủy" or "UBND tỉnh Long An" as a working body is a visible mistake, often left from an old article reused as a model. The rule looks for those bodies in the text and in the fields `agency`, `parentAgency`, `unit`, `source` and `recipients` (and a merged province given as the `place` of the date line) when the article\'s `date` is after 30/6/2025; it says nothing when the name is marked as former ("(cũ)", "nguyên", "trước đây") or the sentence is about earlier events (reorganization, a year before 2025 as in "nhiệm kỳ 2020 - 2025", the first half of 2025 as in "tháng 3/2025"; "năm 2025" alone is not enough, as the year\'s achievements are praised after the change). Place names ("xã Mỹ Thọ, huyện Cao Lãnh cũ") are not checked, and the centrally governed cities (Hà Nội, Thành phố Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế) keep their names. For a merged province the message names the province or city it joined. There is no automatic fix: the body that took over depends on the matter (the commune or ward People\'s Committee, or a provincial body).',
      },
    },
    messages: {
      districtLevel: {
        vi: '"{written}": từ ngày 01/7/2025, chính quyền địa phương chỉ còn cấp tỉnh và cấp xã, không còn cấp huyện. Nếu bài không nói về thời gian trước đó, hãy ghi cơ quan hiện nay (như Ủy ban nhân dân xã, phường hoặc một cơ quan cấp tỉnh), hoặc ghi "(cũ)" sau tên.',
        en: '"{written}": since 01/7/2025 local government has a provincial and a commune level only, with no district level. Unless the article is about earlier events, name the body that exists now (such as the commune or ward People\'s Committee, or a provincial body), or write "(cũ)" after the name.',
      },
      mergedProvince: {
        vi: '"{written}": từ ngày 01/7/2025, tỉnh này đã hợp nhất vào {successor} (Nghị quyết 202/2025/QH15). Nếu bài không nói về thời gian trước đó, hãy ghi cơ quan của {successor}, hoặc ghi "(cũ)" sau tên.',
        en: '"{written}": since 01/7/2025 this province is part of {successor} (Resolution 202/2025/QH15). Unless the article is about earlier events, name the body of {successor}, or write "(cũ)" after the name.',
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
          text: '---\ndate: 2026-03-12\n---\n\n# Xã Mỹ Thọ ra mắt mô hình dân vận khéo\n\nSáng 12/3, UBND xã Mỹ Thọ (huyện Cao Lãnh cũ) phối hợp với Sở Nội vụ, UBND tỉnh Tây Ninh và UBND thành phố Cần Thơ tổ chức lễ ra mắt mô hình. Ông Lê Văn Tư, nguyên Chủ tịch UBND huyện Cao Lãnh, dự buổi lễ. Sở Y tế đã hướng dẫn Trung tâm Y tế các huyện sắp xếp lại.\n',
        },
        {
          title: { vi: 'Bài đăng trước ngày 01/7/2025', en: 'An article dated before 01/7/2025' },
          text: '---\ndate: 2025-04-08\n---\n\n# Gặp mặt cựu chiến binh\n\nSáng 8/4, UBND huyện Tam Nông tổ chức gặp mặt; dự có Bí thư Huyện ủy Nguyễn Thành Nam.\n',
        },
        {
          title: { vi: 'Câu nói về thời gian trước khi sắp xếp', en: 'A sentence about the time before the reorganization' },
          text: '---\ndate: 2026-02-02\n---\n\n# Xã Tân Hồng tổng kết năm 2025\n\nTrong nhiệm kỳ 2020 - 2025, Huyện ủy Tân Hồng lãnh đạo hoàn thành 18/18 chỉ tiêu. Sau khi sắp xếp, UBND thị trấn Sa Rài được nhập vào xã Tân Hồng.\n\nNăm nay xã giao 126 tân binh; khi còn tổ chức Ban Chỉ huy Quân sự huyện Tân Hồng, địa bàn này giao 109 tân binh.\n',
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
          title: { vi: 'Thông cáo lập theo mẫu cũ: địa danh, cơ quan chủ quản và nơi nhận', en: 'A press release made from an old model: the place, the parent body and a recipient' },
          profile: 'vn-press-release',
          text: '---\ndate: 2026-03-02\nplace: Tiền Giang\nagency: Phòng Văn hóa và Thông tin\nparentAgency: UBND huyện Tam Nông\nrecipients:\n  - Thường trực Huyện ủy (để báo cáo)\n  - "Lưu: VT, VP."\n---\n\n# Thông cáo báo chí về Lễ hội Sen Tam Nông năm 2026\n',
          expect: [
            { messageId: 'mergedProvince', line: 3 },
            { messageId: 'districtLevel', line: 5 },
            { messageId: 'districtLevel', line: 7 },
          ],
        },
        {
          title: { vi: 'Trung tâm, tòa án và bảo hiểm xã hội của huyện', en: 'A district\'s centre, court and social insurance office' },
          text: '---\ndate: 2025-09-12\n---\n\n# Ra quân diệt lăng quăng\n\nSáng 11/9, Trung tâm Y tế huyện Cái Bè phối hợp với Trạm Y tế xã Mỹ Thiện phun hóa chất. Tòa án nhân dân huyện Châu Thành và Bảo hiểm xã hội thị xã Cai Lậy cùng tham gia.\n',
          expect: [
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'districtLevel', line: 7 },
          ],
        },
        {
          title: { vi: 'Thành phố thuộc tỉnh, thị xã, phòng của huyện, quận và tỉnh đã hợp nhất', en: 'A provincial city, a town, a district office, an urban district and a merged province' },
          text: '---\ndate: 2025-09-15\n---\n\n# Ra quân làm sạch môi trường\n\nSáng 15/9, Thành đoàn Cao Lãnh phối hợp với Ủy ban nhân dân thị xã Hồng Ngự, Phòng Tài nguyên và Môi trường huyện Lai Vung và HĐND Quận 1 ra quân làm sạch kênh rạch. Tỉnh đoàn Long An cử 50 đoàn viên tham gia.\n',
          expect: [
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'districtLevel', line: 7 },
            { messageId: 'mergedProvince', line: 7 },
          ],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    const date = publicationDay(doc);
    if (date === undefined || date <= LAST_DAY) return;
    /** Each name once per value, and once in the text: the writer decides once whether the article is about earlier events. */
    const reportFound = (text: string, words: readonly Word[], reported: Set<string>, span: (start: number, end: number) => Span): void => {
      for (const { first, end, level, successor } of new BlockScan(text, words, lookupTables()).found()) {
        const start = words[first]!.start;
        const written = text.slice(start, words[end - 1]!.end);
        if (reported.has(written)) continue;
        reported.add(written);
        report({ messageId: level, data: { written, successor: successor ?? '' }, ...span(start, words[end - 1]!.end) });
      }
    };
    // In the front matter a value is reported whole: its offsets in the YAML may differ from the text's (quotes, escapes).
    const place = doc.frontMatter?.data.place;
    if (typeof place === 'string') {
      const successor = new BlockScan(place, tokenize(place), lookupTables()).mergedProvinceSuccessor();
      if (successor !== undefined) report({ messageId: 'mergedProvince', data: { written: place, successor }, ...frontMatterSpan(doc, 'place') });
    }
    // Each front matter value names a current body: all are reported.
    for (const field of bodyNamingFields(doc)) reportFound(field.text, tokenize(field.text), new Set(), () => field.span());
    const inText = new Set<string>();
    for (const { block, words } of proseBlocks(doc)) reportFound(block.plain.text, words, inText, (start, end) => block.plain.span(start, end));
  },
};
