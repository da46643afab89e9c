import type { Problem, Rule } from '../types';
import type { PressRelease } from '../model/types';
import { foldedWords, foldWord, isAllCaps, lowercaseToneSpellings, matcherFor, miscasedWords, nameBlocks, PhraseIndex, type NameBlock, type NameMatcher } from '../lang/name-matcher';
import { ADMINISTRATIVE_UNITS, COMPOUNDS_ENDING_WITH_HEAD, NAMES_COMPARED_IN_LOWERCASE, NOT_A_NAME_AFTER_HEAD, ORGANIZATION_HEADS } from '../lang/organizations';
import { dominantForm } from '../lang/majority';
import { WordTree } from '../lang/word-tree';
import { packedMap } from '../lang/packed-map';
import { PLURAL_MARKERS, QUANTIFIERS } from '../lang/quantifiers';

interface Head {
  length: number;
  /** A whole name by itself (`Tỉnh đoàn`). */
  complete: boolean;
}

const HEADS = new PhraseIndex<Head>(
  ORGANIZATION_HEADS.map(({ words, complete }) => [words, { length: words.split(' ').length, complete: complete === true }]),
);
/** Heads with the common nouns and verbs that may follow them (`tổ chức`, `hội nghị`), as a tree of their folded words. */
const NOT_A_NAME = new WordTree();
for (const phrase of NOT_A_NAME_AFTER_HEAD) NOT_A_NAME.add(foldedWords(phrase));
const COMPOUNDS = new WordTree();
for (const phrase of COMPOUNDS_ENDING_WITH_HEAD) COMPOUNDS.add(foldedWords(phrase));
const UNIT_FIRST_WORDS = new Set(ADMINISTRATIVE_UNITS.map((unit) => foldWord(unit.split(' ')[0]!)));
/** Words that end a name: function words and verbs that follow a name in a sentence. */
const CLAUSE_WORDS = new Set(
  [
    'và', 'của', 'các', 'với', 'cho', 'tại', 'trong', 'đã', 'đang', 'sẽ', 'cũng', 'là', 'được', 'bị', 'có', 'để', 'về', 'này',
    'đó', 'thì', 'mà', 'từ', 'đến', 'theo', 'nhằm', 'vừa', 'vẫn', 'đều', 'không', 'chưa', 'cùng', 'như', 'do', 'trên', 'dưới',
    'sau', 'trước', 'khi', 'nên', 'phải', 'cần',
  ].map(foldWord),
);
const AND = foldWord('và');
/** `Trung ương`, which follows `Ban Tổ chức` in the name of the Party's central commission. */
const CENTRAL = foldedWords('Trung ương');
/** Names outside the dictionary whose all-lowercase form is still compared, as a tree of their folded words. */
const LOWERCASE_COMPARED = new WordTree();
for (const name of NAMES_COMPARED_IN_LOWERCASE) LOWERCASE_COMPARED.add(foldedWords(name));
/** A heading whose words are mostly capitalized is in Title Case: its casing says nothing about a name. */
const TITLE_CASE_SHARE = 0.6;

/** One occurrence of an organization's name: its words and how each is capitalized. */
interface Occurrence {
  prose: NameBlock;
  first: number;
  end: number;
  headLength: number;
  /**
   * Its key, as a node of the text's tree of names (`ủy ban` → `nhân dân`):
   * occurrences of the same words share it, and the longer names of the
   * text that continue it are its subtree.
   */
  name: WordTree;
  /** `A` (capital) or `a` for each word; `?` for a first word whose capital may be the sentence's (see `markSentenceStarts`). */
  casing: string;
  /** Read from the opening of a longer name (`Ban Tổ chức` of `Ban Tổ chức Hội thi …`): it keeps its own extent. */
  opening?: true;
}

/** A word that can be part of a name: not a number, an abbreviation or a function word. */
function isContentWord(prose: NameBlock, index: number): boolean {
  const word = prose.words[index]!.text;
  const first = word.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return false;
  return prose.capitals[index] ? !isAllCaps(word) : !CLAUSE_WORDS.has(prose.key(index));
}

/**
 * The longest name read, in words (the dictionary's longest has 12: `Văn phòng Đoàn đại biểu Quốc hội và Hội
 * đồng nhân dân`). Without a bound, a paragraph of names joined by `và` or of words in Title Case read as one
 * name from each of its heads, and a long one took minutes and gigabytes.
 */
