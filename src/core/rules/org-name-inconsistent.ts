import type { Problem, Rule } from '../types';
import type { PressRelease } from '../model/types';
import { adjacent, foldPhrase, foldWord, isAllCaps, miscasedWords, nameBlocks, opensClause, PhraseIndex, withInitial, type NameBlock } from '../lang/name-matcher';
import { ADMINISTRATIVE_UNITS, NAMES_COMPARED_IN_LOWERCASE, NOT_A_NAME_AFTER_HEAD, ORGANIZATION_HEADS } from '../lang/organizations';
import { dominantForm } from '../lang/majority';

interface Head {
  length: number;
  /** A whole name by itself (`Tỉnh đoàn`). */
  complete: boolean;
}

const HEADS = new PhraseIndex<Head>(ORGANIZATION_HEADS.map(({ words, complete }) => [words, { length: words.split(' ').length, complete: complete === true }]));
const NOT_A_NAME = new Set([...NOT_A_NAME_AFTER_HEAD].map(foldPhrase));
const UNIT_FIRST_WORDS = new Set(ADMINISTRATIVE_UNITS.map((unit) => foldWord(unit.split(' ')[0]!)));
/** Words that end a name: function words and verbs that follow a name in a sentence. */
const CLAUSE_WORDS = new Set(
  ['và', 'của', 'các', 'với', 'cho', 'tại', 'trong', 'đã', 'đang', 'sẽ', 'cũng', 'là', 'được', 'bị', 'có', 'để', 'về', 'này', 'đó', 'thì', 'mà', 'từ', 'đến', 'theo', 'nhằm', 'vừa', 'vẫn', 'đều', 'không', 'chưa', 'cùng', 'như', 'do', 'trên', 'dưới', 'sau', 'trước', 'khi', 'nên', 'phải', 'cần'].map(foldWord),
);
const AND = foldWord('và');
/** Words before a head that make it a common noun in the plural (`các sở`, `những ban`). */
const PLURAL_MARKERS = new Set(['các', 'những', 'mọi', 'mỗi', 'từng', 'nhiều', 'hai', 'ba', 'bốn', 'năm'].map(foldWord));
/** Names outside the dictionary whose all-lowercase form is still compared (folded). */
const LOWERCASE_COMPARED = new Set(NAMES_COMPARED_IN_LOWERCASE.map(foldPhrase));
/** A heading whose words are mostly capitalized is in Title Case: its casing says nothing about a name. */
const TITLE_CASE_SHARE = 0.6;

/** One occurrence of an organization's name: its words and how each is capitalized. */
interface Occurrence {
  prose: NameBlock;
  first: number;
  end: number;
  key: string;
  /** Capital or not for each word; `undefined` for a first word whose capital may be the sentence's. */
  casing: Array<boolean | undefined>;
}

function isContentWord(prose: NameBlock, index: number): boolean {
  const word = prose.words[index]!.text;
  return !/\p{N}/u.test(word) && !isAllCaps(word) && !CLAUSE_WORDS.has(prose.keys[index]!);
}

/**
 * Where the name that starts at a head ends: the head, its field (one or two
 * syllables: `Ban tổ chức`, `Sở Ngoại vụ`), then capitalized parts with at most
 * one lowercase syllable each (`Thanh niên Cộng sản Hồ Chí Minh`), joined by `và`.
 * A place (`tỉnh Đồng Tháp`) and punctuation end it.
 */
function nameEnd(prose: NameBlock, head: Head, headStart: number): number | undefined {
  const { words, keys, capitals } = prose;
  const text = prose.block.plain.text;
  let end = headStart + head.length;
  const joined = (index: number): boolean => index < words.length && adjacent(text, words, index);
  // One lowercase syllable may complete a capitalized one (`Thanh niên`, `tổ chức`); more would run into the sentence.
  const lowercaseTail = (): void => {
    if (joined(end) && !capitals[end] && isContentWord(prose, end) && !UNIT_FIRST_WORDS.has(keys[end]!)) end++;
  };
  if (!head.complete) {
    if (!joined(end) || !isContentWord(prose, end)) return undefined;
    end++;
    lowercaseTail();
  }
  while (joined(end)) {
    if (capitals[end] && isContentWord(prose, end)) {
      end++;
      lowercaseTail();
    } else if (keys[end] === AND && joined(end + 1) && capitals[end + 1]) end++;
    else break;
  }
  return end;
}