const MAX_NAME_WORDS = 16;

/**
 * Where the name that starts at a head ends: the head, its field (one or two
 * syllables: `Ban tổ chức`, `Sở Ngoại vụ`), then capitalized parts with at most
 * one lowercase syllable each (`Thanh niên Cộng sản Hồ Chí Minh`), joined by `và`.
 * A place (`tỉnh Đồng Tháp`) and punctuation end it.
 */
function nameEnd(prose: NameBlock, head: Head, headStart: number): number | undefined {
  const { capitals } = prose;
  let end = headStart + head.length;
  if (!head.complete) {
    if (!prose.adjacent(end) || !isContentWord(prose, end)) return undefined;
    end = afterLowercaseTail(prose, end + 1);
  }
  const longest = headStart + MAX_NAME_WORDS;
  while (end < longest && prose.adjacent(end)) {
    if (capitals[end] && isContentWord(prose, end)) end = afterLowercaseTail(prose, end + 1);
    else if (prose.key(end) === AND && prose.adjacent(end + 1) && capitals[end + 1]) end++;
    else break;
  }
  return end;
}

/** One lowercase syllable at `index` may complete a capitalized one (`Thanh niên`, `tổ chức`); more would run into the sentence. */
function afterLowercaseTail(prose: NameBlock, index: number): number {
  return prose.adjacent(index) && !prose.capitals[index] && isContentWord(prose, index) && !UNIT_FIRST_WORDS.has(prose.key(index)) ? index + 1 : index;
}

/** Heads followed by a common noun or verb (`tổ chức`, `hội nghị`, `Đoàn viên`) do not open a name: the head and one or two words more are such a phrase. */
function startsCommonWord(prose: NameBlock, headStart: number, head: Head): boolean {
  const after = headStart + head.length;
  let phrase: WordTree | undefined = NOT_A_NAME;
  for (let index = headStart; phrase && index <= after + 1; index++) {
    phrase = phrase.get(prose.key(index));
    if (phrase?.isPhrase && index >= after) return true;
  }
  return false;
}

function isTitleCaseHeading(prose: NameBlock): boolean {
  if (prose.block.node.type !== 'heading' || prose.words.length < 4) return false;
  return prose.capitalized.length >= prose.words.length * TITLE_CASE_SHARE;
}

/** The name that starts at word `index`, if a head opens one there, with its node in the tree `names`. */
function occurrenceAt(prose: NameBlock, index: number, names: WordTree): Occurrence | undefined {
  const head = HEADS.at(prose, index)?.value;
  if (!head) return undefined;
  if (prose.adjacent(index) && (QUANTIFIERS.has(prose.key(index - 1)) || COMPOUNDS.get(prose.key(index - 1))?.get(prose.key(index))?.isPhrase)) return undefined;
  if (startsCommonWord(prose, index, head)) return undefined;
  const end = nameEnd(prose, head, index);
  if (end === undefined) return undefined;
  let casing = '';
  let name = names;
  for (let word = index; word < end; word++) {
    casing += prose.capitals[word] ? 'A' : 'a';
    name = name.child(prose.key(word));
  }
  // `đảng ủy các xã, phường`, `ủy ban nhân dân các xã`: bodies of many places, a common noun.
  if (!casing.includes('A') && prose.adjacent(end) && PLURAL_MARKERS.has(prose.key(end))) return undefined;
  return { prose, first: index, end, headLength: head.length, name, casing };
}

/** A name outside the dictionary whose all-lowercase form is compared too (`Ban tổ chức`). */
function isComparedInLowercase({ prose, first, end }: Occurrence): boolean {
  let name: WordTree | undefined = LOWERCASE_COMPARED;
  for (let index = first; name && index < end; index++) name = name.get(prose.key(index));
  return name?.isPhrase === true;
}

/**
 * `Ban Tổ chức Hội thi …` names the committee that the text then calls
 * `Ban tổ chức` or `ban tổ chức`: its opening is compared with them too. Not
 * when a Party committee follows (`Ban Tổ chức Tỉnh ủy`, `Ban Tổ chức Trung
 * ương`): that is a standing body of its own.
 */
function comparedOpening(occurrence: Occurrence, names: WordTree): Occurrence | undefined {
  const { prose, first, end } = occurrence;
  let compared: WordTree | undefined = LOWERCASE_COMPARED;
  let openingEnd = first;
  while (compared && openingEnd < end && !compared.isPhrase) compared = compared.get(prose.key(openingEnd++));
  if (!compared?.isPhrase || openingEnd === end) return undefined;
  if (HEADS.at(prose, openingEnd)?.value.complete || (prose.key(openingEnd) === CENTRAL[0] && prose.key(openingEnd + 1) === CENTRAL[1])) return undefined;
  let name = names;
  for (let index = first; index < openingEnd; index++) name = name.child(prose.key(index));
  return { ...occurrence, end: openingEnd, name, casing: occurrence.casing.slice(0, openingEnd - first), opening: true };
}

/** Words that org-name-case reports against the dictionary: that rule's fix decides their casing. */
function dictionaryErrors(prose: NameBlock): Set<number> {
  const wrong = new Set<number>();
  for (const match of prose.names) {
    if (miscasedWords(match, prose).length === 0) continue;
    for (let index = match.first; index < match.end; index++) wrong.add(index);
  }
  return wrong;
}

/**
 * The names of the text: every one written with a capital, then the same
 * names written all in lowercase, looked for only when the text has such a
 * name that may also be written in lowercase: a dictionary name (`Ủy ban
 * nhân dân` / `ủy ban nhân dân`) or `Ban tổ chức`. Other lowercase phrases
 * (`làm trung tâm phục vụ`, `tổ công nghệ số`) are common nouns.
 */
function occurrencesOf(blocks: readonly NameBlock[], matcher: NameMatcher, names: WordTree): Occurrence[] {
  const found: Occurrence[] = [];
  const add = (occurrence: Occurrence): void => {
    found.push(occurrence);
    occurrence.name.isPhrase = true;
  };
  const lowercaseOpenings = new LowercaseOpenings();
  for (const prose of blocks) {
    // Both the names and the occurrences go left to right: one cursor finds whether a name starts at a word.
    let nextName = 0;
    let next = 0;
    for (const index of prose.phraseStarts) {
      if (index < next || !prose.capitals[index]) continue;
      const occurrence = occurrenceAt(prose, index, names);
      if (!occurrence) continue;
      add(occurrence);
      const opening = comparedOpening(occurrence, names);
      if (opening) add(opening);
      while (nextName < prose.names.length && prose.names[nextName]!.first < index) nextName++;
      if (prose.names[nextName]?.first === index || isComparedInLowercase(opening ?? occurrence)) {
        lowercaseOpenings.add(prose.words[index]!.text, prose.words[index + 1]!.text);
      }
      // A name inside this one (`Tỉnh đoàn` in `Ban Thường vụ Tỉnh đoàn`) is an occurrence of its own.
      next = index + occurrence.headLength;
    }
  }
  if (lowercaseOpenings.isEmpty) return found;
  for (const prose of blocks) {
    const { words, capitals } = prose;
    let holdsOpening: boolean | undefined;
    for (const index of prose.starts) {
      if (capitals[index] || index + 1 === words.length || !lowercaseOpenings.opens(words[index]!.text, words[index + 1]!.text)) continue;
      // A block is searched only when it holds an opening as written (one space between its words); asked at its first candidate word, as most blocks have none.
      holdsOpening ??= lowercaseOpenings.heldBy(prose.text);
      if (!holdsOpening) break;
      const occurrence = occurrenceAt(prose, index, names);
      if (occurrence && (isComparedInLowercase(occurrence) || matcher.matchAt(prose, index))) add(occurrence);
    }
  }
  return found;
}

/** The first two words of the names to look for in lowercase too, in lowercase and in both tone styles. */
class LowercaseOpenings {
  private readonly secondsByFirst = new Map<string, Set<string>>();
  /** As text: `ủy ban`, `uỷ ban`. */
  private readonly phrases: string[] = [];

  get isEmpty(): boolean {
    return this.phrases.length === 0;
  }

  /** Adds the opening of a name written with these two words. */
  add(first: string, second: string): void {
    const secondSpellings = lowercaseToneSpellings(second);
    for (const firstSpelling of lowercaseToneSpellings(first)) {
      let seconds = this.secondsByFirst.get(firstSpelling);
      if (!seconds) this.secondsByFirst.set(firstSpelling, (seconds = new Set()));
      for (const secondSpelling of secondSpellings) {
        if (seconds.has(secondSpelling)) continue;
        seconds.add(secondSpelling);
        this.phrases.push(`${firstSpelling} ${secondSpelling}`);
      }
    }
  }