/** Heads followed by a common noun or verb (`tổ chức`, `hội nghị`, `Đoàn viên`) do not open a name. */
function startsCommonWord(keys: readonly string[], headStart: number, head: Head): boolean {
  const after = headStart + head.length;
  const one = keys.slice(headStart, after + 1).join(' ');
  return NOT_A_NAME.has(one) || NOT_A_NAME.has(`${one} ${keys[after + 1]}`);
}

function isTitleCaseHeading(prose: NameBlock): boolean {
  if (prose.block.node.type !== 'heading' || prose.words.length < 4) return false;
  return prose.capitals.filter(Boolean).length >= prose.words.length * TITLE_CASE_SHARE;
}

/** Words of the block that org-name-case reports against the dictionary: that rule's fix decides their casing. */
function dictionaryErrors(prose: NameBlock): Set<number> {
  const wrong = new Set<number>();
  for (const match of prose.names) {
    if (miscasedWords(match, prose.words).length === 0) continue;
    for (let index = match.first; index < match.end; index++) wrong.add(index);
  }
  return wrong;
}

function occurrencesIn(prose: NameBlock): Occurrence[] {
  const { words, keys, capitals } = prose;
  const text = prose.block.plain.text;
  if (isTitleCaseHeading(prose)) return [];
  let judgedByDictionary: Set<number> | undefined;
  const found: Occurrence[] = [];
  for (let index = 0; index < words.length; index++) {
    if (!HEADS.opensWith(keys[index]!)) continue;
    const head = HEADS.at(text, words, keys, index)?.value;
    if (!head) continue;
    if (index > 0 && adjacent(text, words, index) && PLURAL_MARKERS.has(keys[index - 1]!)) continue;
    if (startsCommonWord(keys, index, head)) continue;
    const end = nameEnd(prose, head, index);
    if (end === undefined) continue;
    const casing: Array<boolean | undefined> = capitals.slice(index, end);
    const key = keys.slice(index, end).join(' ');
    // In lowercase, only a known name is surely a name: `làm trung tâm phục vụ`, `tổ công nghệ số` are common nouns.
    if (!casing.some(Boolean) && !prose.names.some((match) => match.first === index) && !LOWERCASE_COMPARED.has(key)) continue;
    judgedByDictionary ??= dictionaryErrors(prose);
    if (casing.some((_, offset) => judgedByDictionary!.has(index + offset))) continue;
    if (casing[0] && opensClause(text, words, index)) casing[0] = undefined;
    found.push({ prose, first: index, end, key, casing });
    // A name inside this one (`Tỉnh đoàn` in `Ban Thường vụ Tỉnh đoàn`) is an occurrence of its own.
    index += head.length - 1;
  }
  return found;
}

const casingKey = (casing: ReadonlyArray<boolean | undefined>): string => casing.map((capital) => (capital === undefined ? '?' : capital ? 'A' : 'a')).join('');

/**
 * A sentence-initial occurrence counts for the one casing that agrees with
 * it on every other word; when none does, its capital is taken as written.
 */
function resolveSentenceStarts(occurrences: Occurrence[]): Occurrence[] {
  const concrete = new Set(occurrences.filter((occurrence) => occurrence.casing[0] !== undefined).map((occurrence) => casingKey(occurrence.casing)));
  const resolved: Occurrence[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.casing[0] !== undefined) {
      resolved.push(occurrence);
      continue;
    }
    const rest = casingKey(occurrence.casing.slice(1));
    const agreeing = ['A', 'a'].filter((initial) => concrete.has(initial + rest));
    if (agreeing.length === 1) resolved.push({ ...occurrence, casing: [agreeing[0] === 'A', ...occurrence.casing.slice(1)] });
    else if (agreeing.length === 0) resolved.push({ ...occurrence, casing: [true, ...occurrence.casing.slice(1)] });
  }
  return resolved;
}

function writtenText(occurrence: Occurrence): string {
  const { words } = occurrence.prose;
  return occurrence.prose.block.plain.text.slice(words[occurrence.first]!.start, words[occurrence.end - 1]!.end);
}