  /** The two words, as written, are an opening. */
  opens(first: string, second: string): boolean {
    return this.secondsByFirst.get(first)?.has(second) === true;
  }

  /** The text holds an opening with one space between its words. */
  heldBy(text: string): boolean {
    for (const phrase of this.phrases) if (text.includes(phrase)) return true;
    return false;
  }
}

/** A name may end before word `index`: nothing joins it (punctuation, end of block) or a function word follows. */
function endsName(prose: NameBlock, index: number): boolean {
  return !prose.adjacent(index) || CLAUSE_WORDS.has(prose.key(index));
}

/**
 * A name cut short at a word in lowercase (`Trung tâm Xúc tiến đầu tư cho
 * biết`) takes the extent of a longer name of the text whose words follow it
 * (`Trung tâm Xúc tiến Đầu tư`), the longest one, so that the two are
 * compared. It must end there too: `Tổ Tham vấn chuyển đổi số cộng đồng`
 * goes on and is another name.
 */
function extendToLongerNames(occurrences: readonly Occurrence[]): readonly Occurrence[] {
  return packedMap(occurrences, (occurrence) => {
    if (occurrence.opening) return occurrence;
    const { prose, end } = occurrence;
    let longer: WordTree | undefined;
    let extended = end;
    let node = occurrence.name;
    for (let index = end; !node.isLeaf && prose.adjacent(index); index++) {
      const next = node.get(prose.key(index));
      if (!next) break;
      node = next;
      if (node.isPhrase && endsName(prose, index + 1)) {
        longer = node;
        extended = index + 1;
      }
    }
    if (!longer) return occurrence;
    let casing = occurrence.casing;
    for (let index = end; index < extended; index++) casing += prose.capitals[index] ? 'A' : 'a';
    return { ...occurrence, end: extended, name: longer, casing };
  });
}

/**
 * The casings with `?` where a capital may be the sentence's. Done only for
 * names written in more than one casing: most are written one way, and a
 * sentence start can only make two casings agree.
 */
function markSentenceStarts(group: readonly Occurrence[]): Occurrence[] {
  return packedMap(group, (occurrence) =>
    occurrence.casing[0] === 'A' && occurrence.prose.opensClause(occurrence.first) ? { ...occurrence, casing: `?${occurrence.casing.slice(1)}` } : occurrence,
  );
}

/** Most names are written one way (a sentence-initial `?` agrees with either initial): only others are compared further. */
function twoCasings(group: readonly Occurrence[]): boolean {
  const rest = group[0]!.casing.slice(1);
  let initial: string | undefined;
  for (const { casing } of group) {
    if (casing.slice(1) !== rest) return true;
    if (casing[0] === '?') continue;
    if (initial !== undefined && casing[0] !== initial) return true;
    initial = casing[0];
  }
  return false;
}

/**
 * A sentence-initial occurrence counts for the one casing that agrees with
 * it on every other word; when none does, its capital is taken as written.
 */
function resolveSentenceStarts(occurrences: readonly Occurrence[]): Occurrence[] {
  const concrete = new Set(occurrences.filter((occurrence) => occurrence.casing[0] !== '?').map((occurrence) => occurrence.casing));
  const resolved: Occurrence[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.casing[0] !== '?') {
      resolved.push(occurrence);
      continue;
    }
    const rest = occurrence.casing.slice(1);
    const agreeing = ['A', 'a'].filter((initial) => concrete.has(initial + rest));
    if (agreeing.length <= 1) resolved.push({ ...occurrence, casing: (agreeing[0] ?? 'A') + rest });
  }
  return resolved;
}

/**
 * Why the main form is the one to keep: the dictionary writes it so, the text
 * uses it most, or neither (a tie: reported, not fixed).
 */
type MainForm = 'official' | 'majority' | 'tie';

const MESSAGE_IDS: Record<MainForm, string> = { official: 'inconsistentOfficial', majority: 'inconsistent', tie: 'inconsistentTie' };