function problemFor(doc: PressRelease, occurrence: Occurrence, main: Occurrence, fixable: boolean): Problem {
  const { words, block } = occurrence.prose;
  const plain = block.plain;
  const start = words[occurrence.first]!.start;
  const end = words[occurrence.end - 1]!.end;
  const span = plain.span(start, end);
  const mainSpan = main.prose.block.plain.span(main.prose.words[main.first]!.start, main.prose.words[main.end - 1]!.end);
  const problem: Problem = {
    messageId: fixable ? 'inconsistent' : 'inconsistentTie',
    data: { written: writtenText(occurrence), main: writtenText(main), line: doc.lines.position(mainSpan.start).line },
    ...span,
  };
  if (fixable && plain.isExact(start, end)) {
    let text = '';
    for (let index = occurrence.first; index < occurrence.end; index++) {
      const word = words[index]!;
      if (index > occurrence.first) text += plain.text.slice(words[index - 1]!.end, word.start);
      const capital = main.casing[index - occurrence.first];
      text += capital === undefined ? word.text : withInitial(word.text, capital);
    }
    problem.fix = { ...span, text };
  }
  return problem;
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
        vi: 'Cùng một tên viết hoa hai kiểu trong một bài ("Tỉnh đoàn" và "Tỉnh Đoàn", "Ban tổ chức" và "Ban Tổ chức", "Sở ngoại vụ" và "Sở Ngoại vụ", "Ủy ban nhân dân" và "ủy ban nhân dân") là lỗi biên tập hay gặp: người đọc không biết đó có phải một cơ quan hay không. Quy tắc tìm các tên bắt đầu bằng từ chỉ loại tổ chức (Sở, Ban, Ủy ban, Hội, Đoàn, Phòng, Trung tâm, Văn phòng, Cục, Tổ, Đội, Tỉnh đoàn, Tỉnh ủy…), kể cả tên không có trong từ điển, và so cách viết hoa của cùng một dãy từ. Chữ hoa đầu câu không tính là cách viết khác. Cách viết ít dùng hơn bị báo, kèm cách viết dùng nhiều hơn và dòng có nó; sửa tự động theo cách viết dùng nhiều hơn, không sửa khi hai cách ngang nhau. Tên có trong từ điển mà viết sai thì do quy tắc org-name-case báo và sửa.',
        en: 'The same name capitalized two ways in one text ("Tỉnh đoàn" and "Tỉnh Đoàn", "Ban tổ chức" and "Ban Tổ chức", "Sở ngoại vụ" and "Sở Ngoại vụ", "Ủy ban nhân dân" and "ủy ban nhân dân") is a common editing slip: readers cannot tell whether it is one body. The rule finds names that open with a word for a kind of organization (Sở, Ban, Ủy ban, Hội, Đoàn, Phòng, Trung tâm, Văn phòng, Cục, Tổ, Đội, Tỉnh đoàn, Tỉnh ủy…), names missing from the dictionary included, and compares the capitals of the same sequence of words. A capital that starts a sentence is not another way of writing. The less used form is reported with the more used one and the line where it appears; the fix uses the more used form, and there is no fix when both are used equally. A dictionary name written wrongly is reported and fixed by org-name-case instead.',
      },
    },
    messages: {
      inconsistent: {
        vi: '"{written}" viết hoa khác với "{main}" (dòng {line}), cách viết dùng nhiều hơn trong bài: viết thống nhất một cách.',
        en: '"{written}" is capitalized differently from "{main}" (line {line}), the form the text uses most: write the name one way.',
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
      ],
      invalid: [
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
          expect: [{ messageId: 'inconsistent', line: 5 }],
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
    const byKey = new Map<string, Occurrence[]>();
    for (const prose of nameBlocks(doc, settings.organizations)) {
      for (const occurrence of occurrencesIn(prose)) {
        const list = byKey.get(occurrence.key) ?? [];
        list.push(occurrence);
        byKey.set(occurrence.key, list);
      }
    }
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      const occurrences = resolveSentenceStarts(group);
      const dominant = dominantForm(occurrences.map((occurrence) => casingKey(occurrence.casing)));
      if (!dominant) continue;
      const main = occurrences.find((occurrence) => casingKey(occurrence.casing) === dominant.form)!;
      for (const occurrence of occurrences) {
        if (casingKey(occurrence.casing) !== dominant.form) report(problemFor(doc, occurrence, main, dominant.clear));
      }
    }
  },
};