/** The report of an occurrence written unlike the main form, fixed to the main form's capitals unless it is a tie. */
function problemFor(doc: PressRelease, occurrence: Occurrence, main: Occurrence, form: MainForm): Problem {
  const { prose } = occurrence;
  const line = doc.lines.position(main.prose.block.plain.toSource(main.prose.words[main.first]!.start)).line;
  const data = { written: prose.slice(occurrence.first, occurrence.end), main: main.prose.slice(main.first, main.end), line };
  const initials = [...main.casing].map((initial) => initial === 'A');
  if (form !== 'tie') return prose.caseProblem(MESSAGE_IDS[form], occurrence.first, initials, { ...data, expected: prose.recased(occurrence.first, initials) });
  return { messageId: MESSAGE_IDS.tie, data, ...prose.block.plain.span(prose.words[occurrence.first]!.start, prose.words[occurrence.end - 1]!.end) };
}

export const orgNameInconsistent: Rule = {
  meta: {
    id: 'org-name-inconsistent',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Một tên cơ quan, tổ chức chỉ viết hoa theo một cách trong bài',
        en: 'One way of capitalizing each organization name per text',
      },
      rationale: {
        vi: 'Cùng một tên viết hoa hai kiểu trong một bài ("Tỉnh đoàn" và "Tỉnh Đoàn", "Ban tổ chức" và "Ban Tổ chức", "Sở ngoại vụ" và "Sở Ngoại vụ", "Ủy ban nhân dân" và "ủy ban nhân dân") là lỗi biên tập hay gặp: người đọc không biết đó có phải một cơ quan hay không. Quy tắc tìm các tên bắt đầu bằng từ chỉ loại tổ chức (Sở, Ban, Ủy ban, Hội, Đoàn, Phòng, Trung tâm, Văn phòng, Cục, Tổ, Đội, Tỉnh đoàn, Tỉnh ủy…), kể cả tên không có trong từ điển, và so cách viết hoa của cùng một dãy từ; tên đầy đủ và tên gọi tắt ("Đoàn Thanh niên Cộng sản Hồ Chí Minh" và "Đoàn thanh niên") là hai tên khác nhau, trừ ban tổ chức một sự kiện: "Ban Tổ chức Hội thi …" và "ban tổ chức" được so với nhau ("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Trung ương" là cơ quan của Đảng, không so). Chữ hoa đầu câu không tính là cách viết khác. Cách viết ít dùng hơn bị báo, kèm cách viết dùng nhiều hơn và dòng có nó; sửa tự động theo cách viết dùng nhiều hơn (với tên có trong từ điển thì theo cách viết của từ điển), không sửa khi hai cách ngang nhau. Tên có trong từ điển mà viết sai thì do quy tắc org-name-case báo và sửa.',
        en: 'The same name capitalized two ways in one text ("Tỉnh đoàn" and "Tỉnh Đoàn", "Ban tổ chức" and "Ban Tổ chức", "Sở ngoại vụ" and "Sở Ngoại vụ", "Ủy ban nhân dân" and "ủy ban nhân dân") is a common editing slip: readers cannot tell whether it is one body. The rule finds names that open with a word for a kind of organization (Sở, Ban, Ủy ban, Hội, Đoàn, Phòng, Trung tâm, Văn phòng, Cục, Tổ, Đội, Tỉnh đoàn, Tỉnh ủy…), names missing from the dictionary included, and compares the capitals of the same sequence of words; a full name and a short form ("Đoàn Thanh niên Cộng sản Hồ Chí Minh" and "Đoàn thanh niên") are different names, except an event\'s committee: "Ban Tổ chức Hội thi …" and "ban tổ chức" are compared ("Ban Tổ chức Tỉnh ủy" and "Ban Tổ chức Trung ương" are Party bodies and are not). A capital that starts a sentence is not another way of writing. The less used form is reported with the more used one and the line where it appears; the fix uses the more used form (for a dictionary name, the dictionary\'s form), and there is no fix when both are used equally. A dictionary name written wrongly is reported and fixed by org-name-case instead.',
      },
    },
    messages: {
      inconsistent: {
        vi: '"{written}" viết hoa khác với "{main}" (dòng {line}), cách viết dùng nhiều hơn trong bài: viết "{expected}" cho thống nhất.',
        en: '"{written}" is capitalized differently from "{main}" (line {line}), the form the text uses most: write "{expected}" to match.',
      },
      inconsistentOfficial: {
        vi: '"{written}" viết hoa khác với "{main}" (dòng {line}), cách viết của Nghị định 30/2020: viết "{expected}" cho thống nhất.',
        en: '"{written}" is capitalized differently from "{main}" (line {line}), the form Decree 30/2020 uses: write "{expected}" to match.',
      },
      inconsistentTie: {
        vi: '"{written}" viết hoa khác với "{main}" (dòng {line}) và hai cách được dùng ngang nhau: chọn một cách và sửa các chỗ còn lại.',
        en: '"{written}" is capitalized differently from "{main}" (line {line}), and both forms are used equally: pick one and correct the others.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tên viết thống nhất, chữ hoa đầu câu không tính', en: 'Names written one way; a sentence-initial capital does not count' },
          text:
            '# Tỉnh đoàn ra mắt Tổ công nghệ số cộng đồng\n\n' +
            'Sáng 14/4, Tỉnh đoàn phối hợp với Sở Khoa học và Công nghệ ra mắt Tổ công nghệ số cộng đồng. Tỉnh đoàn cũng trao quà cho đoàn viên.\n\n' +
            'Ban tổ chức cho biết, đợt ra quân thu hút hơn 500 đoàn viên. Theo Ban tổ chức, hoạt động sẽ được duy trì hằng tháng.\n',
        },
        {
          title: { vi: 'Tên đầy đủ và tên gọi tắt là hai tên khác nhau', en: 'A full name and a short form are different names' },
          text:
            '# Ra quân chuyển đổi số\n\n' +
            'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh phát động phong trào. Tính tiên phong của Đoàn thanh niên được phát huy.\n\n' +
            'Các sở, ngành và các ban của Tỉnh ủy cùng tham gia; công tác tổ chức được các ban chuẩn bị chu đáo.\n',
        },
        {
          title: { vi: 'Danh từ chung chứa chữ đầu của tên cơ quan: "cơ sở y tế", "cán bộ y tế"', en: 'Common nouns holding a name\'s first word: "cơ sở y tế", "cán bộ y tế"' },
          text:
            '# Sở Y tế hướng dẫn phòng bệnh mùa mưa\n\n' +
            'Ngày 14/4, Sở Y tế khuyến cáo người dân khi có triệu chứng sốt cần đến ngay cơ sở y tế gần nhất. Cán bộ y tế xã trực 24/24 giờ; lực lượng quốc phòng hỗ trợ vận chuyển.\n',
        },
        {
          title: { vi: '"Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Trung ương" là cơ quan của Đảng, khác "ban tổ chức" một hội thi', en: '"Ban Tổ chức Tỉnh ủy" and "Ban Tổ chức Trung ương" are Party bodies, not the "ban tổ chức" of a contest' },
          text:
            '# Tổng kết hội thi\n\n' +
            'Sáng 5/3, Ban Tổ chức Tỉnh ủy phối hợp với ban tổ chức hội thi tổng kết công tác năm. Ban Tổ chức Trung ương cử đại diện dự; ban tổ chức cảm ơn các đơn vị.\n',
        },
        {
          title: { vi: 'Cơ quan của nhiều nơi là danh từ chung: "đảng ủy các xã, phường"', en: 'The bodies of many places are a common noun: "đảng ủy các xã, phường"' },
          text:
            '# Tổng kết công tác dân vận\n\n' +
            'Sáng 5/12, Ban Dân vận Tỉnh ủy tổng kết công tác năm, có đại diện đảng ủy các xã, phường dự. Đồng chí Nguyễn Văn Thành, Bí thư Đảng ủy xã Ia Hrung, phát biểu tham luận.\n',
        },
      ],
      invalid: [
        {
          title: { vi: '"Ban Tổ chức Hội thi …" rồi "Ban tổ chức"', en: '"Ban Tổ chức Hội thi …", then "Ban tổ chức"' },
          text:
            '# Hội thi Tin học trẻ\n\n' +
            'Sáng 20/6, Ban Tổ chức Hội thi Tin học trẻ tỉnh tổng kết hội thi. Theo Ban tổ chức, hội thi thu hút 300 thí sinh; Ban tổ chức cảm ơn các nhà tài trợ.\n',
          expect: [{ messageId: 'inconsistent', line: 3 }],
          output:
            '# Hội thi Tin học trẻ\n\n' +
            'Sáng 20/6, Ban tổ chức Hội thi Tin học trẻ tỉnh tổng kết hội thi. Theo Ban tổ chức, hội thi thu hút 300 thí sinh; Ban tổ chức cảm ơn các nhà tài trợ.\n',
        },
        {
          title: { vi: '"Tỉnh Đoàn" một lần, "Tỉnh đoàn" nhiều lần', en: '"Tỉnh Đoàn" once, "Tỉnh đoàn" several times' },
          text:
            '# Ký kết phối hợp\n\n' +
            'Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự có lãnh đạo các ban thuộc Tỉnh Đoàn.\n\n' +
            'Tỉnh đoàn cũng ra mắt đội hình thanh niên tình nguyện. Thành đoàn và Tỉnh đoàn sẽ triển khai trong tháng 5.\n',
          expect: [{ messageId: 'inconsistent', line: 3 }],
          output:
            '# Ký kết phối hợp\n\n' +
            'Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự có lãnh đạo các ban thuộc Tỉnh đoàn.\n\n' +
            'Tỉnh đoàn cũng ra mắt đội hình thanh niên tình nguyện. Thành đoàn và Tỉnh đoàn sẽ triển khai trong tháng 5.\n',
        },
        {
          title: { vi: '"Ủy ban nhân dân" và "ủy ban nhân dân"', en: '"Ủy ban nhân dân" and "ủy ban nhân dân"' },
          text:
            '# Hội nghị\n\n' +
            'Hội nghị do Ủy ban nhân dân tỉnh tổ chức. Đại diện Ủy ban nhân dân huyện Lai Vung báo cáo kết quả.\n\n' +
            'Ông đề nghị ủy ban nhân dân xã tiếp tục rà soát.\n',
          expect: [{ messageId: 'inconsistentOfficial', line: 5 }],
          output:
            '# Hội nghị\n\n' +
            'Hội nghị do Ủy ban nhân dân tỉnh tổ chức. Đại diện Ủy ban nhân dân huyện Lai Vung báo cáo kết quả.\n\n' +
            'Ông đề nghị Ủy ban nhân dân xã tiếp tục rà soát.\n',
        },
        {
          title: { vi: 'Hai cách ngang nhau: báo, không sửa', en: 'Both forms used equally: reported, not fixed' },
          text: '# Hội thi\n\nBan tổ chức đã trao 20 giải. Theo Ban Tổ chức, hội thi thu hút 300 thí sinh; Ban tổ chức cảm ơn các nhà tài trợ và Ban Tổ chức hẹn gặp lại.\n',
          expect: [
            { messageId: 'inconsistentTie', line: 3 },
            { messageId: 'inconsistentTie', line: 3 },
          ],
        },
      ],
    },
  },
  check({ doc, profile, settings, report }) {
    if (profile.language !== 'vi') return;
    const blocks = nameBlocks(doc, settings.organizations).filter((prose) => !isTitleCaseHeading(prose));
    const byName = new Map<WordTree, Occurrence[]>();
    for (const occurrence of extendToLongerNames(occurrencesOf(blocks, matcherFor(settings.organizations), new WordTree()))) {
      const group = byName.get(occurrence.name);
      if (group) group.push(occurrence);
      else byName.set(occurrence.name, [occurrence]);
    }
    const judgedByDictionary = new Map<NameBlock, Set<number>>();
    const reportedByDictionary = ({ prose, first, end }: Occurrence): boolean => {
      let wrong = judgedByDictionary.get(prose);
      if (!wrong) judgedByDictionary.set(prose, (wrong = dictionaryErrors(prose)));
      for (let index = first; index < end; index++) if (wrong.has(index)) return true;
      return false;
    };
    for (const written of byName.values()) {
      if (written.every((occurrence) => occurrence.casing === written[0]!.casing)) continue;
      const group = markSentenceStarts(written);
      if (!twoCasings(group)) continue;
      const occurrences = resolveSentenceStarts(group.filter((occurrence) => !reportedByDictionary(occurrence)));
      // A dictionary name written as the dictionary writes it is the form to keep, however often it is used.
      const canonical = occurrences.find(({ prose, first, end }) => prose.names.some((match) => match.first === first && match.end === end));
      const dominant = dominantForm(occurrences.map((occurrence) => occurrence.casing));
      if (!dominant) continue;
      const main = canonical ?? occurrences.find((occurrence) => occurrence.casing === dominant.form)!;
      const form: MainForm = canonical ? 'official' : dominant.clear ? 'majority' : 'tie';
      for (const occurrence of occurrences) {
        if (occurrence.casing !== main.casing) report(problemFor(doc, occurrence, main, form));
      }
    }
  },
};
