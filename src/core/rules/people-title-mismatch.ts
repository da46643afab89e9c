import type { PersonEntry, ProjectSettings } from '../config/types';
import type { Block, Person, PressRelease, Span } from '../model/types';
import type { Problem, Rule, RuleExample } from '../types';
import { tokenize, type Word } from '../text/words';
import { capitalizedWords } from '../lang/capitalized-words';
import { foldedWords, foldPhrase, foldWord, wordKey } from '../lang/name-matcher';
import { escapeRegExp, frontMatterString, publicationDay } from './helpers';
import { frontMatterBlock } from './front-matter-block';
import { parseIsoDate } from '../calendar';
import { isRank, RANK_WORDS } from '../model/participants';
import { proseBlocks } from '../model/prose';
import { fullNameRuns, introducedTitle, wordsOf, type NameRun } from '../lang/full-names';

/** Abbreviations written inside titles, compared by the words of their full form (`Phó Chủ tịch UBND tỉnh` = `Phó Chủ tịch Ủy ban nhân dân tỉnh`). */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  [
    ['UBND', 'Ủy ban nhân dân'],
    ['HĐND', 'Hội đồng nhân dân'],
    ['MTTQ', 'Mặt trận Tổ quốc'],
    ['ĐBQH', 'đại biểu Quốc hội'],
    ['BTV', 'Ban Thường vụ'],
    ['BCH', 'Ban Chấp hành'],
  ].map(([abbreviation, full]) => [abbreviation!, full!.split(' ').map(foldWord)]),
);
/** A written title may be a shortened form of the register's (`Giám đốc Sở` for `Giám đốc Sở Y tế`), but of two words at least. */
const SHORTEST_TITLE_WORDS = 2;
/** A parenthesis closing a written title is not part of it: `Bí thư Tỉnh đoàn (Tỉnh đoàn)`. */
const TRAILING_PARENTHESIS = /\s*\([^()]*\)\s*$/u;
/** Between a name and the title after it: `, `, ` – `, ` - `. */
const NAME_TITLE_SEPARATOR = /^\s*[,–—-]\s*/u;
/** Where a title written after a name ends: punctuation, or the verb of what the person says (`bà A – Chủ tịch HĐND tỉnh cho biết`). */
const TITLE_END =
  /^\s*(?:[,;.:)–—-]|$|(?:cho\s+biết|phát\s+biểu|nhấn\s+mạnh|khẳng\s+định|chia\s+sẻ|nói|đề\s+nghị|yêu\s+cầu|nêu\s+rõ|thông\s+tin|trao\s+đổi|chỉ\s+đạo|kết\s+luận)(?![\p{L}]))/u;
const SPACES = /\s+/u;
/** `Phó` makes a head's title the deputy's: `Phó Chủ tịch UBND tỉnh` is not `Chủ tịch UBND tỉnh`. */
const DEPUTY = foldWord('Phó');
/**
 * Posts of one unit that one person never holds together: its commander and
 * its political commissar (`Chỉ huy trưởng` and `Chính ủy Bộ Chỉ huy Quân sự
 * tỉnh`, `Tư lệnh` and `Chính ủy Quân khu 9`, `Đồn trưởng` and `Chính trị
 * viên Đồn Biên phòng …`), as pairs of comparison words.
 */
const COUNTERPART_POSTS: ReadonlyArray<readonly [string[], string[]]> = [
  ['Chỉ huy trưởng', 'Chính ủy'],
  ['Tư lệnh', 'Chính ủy'],
  ['Đồn trưởng', 'Chính trị viên'],
].map(([commander, commissar]) => [foldedWords(commander!), foldedWords(commissar!)] as const);

/** Words marking a title as no longer held: `nguyên Phó Giám đốc Sở …`. */
const FORMER = new Set(['nguyên', 'cựu'].map(foldWord));
/**
 * After a name (and a title between commas or after a dash), words saying
 * the person changes post: `bà A, Phó Giám đốc Sở, được bổ nhiệm giữ chức …`,
 * `A nhận quyết định …`. A title next to them may be the one being left.
 */
const CHANGE_OF_POST =
  /^(?:\s*[,–—-](?:[^.!?;]{0,120}?,)?)?\s*(?:(?:đã|vừa|nay|chính\s+thức|sẽ)\s+)?(?:được\s+(?:bổ\s+nhiệm|bầu|điều\s+động|luân\s+chuyển|giao|phân\s+công|chỉ\s+định|cử)|nhận\s+quyết\s+định|giữ\s+chức|đảm\s+nhận|nghỉ\s+hưu|thôi\s+giữ|chuyển\s+công\s+tác)/iu;

/** A title of the register with its comparison words and the dates it holds. */
interface RegisterTitle {
  title: string;
  keys: readonly string[];
  /** The same title one rank apart (with `Phó` added, or removed) and the posts beside it in the same unit (see COUNTERPART_POSTS). */
  otherRanks: ReadonlyArray<readonly string[]>;
  from?: string;
  until?: string;
}

interface Official {
  name: string;
  /** Comparison words of the name. */
  keys: readonly string[];
  titles: readonly RegisterTitle[];
}

interface Register {
  byName: ReadonlyMap<string, Official>;
  /** Officials by the first comparison word of their name. */
  byFirstWord: ReadonlyMap<string, readonly Official[]>;
  /** First letter and length of the first word of each name: a test on a capitalized word that makes no string. */
  firstWordShapes: ReadonlySet<number>;
}

/** A written title compared with the register: the register title it stands for, if any. */
type Judgement = { kind: 'held'; title: RegisterTitle } | { kind: 'other'; title: RegisterTitle } | { kind: 'unknown' };

/** Comparison words of a phrase: abbreviations spelled out, lowercase, tone-mark placement ignored. */
function phraseKeys(phrase: string): string[] {
  return tokenize(phrase.normalize('NFC')).flatMap((word) => keysOfWord(word.text));
}

function keysOfWord(word: string): readonly string[] {
  return TITLE_ABBREVIATIONS.get(word) ?? [foldWord(word)];
}

const registers = new WeakMap<readonly PersonEntry[], Register>();

/** The register, compiled once per config. */
function registerOf(people: readonly PersonEntry[]): Register {
  let register = registers.get(people);
  if (!register) {
    register = compileRegister(people);
    registers.set(people, register);
  }
  return register;
}

/** A register of these people; a name listed twice keeps the titles of both entries. */
function compileRegister(people: readonly PersonEntry[]): Register {
  const byName = new Map<string, Official>();
  for (const person of people) {
    const keys = phraseKeys(person.name);
    const titles = person.titles.map(({ title, from, until }) => {
      const keys = phraseKeys(title);
      return { title, keys, otherRanks: otherRanksOf(keys), ...(from ? { from } : {}), ...(until ? { until } : {}) };
    });
    const key = keys.join(' ');
    byName.set(key, { name: person.name.normalize('NFC'), keys, titles: [...(byName.get(key)?.titles ?? []), ...titles] });
  }
  const byFirstWord = new Map<string, Official[]>();
  for (const official of byName.values()) byFirstWord.set(official.keys[0]!, [...(byFirstWord.get(official.keys[0]!) ?? []), official]);
  const firstWordShapes = new Set(people.map((person) => wordShape(person.name.normalize('NFC').trim().split(SPACES)[0]!)));
  return { byName, byFirstWord, firstWordShapes };
}

/** A title's comparison words one rank apart, and with the post beside it in the same unit. */
function otherRanksOf(keys: readonly string[]): string[][] {
  const deputy = keys[0] === DEPUTY;
  const post = deputy ? keys.slice(1) : keys;
  const counterparts = COUNTERPART_POSTS.flatMap((pair) =>
    pair.flatMap((words, side) => (words.every((word, index) => post[index] === word) ? [[...(deputy ? [DEPUTY] : []), ...pair[1 - side]!, ...post.slice(words.length)]] : [])),
  );
  return [deputy ? [...post] : [DEPUTY, ...keys], ...counterparts];
}

/** A word's first letter and length, as a number: names keep both whatever their tone-mark placement (`Thủy`, `Thuỷ`). */
function wordShape(word: string): number {
  return word.charCodeAt(0) * 64 + Math.min(word.length, 63);
}

/** The registered official of this name; its first word is tested first, which most names fail, before the whole name is folded. */
function registeredOfficial(name: string, register: Register): Official | undefined {
  const space = name.indexOf(' ');
  if (!register.byFirstWord.has(foldWord(space === -1 ? name : name.slice(0, space)))) return undefined;
  return register.byName.get(phraseKeys(name).join(' '));
}

/** Titles valid on the article's date; without a date, the latest ones (still held, or else the last to end). */
function titlesOn(official: Official, date: string | undefined): RegisterTitle[] {
  if (date !== undefined) return official.titles.filter((title) => (title.from ?? '') <= date && date <= (title.until ?? '9999'));
  const held = official.titles.filter((title) => title.until === undefined);
  if (held.length > 0) return held;
  const lastEnd = official.titles.reduce((latest, title) => (title.until! > latest ? title.until! : latest), '');
  return official.titles.filter((title) => title.until === lastEnd);
}

/** Number of leading words two titles share when one is the other or a shortening of it; 0 otherwise. */
function agreement(written: readonly string[], register: readonly string[]): number {
  const shorter = Math.min(written.length, register.length);
  for (let index = 0; index < shorter; index++) if (written[index] !== register[index]) return 0;
  return shorter === register.length || shorter >= SHORTEST_TITLE_WORDS ? shorter : 0;
}

/** The register title a written one stands for: the closest; a tie counts as held when one of them is. */
function judge(written: readonly string[], official: Official, valid: readonly RegisterTitle[]): Judgement {
  let best = 0;
  let matches: RegisterTitle[] = [];
  for (const title of official.titles) {
    const shared = agreement(written, title.keys);
    if (shared > best) [best, matches] = [shared, [title]];
    else if (shared === best && shared > 0) matches.push(title);
  }
  if (matches.length === 0) return { kind: 'unknown' };
  const held = matches.find((title) => valid.includes(title));
  return held ? { kind: 'held', title: held } : { kind: 'other', title: matches[0]! };
}

/** `2025-03-01` → `01/3/2025`, zero-padded as Nghị định 30 writes dates (days below 10, months 1 and 2). */
function displayDate(iso: string): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) return iso;
  const month = parsed.month <= 2 ? String(parsed.month).padStart(2, '0') : String(parsed.month);
  return `${String(parsed.day).padStart(2, '0')}/${month}/${parsed.year}`;
}

interface Finding {
  official: Official;
  /** Set for a finding about the signer read from `signer` (no register entry): the title printed under the signature. */
  signerTitle?: string;
  /** Set for a mention of a title one rank apart from the one it was found by (`Phó Chủ tịch …` for `Chủ tịch …`). */
  otherRankOf?: RegisterTitle;
  /** Set for a finding against the participants list or the text's introduction (no register entry): the title given there. */
  listedTitle?: string;
  /** Set when that title is given in the prose, not in a participants list: the line of the introduction. */
  introducedLine?: number;
  written: string;
  judgement: Judgement;
  span: Span;
  /** Register titles the fix may write: the valid ones not already written for this person. */
  candidates: readonly RegisterTitle[];
  /** True when the source holds the title character for character, so that replacing `span` is safe. */
  exact: boolean;
  /** The title under `signer`: someone without a title on the date cannot sign. */
  signer?: true;
}

function reportFinding(finding: Finding, valid: readonly RegisterTitle[], date: string | undefined, report: (problem: Problem) => void): void {
  const { official, written, judgement, span, candidates } = finding;
  if (finding.listedTitle !== undefined) {
    // The list or the later mention: only the writer knows which is wrong, so no fix.
    const data = { name: official.name, written, listed: finding.listedTitle };
    if (finding.introducedLine === undefined) report({ messageId: 'listedTitleMismatch', data, ...span });
    else report({ messageId: 'introducedTitleMismatch', data: { ...data, line: finding.introducedLine }, ...span });
    return;
  }
  if (finding.signerTitle !== undefined) {
    // Which of the two is wrong, the text or the signature block, only the writer knows: no fix.
    report({ messageId: 'signerTitleMismatch', data: { name: official.name, written, signed: finding.signerTitle }, ...span });
    return;
  }
  const expected = valid.map((title) => title.title).join(', ');
  const fix = finding.exact && candidates.length === 1 ? { fix: { ...span, text: candidates[0]!.title } } : {};
  const data: Record<string, string> = { name: official.name, written, expected, ...(date ? { date: displayDate(date) } : {}) };
  if (valid.length === 0) {
    // No title on the date (retired, transferred, not yet appointed): only a title the register dates can be judged.
    if (judgement.kind !== 'other' || date === undefined) return;
    const { from, until } = judgement.title;
    if (from !== undefined && date < from) report({ messageId: 'notYetTitle', data: { ...data, from: displayDate(from) }, ...span });
    else report({ messageId: finding.signer ? 'signerLeft' : 'leftTitle', data: { ...data, until: displayDate(until ?? '') }, ...span });
    return;
  }
  if (judgement.kind === 'unknown') {
    report({ messageId: date ? 'unknownTitle' : 'unknownTitleUndated', data, ...span, ...fix });
    return;
  }
  const { from, until } = judgement.title;
  if (date !== undefined && from !== undefined && date < from) {
    report({ messageId: 'laterTitle', data: { ...data, from: displayDate(from) }, ...span, ...fix });
    return;
  }
  report({ messageId: date ? 'formerTitle' : 'formerTitleUndated', data: { ...data, until: displayDate(until ?? '') }, ...span, ...fix });
}

/** A participant's written titles: each stands for a title held on the date, or is reported. */
function checkParticipant(doc: PressRelease, person: Person, official: Official, valid: readonly RegisterTitle[]): Finding[] {
  const written = person.titles.map((title) => {
    const text = title.text.replace(TRAILING_PARENTHESIS, '');
    const exact = doc.source.slice(title.start, title.start + text.length) === text;
    return { text, span: { start: title.start, end: title.start + text.length }, exact, judgement: judge(phraseKeys(text), official, valid) };
  });
  const heldTitles = written.flatMap((title) => (title.judgement.kind === 'held' ? [title.judgement.title] : []));
  const candidates = valid.filter((title) => !heldTitles.includes(title));
  // A title the register does not know is reported only when no written title is held: registers often list the main posts only.
  const reportUnknown = heldTitles.length === 0;
  return written
    .filter((title) => title.judgement.kind === 'other' || (title.judgement.kind === 'unknown' && reportUnknown))
    .map((title) => ({
      official,
      written: title.text,
      judgement: title.judgement,
      span: title.span,
      candidates: title.judgement.kind === 'unknown' && written.length > 1 ? [] : candidates,
      exact: title.exact,
    }));
}

/** Comparison words of `words[from, to)` with the index of the word each comes from. */
function wordKeys(words: readonly Word[], from: number, to: number): Array<{ key: string; word: number }> {
  const keys: Array<{ key: string; word: number }> = [];
  for (let index = from; index < to; index++) for (const key of keysOfWord(words[index]!.text)) keys.push({ key, word: index });
  return keys;
}

/** A register title, or the same title one rank apart (`otherRank`), found next to a name. */
interface TitleMatch {
  title: RegisterTitle;
  otherRank: boolean;
  length: number;
}

/** Whether a match is better than the best so far: longer, or as long and of the register's own rank. */
function better(match: TitleMatch, best: TitleMatch | undefined): boolean {
  return !best || match.length > best.length || (match.length === best.length && best.otherRank && !match.otherRank);
}

/** The register's titles and their other ranks, as comparison words. */
function titleForms(official: Official): Array<{ title: RegisterTitle; keys: readonly string[]; otherRank: boolean }> {
  return official.titles.flatMap((title) => [
    { title, keys: title.keys, otherRank: false },
    ...title.otherRanks.map((keys) => ({ title, keys, otherRank: true })),
  ]);
}

/** A register title written right before a name (`Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng`), as words `[start, nameIndex)`. */
function titleBefore(text: string, words: readonly Word[], nameIndex: number, official: Official): (TitleMatch & { start: number }) | undefined {
  let first = nameIndex;
  const forms = titleForms(official);
  const longest = Math.max(...forms.map((form) => form.keys.length));
  while (first > 0 && nameIndex - first < longest && text.slice(words[first - 1]!.end, words[first]!.start).trim() === '') first--;
  const keys = wordKeys(words, first, nameIndex);
  let found: (TitleMatch & { start: number }) | undefined;
  for (const { title, keys: titleKeys, otherRank } of forms) {
    for (let length = titleKeys.length; length >= Math.min(SHORTEST_TITLE_WORDS, titleKeys.length); length--) {
      const tail = keys.slice(keys.length - length);
      const start = tail[0]?.word;
      // The title must start at a word of its own (an expanded `UBND` is taken whole).
      if (tail.length !== length || start === undefined || keys[keys.length - length - 1]?.word === start) continue;
      if (!tail.every((key, offset) => key.key === titleKeys[offset])) continue;
      const match = { start, title, otherRank, length };
      if (better(match, found)) found = match;
      break;
    }
  }
  return found;
}

/** A register title written after a name and a separator (`Đoàn Thanh Bình – Giám đốc Sở …`), as words `[nameEnd + 1, end)`. */
function titleAfter(text: string, words: readonly Word[], nameEnd: number, official: Official): (TitleMatch & { end: number }) | undefined {
  const next = words[nameEnd];
  if (!next || !NAME_TITLE_SEPARATOR.test(text.slice(words[nameEnd - 1]!.end, next.start))) return undefined;
  const forms = titleForms(official);
  const longest = Math.max(...forms.map((form) => form.keys.length));
  const keys = wordKeys(words, nameEnd, Math.min(words.length, nameEnd + longest));
  let found: (TitleMatch & { end: number }) | undefined;
  for (const { title, keys: titleKeys, otherRank } of forms) {
    let shared = 0;
    while (shared < titleKeys.length && keys[shared]?.key === titleKeys[shared]) shared++;
    const lastWord = keys[shared - 1]?.word;
    if (shared === 0 || lastWord === undefined || keys[shared]?.word === lastWord) continue;
    // A shortened title must end there (`…, Giám đốc Sở, cho biết`); the full one may go on (`… Sở Y tế tỉnh Đồng Tháp`).
    const complete = shared === titleKeys.length;
    if (!complete && (shared < SHORTEST_TITLE_WORDS || !TITLE_END.test(text.slice(words[lastWord]!.end)))) continue;
    const match = { end: lastWord + 1, title, otherRank, length: shared };
    if (better(match, found)) found = match;
  }
  return found;
}

/** The official whose name is written from `words[index]` on (words separated by spaces only), and the index of its last word. */
function nameAt(text: string, words: readonly Word[], index: number, register: Register): { official: Official; last: number } | undefined {
  for (const official of register.byFirstWord.get(wordKey(words[index]!)) ?? []) {
    const last = index + official.keys.length - 1;
    if (last >= words.length) continue;
    let matches = true;
    for (let offset = 1; offset < official.keys.length && matches; offset++) {
      const word = words[index + offset]!;
      matches = wordKey(word) === official.keys[offset] && text.slice(words[index + offset - 1]!.end, word.start).trim() === '';
    }
    if (matches) return { official, last };
  }
  return undefined;
}

/** Mentions of registered officials outside the participants lists: `Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng`, `ông A, Giám đốc Sở …`. */
function checkMentions(doc: PressRelease, register: Register, date: string | undefined): Finding[] {
  const inLists: readonly Span[] = doc.participants.flatMap((list) => list.entries);
  const findings: Finding[] = [];
  for (const { block, words, capitalized } of capitalizedWords(doc)) {
    for (const index of capitalized) {
      if (!register.firstWordShapes.has(wordShape(words[index]!.text))) continue;
      const found = nameAt(block.plain.text, words, index, register);
      if (!found) continue;
      const source = block.plain.toSource(words[index]!.start);
      if (!inLists.some((entry) => entry.start <= source && source < entry.end)) findings.push(...mentionFindings(block, words, index, found, date));
    }
  }
  return findings;
}

/** The titles written next to an official's name (words `[index, found.last]`) that the register gives that person on other dates. */
function mentionFindings(block: Block, words: readonly Word[], index: number, found: { official: Official; last: number }, date: string | undefined): Finding[] {
  const { official, last } = found;
  const text = block.plain.text;
  const valid = titlesOn(official, date);
  const written = titleBefore(text, words, index, official);
  // `nguyên Phó Giám đốc Sở A` says the title is a former one.
  const before = written && !(written.start > 0 && FORMER.has(wordKey(words[written.start - 1]!))) ? written : undefined;
  const after = titleAfter(text, words, last + 1, official);
  // A sentence about the change of post names the title being left: `bà A, Phó Giám đốc Sở, được bổ nhiệm giữ chức …`.
  if (CHANGE_OF_POST.test(text.slice(after ? words[after.end - 1]!.end : words[last]!.end))) return [];
  const mentions = [
    ...(before ? [{ ...before, start: words[before.start]!.start, end: words[index - 1]!.end }] : []),
    ...(after ? [{ ...after, start: words[last + 1]!.start, end: words[after.end - 1]!.end }] : []),
  ];
  return mentions
    .filter((mention) => mention.otherRank || !valid.includes(mention.title))
    .map((mention) => ({
      official,
      written: text.slice(mention.start, mention.end),
      judgement: mention.otherRank ? { kind: 'unknown' } : { kind: 'other', title: mention.title },
      ...(mention.otherRank ? { otherRankOf: mention.title } : {}),
      span: block.plain.span(mention.start, mention.end),
      candidates: valid.length === 1 ? valid : [],
      exact: block.plain.isExact(mention.start, mention.end),
    }));
}

/** The participants of the lists who are in the register, each with the titles written for them. */
function checkParticipants(doc: PressRelease, register: Register, date: string | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const list of doc.participants) {
    for (const entry of list.entries) {
      if (entry.kind !== 'person' || entry.titles.length === 0) continue;
      const official = registeredOfficial(entry.name.text, register);
      if (official) findings.push(...checkParticipant(doc, entry, official, titlesOn(official, date)));
    }
  }
  return findings;
}

/** A title followed by its agency, the words they share said once: `Chánh Thanh tra` of `Thanh tra tỉnh` is `Chánh Thanh tra tỉnh`. */
function titleOfAgency(title: string, agency: string): string {
  const [titleWords, agencyWords] = [title.split(SPACES), agency.split(SPACES)];
  for (let shared = Math.min(titleWords.length, agencyWords.length); shared > 0; shared--) {
    if (titleWords.slice(-shared).join(' ').toLowerCase() === agencyWords.slice(0, shared).join(' ').toLowerCase()) return [...titleWords, ...agencyWords.slice(shared)].join(' ');
  }
  return `${title} ${agency}`;
}

/**
 * A formal release's signer as `signer` names them, when the register does
 * not: the text must not give them the title one rank apart from the one
 * they sign with (`Giám đốc Sở` for the `Phó Giám đốc` who signs `KT.`, or
 * the reverse). Other titles in the text (a Party post) are not compared:
 * the signature block prints one title only.
 */
function signerInText(doc: PressRelease, people: readonly PersonEntry[], date: string | undefined): Finding[] {
  const signer = frontMatterBlock(doc, 'signer');
  if (signer.kind !== 'mapping') return [];
  const name = signer.field('name').text;
  const signed = signer.field('title').text ?? signer.field('head').text;
  if (name === undefined || signed === undefined || (people.length > 0 && registeredOfficial(name, registerOf(people)))) return [];
  const agency = frontMatterString(doc, 'agency');
  const register = compileRegister([{ name, titles: [{ title: agency === undefined ? signed : titleOfAgency(signed, agency) }] }]);
  const { otherRanks } = [...register.byName.values()][0]!.titles[0]!;
  return [...checkParticipants(doc, register, date), ...checkMentions(doc, register, date)]
    .filter((finding) => otherRanks.some((keys) => agreement(phraseKeys(finding.written), keys) > 0))
    .map((finding) => ({ ...finding, signerTitle: signed }));
}

/** Before a name in its sentence: the person is the one appointed, elected, moved (`bổ nhiệm ông A`, `trao quyết định cho ông A`, `chúc mừng đồng chí A`). */
const APPOINTED_BEFORE = /(?:bổ\s+nhiệm|bầu|điều\s+động|luân\s+chuyển|chỉ\s+định|phân\s+công|giao\s+quyền|(?:trao|công\s+bố)\s+quyết\s+định|chúc\s+mừng|(?<![\p{L}])tân)(?![\p{L}])[^.!?;]*$/iu;
/** How far before a name its sentence is searched for an appointment. */
const APPOINTMENT_WINDOW = 120;

/** The person changes post in this text (appointed, elected, retired): titles one rank apart are the news, not a slip. */
function changesPost(doc: PressRelease, name: string): boolean {
  for (const { block } of proseBlocks(doc)) {
    const text = block.plain.text;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (APPOINTED_BEFORE.test(text.slice(Math.max(0, at - APPOINTMENT_WINDOW), at)) || CHANGE_OF_POST.test(text.slice(at + name.length))) return true;
    }
  }
  return false;
}

/** Around a mention, as far as a title may reach (`Phó Giám đốc Sở Khoa học và Công nghệ Trần Văn A`). */
const TITLE_REACH = 80;
/** Words of a title one rank apart or of a post beside it (`Phó`, and those of COUNTERPART_POSTS). */
const OTHER_RANK_WORD = /(?<![\p{L}])(?:phó|chỉ\s+huy\s+trưởng|tư\s+lệnh|đồn\s+trưởng|chính\s+(?:ủy|uỷ)|chính\s+trị\s+viên)(?![\p{L}])/iu;

/** A person the text introduces with titles: a participants list's entry, or a full name with its title after it in the prose. */
interface IntroducedPerson {
  name: string;
  titles: readonly string[];
  /** The source span of the introduction. */
  start: number;
  end: number;
  /** For a person introduced in the prose, not in a participants list: the prose's other mentions of the name. */
  mentions?: readonly NameRun[];
}

/** Whether `offset` lies inside one of `spans`, which are in document order and do not overlap. */
function insideAny(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= offset) low = middle + 1;
    else if (spans[middle]!.start > offset) high = middle - 1;
    else return true;
  }
  return false;
}

/**
 * The persons the text introduces, each by their first introduction: the
 * participants lists' entries, then the full names of the prose followed by
 * a title (`do ông Lê Văn Tiến – Phó Giám đốc Sở Nội vụ làm Chủ tịch`),
 * these with the prose's other mentions of the name.
 */
function introducedPersons(doc: PressRelease): IntroducedPerson[] {
  const persons: IntroducedPerson[] = [];
  for (const list of doc.participants) {
    for (const entry of list.entries) {
      if (entry.kind !== 'person') continue;
      const titles = entry.titles.filter((title) => !isRank(title.text)).map((title) => title.text.replace(TRAILING_PARENTHESIS, ''));
      persons.push({ name: entry.name.text, titles, start: entry.start, end: entry.end });
    }
  }
  const listed = new Set(persons.map((person) => person.name));
  const inLists: readonly Span[] = doc.participants.flatMap((list) => list.entries);
  const runsByName = new Map<string, NameRun[]>();
  for (const run of fullNameRuns(doc)) {
    const runs = runsByName.get(run.spelled);
    if (runs) runs.push(run);
    else runsByName.set(run.spelled, [run]);
  }
  for (const runs of runsByName.values()) {
    // Only a name written again can be written again with another title: most are written once.
    if (runs.length < 2) continue;
    for (const run of runs) {
      const { plain } = run.block;
      const title = introducedTitle(plain.text, run.end);
      if (!title) continue;
      const [start, end] = [plain.toSource(run.start), plain.toSource(title.end)];
      const name = wordsOf(run).join(' ');
      if (listed.has(name) || insideAny(inLists, start)) break;
      persons.push({ name, titles: [plain.text.slice(title.start, title.end)], start, end, mentions: runs.filter((other) => other !== run) });
      break;
    }
  }
  return persons;
}

/**
 * Whether an introduced person may be named further on with a title one
 * rank apart, found without building a register: the name is written again
 * outside the introduction, and `Phó` (or a word of COUNTERPART_POSTS)
 * stands in the introduced titles or near that mention. Most persons are
 * named once, or again with their titles as introduced, and cost no more
 * than this search.
 */
function mayBeNamedOneRankApart(doc: PressRelease, person: IntroducedPerson): boolean {
  const { name } = person;
  const otherRankIntroduced = person.titles.some((title) => OTHER_RANK_WORD.test(title));
  if (person.mentions) {
    return person.mentions.some(({ block, start, end }) => otherRankIntroduced || OTHER_RANK_WORD.test(block.plain.text.slice(Math.max(0, start - TITLE_REACH), end + TITLE_REACH)));
  }
  for (let at = doc.source.indexOf(name); at !== -1; at = doc.source.indexOf(name, at + name.length)) {
    if (at >= person.start && at < person.end) continue;
    if (otherRankIntroduced || OTHER_RANK_WORD.test(doc.source.slice(Math.max(0, at - TITLE_REACH), at + name.length + TITLE_REACH))) return true;
  }
  return false;
}

/**
 * The persons the text introduces as its own register, for those the
 * project's register does not hold: a person listed or introduced as `Chủ
 * tịch UBND tỉnh` and named `Phó Chủ tịch UBND tỉnh` further on (or the
 * reverse) has one of the two wrong. Only a title one rank apart is
 * reported: a shorter title, or another of the person's posts, is usual.
 */
function introducedInText(doc: PressRelease, persons: readonly IntroducedPerson[], people: readonly PersonEntry[], date: string | undefined): Finding[] {
  const project = people.length > 0 ? registerOf(people) : undefined;
  const introduced = persons.filter(
    (person) => person.titles.length > 0 && mayBeNamedOneRankApart(doc, person) && !(project && registeredOfficial(person.name, project)),
  );
  if (introduced.length === 0) return [];
  const register = compileRegister(introduced.map(({ name, titles }) => ({ name, titles: titles.map((title) => ({ title })) })));
  const byName = new Map(introduced.map((person) => [person.name, person]));
  return checkMentions(doc, register, date).flatMap((finding) => {
    if (!finding.otherRankOf || changesPost(doc, finding.official.name)) return [];
    const person = byName.get(finding.official.name);
    const introducedLine = person?.mentions ? doc.lines.position(person.start).line : undefined;
    return [{ ...finding, listedTitle: finding.otherRankOf.title, ...(introducedLine === undefined ? {} : { introducedLine }) }];
  });
}

/** The head of a body, a post one person holds at a time: `Chủ tịch UBND phường`, `Bí thư Đảng ủy xã`, `Giám đốc Sở Y tế`. */
const HEAD_POST = /^(?:chủ\s+tịch|bí\s+thư|giám\s+đốc|chánh\s+án|viện\s+trưởng|chỉ\s+huy\s+trưởng|chính\s+(?:ủy|uỷ)|tư\s+lệnh|hiệu\s+trưởng|trưởng\s+ban|chủ\s+nhiệm)\s+\S+\s+\S+/iu;
const SPACE_RUN = /\s+/gu;

/**
 * A person named further on with the head post the text gives another
 * (`Lâm Văn Tâm – Phó Bí thư Đảng ủy, Chủ tịch UBND phường` when the
 * participants list names Trương Thị Ngọc Mai `Chủ tịch UBND phường`):
 * one of the two is wrong. Only a post written exactly as introduced, held
 * by one person in the text, and not by the one named; not in a text about
 * a change of post.
 */
function checkPostsOfOthers(doc: PressRelease, persons: readonly IntroducedPerson[], report: (problem: Problem) => void): void {
  const holders = new Map<string, IntroducedPerson | null>();
  for (const person of persons) {
    for (const title of person.titles) {
      if (!HEAD_POST.test(title)) continue;
      const key = foldPhrase(title);
      const holder = holders.get(key);
      holders.set(key, holder === undefined || holder?.name === person.name ? person : null);
    }
  }
  if (holders.size === 0) return;
  const byName = new Map(persons.map((person) => [person.name, person]));
  const inLists: readonly Span[] = doc.participants.flatMap((list) => list.entries);
  for (const run of fullNameRuns(doc)) {
    const name = run.spelled.replace(SPACE_RUN, ' ');
    const person = byName.get(name);
    const text = run.block.plain.text;
    if (!person || insideAny(inLists, run.block.plain.toSource(run.start))) continue;
    for (let title = introducedTitle(text, run.end); title; title = introducedTitle(text, title.end)) {
      const written = text.slice(title.start, title.end);
      const key = foldPhrase(written);
      const holder = holders.get(key);
      if (!holder || holder.name === name || person.titles.some((own) => foldPhrase(own) === key) || isOneRankApart(written, person) || changesPost(doc, name)) continue;
      const data = { name, post: written, holder: holder.name, line: doc.lines.position(holder.start).line };
      report({ messageId: 'postOfAnother', data, ...run.block.plain.span(title.start, title.end) });
    }
  }
}

/** A title one rank apart from one of the person's, which introducedInText reports. */
function isOneRankApart(written: string, person: IntroducedPerson): boolean {
  const keys = phraseKeys(written).join(' ');
  return person.titles.some((own) => otherRanksOf(phraseKeys(own)).some((other) => other.join(' ') === keys));
}

/** `Đại tá Trần Minh Khoa` in `signer.name`: the rank, then the name. */
const RANKED_NAME = new RegExp(String.raw`^(${RANK_WORDS})\s+(\S.*)$`, 'iu');

/** One rank as another writes it: case and tone style (`Đại uý`, `đại úy`) aside. */
function rankKey(rank: string): string {
  return rank.toLowerCase().replace(/\s+/gu, ' ').replace('uý', 'úy');
}

/**
 * A formal release signed with a rank (`name: Đại tá Trần Minh Khoa`) whose
 * text gives the signer another rank (`Thượng tá Trần Minh Khoa, Phó Giám
 * đốc`): one of the two is wrong, and only the writer knows which.
 */
function checkSignerRank(doc: PressRelease, report: (problem: Problem) => void): void {
  const signer = frontMatterBlock(doc, 'signer');
  if (signer.kind !== 'mapping') return;
  const ranked = RANKED_NAME.exec(signer.field('name').text?.trim() ?? '');
  if (!ranked) return;
  const [, signed, name] = ranked as unknown as [string, string, string];
  const mention = new RegExp(String.raw`(?<![\p{L}\p{N}])(${RANK_WORDS})\s+${escapeRegExp(name).replace(/\s+/gu, String.raw`\s+`)}(?![\p{L}\p{N}])`, 'giu');
  for (const { block } of proseBlocks(doc)) {
    const text = block.plain.text;
    if (!text.includes(name.slice(name.lastIndexOf(' ') + 1))) continue;
    for (const match of text.matchAll(mention)) {
      if (rankKey(match[1]!) === rankKey(signed)) continue;
      const span = block.plain.span(match.index, match.index + match[1]!.length);
      report({ messageId: 'signerRankMismatch', data: { name, written: match[1]!, signed }, ...span });
    }
  }
}

/** The signer of a press release, when registered: the title under `signer` must be held on the date. */
function checkSigner(doc: PressRelease, register: Register, date: string | undefined): Finding[] {
  const signer = frontMatterBlock(doc, 'signer');
  if (signer.kind !== 'mapping') return [];
  const name = signer.field('name').text;
  const title = signer.field('title').text === undefined ? signer.field('head') : signer.field('title');
  const official = name === undefined ? undefined : registeredOfficial(name, register);
  if (!official || title.text === undefined) return [];
  const judgement = judge(phraseKeys(title.text), official, titlesOn(official, date));
  // The signer's title is the short form printed under the signature (`Phó Giám đốc`): no fix writes the register's.
  return judgement.kind === 'held' ? [] : [{ official, written: title.text, judgement, span: title.span, candidates: [], exact: false, signer: true }];
}

const REGISTER: Pick<ProjectSettings, 'people'> = {
  people: [
    {
      name: 'Lê Minh Khoa',
      titles: [{ title: 'Tỉnh ủy viên' }, { title: 'Phó Chủ tịch UBND tỉnh', until: '2025-09-30' }, { title: 'Chủ tịch UBND tỉnh', from: '2025-10-01' }],
    },
    {
      name: 'Phạm Thị Thu Hà',
      titles: [
        { title: 'Giám đốc Sở Thông tin và Truyền thông', until: '2025-02-28' },
        { title: 'Giám đốc Sở Khoa học và Công nghệ', from: '2025-03-01' },
      ],
    },
    { name: 'Trần Văn Nam', titles: [{ title: 'Phó Giám đốc Sở Khoa học và Công nghệ', until: '2025-12-31' }] },
    { name: 'Võ Thị Lan', titles: [{ title: 'Phó Giám đốc Sở Khoa học và Công nghệ', from: '2025-03-01' }] },
  ],
};

/** A formal release signed by a deputy for the head, without a people register. */
const SIGNED_RELEASE_HEAD = '---\nprofile: vn-press-release\ndate: 2026-03-16\nagency: Sở Giáo dục và Đào tạo\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Phan Thị Mỹ Lệ\n---\n\n# Phương án tuyển sinh lớp 10 năm học 2026 - 2027\n\n';

const VALID_EXAMPLES: RuleExample[] = [
  {
    title: { vi: 'Giới thiệu kèm chức vụ trong đoạn văn, nhắc lại đúng chức vụ hay rút gọn', en: 'Introduced with a title in the prose, named again with it or a shortening' },
    text: '---\ndate: 2026-05-12\n---\n\n# Công bố kết quả tuyển dụng công chức cấp xã\n\nHội đồng tuyển dụng do ông Lê Văn Tiến – Phó Giám đốc Sở Nội vụ tỉnh Phú Thọ làm Chủ tịch Hội đồng; bà Nguyễn Thị Minh Phương, Giám đốc Sở Nội vụ, dự lễ công bố.\n\nPhó Giám đốc Sở Nội vụ Lê Văn Tiến cho biết đề thi gắn với thực tế; theo Giám đốc Sở Nguyễn Thị Minh Phương, kết quả được công khai.\n',
  },
  {
    title: { vi: 'Chức vụ đúng vào ngày của bài, cả khi nhắc tên trong bài', en: 'Titles right on the article\'s date, mentions in the text included' },
    settings: REGISTER,
    text: '---\ndate: 2026-04-14\n---\n\n# Ký kết chương trình phối hợp về chuyển đổi số\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự buổi lễ có ông Lê Minh Khoa – Tỉnh ủy viên, Chủ tịch UBND tỉnh; bà Phạm Thị Thu Hà – Giám đốc Sở Khoa học và Công nghệ.\n\nPhát biểu chỉ đạo, Chủ tịch UBND tỉnh Lê Minh Khoa đề nghị hai đơn vị cụ thể hóa chương trình bằng kế hoạch hằng năm.\n',
  },
  {
    title: { vi: 'Bài viết trước khi đổi chức vụ; kiểu bỏ dấu và chữ viết đầy đủ khác danh sách', en: 'An article from before the change; tone style and spelled-out words differ from the register' },
    settings: REGISTER,
    text: '---\ndate: 2025-05-10\n---\n\n# Hội nghị sơ kết công tác chuyển đổi số\n\nSáng 10/5, Sở Thông tin và Truyền thông tổ chức hội nghị sơ kết. Dự hội nghị có ông Lê Minh Khoa, Tỉnh uỷ viên, Phó Chủ tịch Ủy ban nhân dân tỉnh; bà Phạm Thị Thu Hà, Giám đốc Sở.\n',
  },
  {
    title: { vi: 'Chức vụ cũ ghi "nguyên", hay trong câu nói về việc đổi chức vụ', en: 'A former title marked "nguyên", or in a sentence about the change of post' },
    settings: REGISTER,
    text: '---\ndate: 2026-01-10\n---\n\n# Gặp mặt cán bộ hưu trí\n\nSáng 10/1, Sở Khoa học và Công nghệ gặp mặt cán bộ hưu trí, trong đó có nguyên Phó Giám đốc Sở Trần Văn Nam. Ông Lê Minh Khoa, Phó Chủ tịch UBND tỉnh, được bầu giữ chức Chủ tịch UBND tỉnh từ ngày 01/10/2025. Ông Trần Văn Nam, Phó Giám đốc Sở, nhận quyết định nghỉ hưu từ đầu năm 2026.\n',
  },
  {
    title: { vi: 'Không khai báo danh sách cán bộ: chức vụ chỉ được so trong bài', en: 'Without a people register, titles are only compared within the text' },
    settings: { people: [] },
    text: '---\ndate: 2026-04-14\n---\n\n# Ký kết chương trình phối hợp\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự buổi lễ có ông Lê Minh Khoa – Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.\n\nPhát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Lê Minh Khoa đề nghị hai đơn vị phối hợp chặt chẽ.\n',
  },
  {
    title: { vi: 'Bài về việc bổ nhiệm: chức vụ mới của người được bổ nhiệm', en: 'An appointment article: the appointee\'s new title' },
    text: '---\ndate: 2026-06-02\n---\n\n# Bổ nhiệm Giám đốc Sở Xây dựng\n\nSáng 2/6, UBND tỉnh công bố quyết định bổ nhiệm cán bộ. Dự buổi lễ có các đồng chí: Hồ Văn Mừng, Phó Chủ tịch UBND tỉnh; Lê Hoàng Phúc, Phó Giám đốc Sở Xây dựng.\n\nPhó Chủ tịch UBND tỉnh Hồ Văn Mừng trao quyết định bổ nhiệm ông Lê Hoàng Phúc giữ chức Giám đốc Sở Xây dựng. Phát biểu nhận nhiệm vụ, Giám đốc Sở Xây dựng Lê Hoàng Phúc cảm ơn lãnh đạo tỉnh.\n',
  },
  {
    title: { vi: 'Thông cáo gọi người ký đúng chức vụ trong khối "signer", kèm chức vụ Đảng', en: 'A release gives its signer the title under "signer", with a Party post besides' },
    profile: 'vn-press-release',
    text: SIGNED_RELEASE_HEAD + 'Chiều 13/3, bà Phan Thị Mỹ Lệ, Tỉnh ủy viên, Phó Giám đốc Sở chủ trì họp báo về phương án tuyển sinh; Phó Giám đốc Sở Phan Thị Mỹ Lệ giải đáp câu hỏi của phóng viên./.\n',
  },
];

const INVALID_EXAMPLES: RuleExample[] = [
  {
    title: { vi: 'Chức vụ cũ trong danh sách đại biểu', en: 'A former title in the participants list' },
    settings: REGISTER,
    text: '---\ndate: 2026-04-14\n---\n\n# Ký kết chương trình phối hợp về chuyển đổi số\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự buổi lễ có ông Lê Minh Khoa – Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.\n',
    expect: [{ messageId: 'formerTitle', line: 7 }],
    output: '---\ndate: 2026-04-14\n---\n\n# Ký kết chương trình phối hợp về chuyển đổi số\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự buổi lễ có ông Lê Minh Khoa – Tỉnh ủy viên, Chủ tịch UBND tỉnh.\n',
  },
  {
    title: { vi: 'Tên cơ quan cũ trong chức vụ đứng trước tên', en: 'A former department in a title written before the name' },
    settings: REGISTER,
    text: '---\ndate: 2026-04-14\n---\n\n# Tập huấn kỹ năng số cho cán bộ cấp xã\n\nPhát biểu khai mạc lớp tập huấn, Giám đốc Sở Thông tin và Truyền thông Phạm Thị Thu Hà đề nghị học viên vận dụng kiến thức vào công việc.\n',
    expect: [{ messageId: 'formerTitle', line: 7 }],
    output: '---\ndate: 2026-04-14\n---\n\n# Tập huấn kỹ năng số cho cán bộ cấp xã\n\nPhát biểu khai mạc lớp tập huấn, Giám đốc Sở Khoa học và Công nghệ Phạm Thị Thu Hà đề nghị học viên vận dụng kiến thức vào công việc.\n',
  },
  {
    title: { vi: 'Chức vụ chưa được bổ nhiệm vào ngày của bài', en: 'A title not yet held on the article\'s date' },
    settings: REGISTER,
    text: '---\ndate: 2025-05-10\n---\n\n# Kiểm tra tiến độ dự án đường tỉnh 845\n\nSáng 10/5, Chủ tịch UBND tỉnh Lê Minh Khoa kiểm tra tiến độ thi công dự án.\n',
    expect: [{ messageId: 'laterTitle', line: 7 }],
  },
  {
    title: { vi: 'Bài chưa có ngày: so với chức vụ mới nhất', en: 'No article date: compared with the latest title' },
    settings: REGISTER,
    text: '# Hội thảo chuyển đổi số trong doanh nghiệp\n\nChiều 20/5, hội thảo chuyển đổi số trong doanh nghiệp được tổ chức tại Trung tâm Hội nghị tỉnh. Tham dự hội thảo có bà Phạm Thị Thu Hà – Giám đốc Sở Thông tin và Truyền thông.\n',
    expect: [{ messageId: 'formerTitleUndated', line: 3 }],
    output: '# Hội thảo chuyển đổi số trong doanh nghiệp\n\nChiều 20/5, hội thảo chuyển đổi số trong doanh nghiệp được tổ chức tại Trung tâm Hội nghị tỉnh. Tham dự hội thảo có bà Phạm Thị Thu Hà – Giám đốc Sở Khoa học và Công nghệ.\n',
  },
  {
    title: { vi: 'Cán bộ đã nghỉ hưu vẫn được ghi chức vụ', en: 'A retired official still given the title' },
    settings: REGISTER,
    text: '---\ndate: 2026-03-10\n---\n\n# Kiểm tra mô hình ứng dụng công nghệ\n\nSáng 10/3, đoàn công tác do ông Trần Văn Nam, Phó Giám đốc Sở Khoa học và Công nghệ làm trưởng đoàn kiểm tra mô hình.\n',
    expect: [{ messageId: 'leftTitle', line: 7 }],
  },
  {
    title: { vi: 'Cấp phó ghi thành cấp trưởng, cấp trưởng ghi thành cấp phó', en: 'A deputy written as the head, a head as the deputy' },
    settings: REGISTER,
    text: '---\ndate: 2026-04-14\n---\n\n# Hội thảo chuyển đổi số\n\nPhó Giám đốc Sở Khoa học và Công nghệ Phạm Thị Thu Hà dự hội thảo.\n\nHội thảo do bà Võ Thị Lan – Giám đốc Sở Khoa học và Công nghệ chủ trì.\n',
    expect: [
      { messageId: 'unknownTitle', line: 7 },
      { messageId: 'unknownTitle', line: 9 },
    ],
    output: '---\ndate: 2026-04-14\n---\n\n# Hội thảo chuyển đổi số\n\nGiám đốc Sở Khoa học và Công nghệ Phạm Thị Thu Hà dự hội thảo.\n\nHội thảo do bà Võ Thị Lan – Phó Giám đốc Sở Khoa học và Công nghệ chủ trì.\n',
  },
  {
    title: { vi: 'Danh sách đại biểu ghi cấp trưởng, đoạn sau ghi cấp phó (không cần danh sách cán bộ)', en: 'The participants list gives the head, a later paragraph the deputy (no register needed)' },
    text: '---\ndate: 2026-05-19\n---\n\n# Gặp mặt nguyên lãnh đạo tỉnh\n\nSáng 19/5, Tỉnh ủy gặp mặt các đồng chí nguyên lãnh đạo tỉnh. Dự buổi gặp mặt có các đồng chí: Trần Minh Quang – Bí thư Tỉnh ủy; Lê Văn Hiếu – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n\nThông tin về tình hình kinh tế - xã hội, đồng chí Lê Văn Hiếu – Phó Chủ tịch UBND tỉnh cho biết tăng trưởng đạt 8,1%.\n',
    expect: [{ messageId: 'listedTitleMismatch', line: 9 }],
  },
  {
    title: { vi: 'Đoạn sau ghi một người giữ chức mà danh sách đại biểu ghi cho người khác', en: 'A later paragraph gives one person the post the participants list gives another' },
    text: '---\ndate: 2026-04-10\n---\n\n# Đảng bộ phường Long Châu sơ kết quý I\n\nSáng 10/4, Đảng ủy phường Long Châu sơ kết công tác quý I. Dự hội nghị có đồng chí Lâm Văn Tâm – Phó Bí thư Thường trực Đảng ủy phường; đồng chí Trương Thị Ngọc Mai – Phó Bí thư Đảng ủy, Chủ tịch UBND phường.\n\nĐồng chí Lâm Văn Tâm – Phó Bí thư Đảng ủy, Chủ tịch UBND phường thông tin thêm về kế hoạch quý II.\n',
    expect: [{ messageId: 'postOfAnother', line: 9 }],
  },
  {
    title: { vi: 'Danh sách đại biểu ghi chỉ huy trưởng, đoạn sau ghi chính ủy của cùng đơn vị', en: 'The participants list gives the commander, a later paragraph the commissar of the same unit' },
    text: '---\ndate: 2026-03-05\n---\n\n# Lễ giao nhận quân năm 2026\n\nSáng 5/3, tỉnh tổ chức lễ giao nhận quân. Tham dự buổi lễ có ông Lê Trung Hiếu – Phó Chủ tịch UBND tỉnh; Đại tá Trần Quang Vinh – Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.\n\nPhát biểu tại buổi lễ, Đại tá Trần Quang Vinh – Chính ủy Bộ Chỉ huy Quân sự tỉnh biểu dương các địa phương.\n',
    expect: [{ messageId: 'listedTitleMismatch', line: 9 }],
  },
  {
    title: { vi: 'Giới thiệu kèm chức vụ cấp phó trong đoạn văn, đoạn sau ghi cấp trưởng (không cần danh sách cán bộ)', en: 'Introduced in the prose as the deputy, named as the head further on (no register needed)' },
    text: '---\ndate: 2026-05-12\n---\n\n# Công bố kết quả tuyển dụng công chức cấp xã\n\nHội đồng tuyển dụng do ông Lê Văn Tiến – Phó Giám đốc Sở Nội vụ làm Chủ tịch Hội đồng.\n\nGiám đốc Sở Nội vụ Lê Văn Tiến cho biết đề thi gắn với tình huống thực tế ở xã, phường.\n',
    expect: [{ messageId: 'introducedTitleMismatch', line: 9 }],
  },
  {
    title: { vi: 'Người ký không còn giữ chức vụ nào vào ngày của thông cáo', en: 'A signer holding no title on the release\'s date' },
    settings: REGISTER,
    profile: 'vn-press-release',
    text: '---\ndate: 2026-03-10\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Trần Văn Nam\n---\n',
    expect: [{ messageId: 'signerLeft', line: 6 }],
  },
  {
    title: { vi: 'Chức vụ không có trong danh sách cán bộ', en: 'A title absent from the register' },
    settings: REGISTER,
    text: '---\ndate: 2026-04-14\n---\n\n# Ra mắt Tổ công nghệ số cộng đồng\n\nSáng 14/4, xã Mỹ An ra mắt Tổ công nghệ số cộng đồng. Dự lễ có bà Phạm Thị Thu Hà – Phó Giám đốc Sở Y tế.\n',
    expect: [{ messageId: 'unknownTitle', line: 7 }],
    output: '---\ndate: 2026-04-14\n---\n\n# Ra mắt Tổ công nghệ số cộng đồng\n\nSáng 14/4, xã Mỹ An ra mắt Tổ công nghệ số cộng đồng. Dự lễ có bà Phạm Thị Thu Hà – Giám đốc Sở Khoa học và Công nghệ.\n',
  },
  {
    title: { vi: 'Thông cáo gọi người ký là Giám đốc, khối "signer" ghi Phó Giám đốc (không cần danh sách cán bộ)', en: 'A release calls its signer Giám đốc while "signer" says Phó Giám đốc (no register needed)' },
    profile: 'vn-press-release',
    text: SIGNED_RELEASE_HEAD + 'Chiều 13/3, Giám đốc Sở Phan Thị Mỹ Lệ chủ trì họp báo về phương án tuyển sinh./.\n',
    expect: [{ messageId: 'signerTitleMismatch', line: 14 }],
  },
  {
    title: { vi: 'Người ký được gọi là Giám đốc sau tên, trước lời phát biểu', en: 'The signer called Giám đốc after the name, before what she says' },
    profile: 'vn-press-release',
    text: SIGNED_RELEASE_HEAD + 'Chiều 13/3, Sở tổ chức họp báo về phương án tuyển sinh.\n\nBà Phan Thị Mỹ Lệ – Giám đốc Sở cho biết năm nay tỉnh tuyển 18.500 học sinh vào lớp 10./.\n',
    expect: [{ messageId: 'signerTitleMismatch', line: 16 }],
  },
  {
    title: { vi: 'Chức vụ và tên cơ quan có chung chữ ("Chánh Thanh tra" của "Thanh tra tỉnh")', en: 'A title sharing words with its agency ("Chánh Thanh tra" of "Thanh tra tỉnh")' },
    profile: 'vn-press-release',
    text: '---\nprofile: vn-press-release\ndate: 2026-03-16\nagency: Thanh tra tỉnh Tây Ninh\nsigner:\n  authority: KT.\n  head: Chánh Thanh tra\n  title: Phó Chánh Thanh tra\n  name: Đoàn Văn Mạnh\n---\n\n# Hội nghị triển khai công tác thanh tra năm 2026\n\nÔng Đoàn Văn Mạnh – Chánh Thanh tra tỉnh cho biết năm 2026 Thanh tra tỉnh tiến hành 24 cuộc thanh tra./.\n',
    expect: [{ messageId: 'signerTitleMismatch', line: 14 }],
  },
  {
    title: { vi: 'Thông cáo ghi cấp bậc người ký khác với khối "signer"', en: 'A release gives its signer another rank than "signer" does' },
    profile: 'vn-press-release',
    text: '---\nprofile: vn-press-release\ndate: 2025-10-14\nagency: Công an tỉnh Lâm Đồng\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Đại tá Trần Minh Khoa\n---\n\n# Thông tin bắt cóc học sinh trên mạng xã hội là sai sự thật\n\nThượng tá Trần Minh Khoa, Phó Giám đốc Công an tỉnh, khẳng định trên địa bàn tỉnh không xảy ra vụ bắt cóc nào./.\n',
    expect: [{ messageId: 'signerRankMismatch', line: 14 }],
  },
];

export const peopleTitleMismatch: Rule = {
  meta: {
    id: 'people-title-mismatch',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Chức vụ của cán bộ đúng với danh sách cán bộ vào ngày của bài, và thống nhất với danh sách đại biểu',
        en: 'Officials\' titles match the people register on the article\'s date, and the participants list',
      },
      rationale: {
        vi: 'Ghi sai chức vụ của lãnh đạo, nhất là chức vụ cũ sau khi được điều động, bổ nhiệm, là lỗi dễ gặp và ảnh hưởng đến uy tín của Cổng. Khai báo danh sách cán bộ trong "people" của .govpressrc.json (họ tên, từng chức vụ với ngày bắt đầu "from" và ngày kết thúc "until"); quy tắc so chức vụ viết trong danh sách đại biểu và ở các chỗ nhắc tên trong bài ("Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng", "ông A, Giám đốc Sở …") với chức vụ người đó giữ vào ngày "date:" của bài. So sánh không phân biệt hoa thường, kiểu bỏ dấu (ủy/uỷ), chữ viết tắt UBND, HĐND, và chấp nhận chức vụ viết gọn ("Giám đốc Sở"). Bài chưa có "date:" thì so với chức vụ mới nhất trong danh sách, không lấy ngày hôm nay. Một chức vụ không có trong danh sách chỉ bị báo khi người đó không được ghi chức vụ đúng nào, vì danh sách thường chỉ ghi chức vụ chính. "Phó" đổi chức vụ thành chức vụ khác: ghi "Phó Chủ tịch" cho người là Chủ tịch (hay ngược lại) là sai. Chức vụ cũ có chữ "nguyên" đứng trước, hay nằm trong câu nói về việc đổi chức vụ ("bà A, Phó Giám đốc Sở, được bổ nhiệm giữ chức …"), không bị báo; người không còn chức vụ nào vào ngày của bài (đã nghỉ hưu, chuyển công tác) mà vẫn được ghi chức vụ thì bị báo. Người ký thông cáo ("signer") cũng được so với danh sách; khi danh sách không có người ký (hay không có danh sách), bài thông cáo không được gọi người ký bằng chức vụ cách một bậc với chức vụ ký trong "signer" ("Giám đốc Sở" cho Phó Giám đốc ký thay, hay ngược lại), và không tự sửa vì chỉ người viết biết bên nào sai; cấp bậc ghi trước tên người ký ("Đại tá Trần Minh Khoa") cũng phải khớp với cấp bậc bài ghi. Sửa tự động thay chức vụ khi chỉ có một chức vụ đúng để thay. Không cần danh sách cán bộ, danh sách đại biểu của bài cũng là một danh sách để so: người được ghi "Chủ tịch UBND tỉnh" trong danh sách đại biểu mà đoạn sau lại ghi "Phó Chủ tịch UBND tỉnh" (hay ngược lại) bị báo, không tự sửa, và cũng vậy với hai chức vụ của cùng một đơn vị mà một người không giữ cùng lúc: chỉ huy trưởng và chính ủy ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh" rồi "Chính ủy Bộ Chỉ huy Quân sự tỉnh"), tư lệnh và chính ủy, đồn trưởng và chính trị viên; người được ghi giữ chức đứng đầu (chủ tịch, bí thư, giám đốc…) mà bài ghi cho người khác ("Chủ tịch UBND phường" của bà A trong danh sách đại biểu, rồi ông B "Phó Bí thư Đảng ủy, Chủ tịch UBND phường") cũng bị báo; chức vụ viết gọn hay một chức vụ khác của người đó thì không, và người được bổ nhiệm, được bầu, nghỉ hưu trong bài cũng không.',
        en: 'A wrong title for an official, most often the old one after a transfer or appointment, is a common slip that hurts the portal\'s credibility. List officials under "people" in .govpressrc.json (name, each title with its start "from" and end "until"); the rule compares the titles written in the participants lists and next to names in the text ("Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng", "ông A, Giám đốc Sở …") with the titles the person held on the article\'s "date:". The comparison ignores case, tone-mark placement (ủy/uỷ) and the abbreviations UBND and HĐND, and accepts shortened titles ("Giám đốc Sở"). Without "date:" the latest titles in the register are used, never today\'s date. A title the register does not know is reported only when the person is given no correct title at all, since registers often list the main posts only. "Phó" makes another title: "Phó Chủ tịch" for someone who is Chủ tịch (or the reverse) is wrong. A former title preceded by "nguyên", or in a sentence about the change of post ("bà A, Phó Giám đốc Sở, được bổ nhiệm giữ chức …"), is not reported; someone with no title on the article\'s date (retired, transferred) who is still given one is. The signer of a press release ("signer") is checked too; when the register does not list the signer (or there is no register), the release must not give them the title one rank apart from the one they sign with ("Giám đốc Sở" for a deputy signing for the head, or the reverse), reported without a fix since only the writer knows which is wrong; a rank written before the signer\'s name ("Đại tá Trần Minh Khoa") must match the rank the text gives. The fix replaces the title when exactly one correct title can take its place. Without a register, the article\'s own participants list is compared with the text: someone listed as "Chủ tịch UBND tỉnh" and called "Phó Chủ tịch UBND tỉnh" further on (or the reverse) is reported, without a fix, and so are two posts of one unit that one person never holds together: commander and political commissar ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", then "Chính ủy Bộ Chỉ huy Quân sự tỉnh"), Tư lệnh and Chính ủy, Đồn trưởng and Chính trị viên; and so is a person given the post of a head (chairman, secretary, director…) that the text gives someone else ("Chủ tịch UBND phường" for Ms A in the participants list, then Mr B "Phó Bí thư Đảng ủy, Chủ tịch UBND phường"); a shortened title or another of the person\'s posts is not, nor is someone appointed, elected or retiring in the article.',
      },
    },
    messages: {
      formerTitle: {
        vi: '{name} giữ chức "{written}" đến ngày {until}; ngày {date} (ngày của bài), theo danh sách cán bộ, chức vụ là "{expected}".',
        en: '{name} held the title "{written}" until {until}; on {date} (the article\'s date) the people register gives "{expected}".',
      },
      formerTitleUndated: {
        vi: '{name} giữ chức "{written}" đến ngày {until}; chức vụ mới nhất theo danh sách cán bộ là "{expected}" (bài chưa có "date:" để so đúng ngày).',
        en: '{name} held the title "{written}" until {until}; the latest title in the people register is "{expected}" (the article has no "date:" to compare with).',
      },
      laterTitle: {
        vi: '{name} giữ chức "{written}" từ ngày {from}; ngày {date} (ngày của bài), theo danh sách cán bộ, chức vụ là "{expected}".',
        en: '{name} holds the title "{written}" only from {from}; on {date} (the article\'s date) the people register gives "{expected}".',
      },
      unknownTitle: {
        vi: 'Danh sách cán bộ không ghi {name} giữ chức "{written}"; ngày {date} (ngày của bài), chức vụ là "{expected}".',
        en: 'The people register does not give {name} the title "{written}"; on {date} (the article\'s date) it gives "{expected}".',
      },
      leftTitle: {
        vi: '{name} giữ chức "{written}" đến ngày {until}; ngày {date} (ngày của bài), danh sách cán bộ không ghi người này giữ chức vụ nào: nếu đã nghỉ hưu hay chuyển công tác, viết "nguyên {written}" hoặc chức vụ mới.',
        en: '{name} held the title "{written}" until {until}; on {date} (the article\'s date) the people register gives this person no title: if retired or transferred, write "nguyên {written}" (former) or the new title.',
      },
      listedTitleMismatch: {
        vi: 'Danh sách đại biểu ghi {name} là "{listed}", ở đây lại ghi "{written}": kiểm tra lại và sửa cho thống nhất.',
        en: 'The participants list gives {name} as "{listed}", but here the text writes "{written}": check which is right and make the two agree.',
      },
      postOfAnother: {
        vi: 'Bài ghi {holder} là "{post}" (dòng {line}), ở đây lại ghi {name} giữ chức này: kiểm tra lại và sửa cho đúng người.',
        en: 'The text gives the post "{post}" to {holder} (line {line}), but here to {name}: check who holds it and correct the other.',
      },
      introducedTitleMismatch: {
        vi: 'Bài giới thiệu {name} là "{listed}" (dòng {line}), ở đây lại ghi "{written}": kiểm tra lại và sửa cho thống nhất.',
        en: 'The text introduces {name} as "{listed}" (line {line}), but here it writes "{written}": check which is right and make the two agree.',
      },
      signerTitleMismatch: {
        vi: '{name} ký thông cáo với chức vụ "{signed}" (mục "signer"), nhưng bài ghi "{written}": sửa cho thống nhất.',
        en: '{name} signs this release as "{signed}" ("signer" in the front matter), but the text calls them "{written}": make the two agree.',
      },
      signerRankMismatch: {
        vi: '{name} ký thông cáo với cấp bậc "{signed}" (mục "signer"), nhưng bài ghi "{written}": sửa cho thống nhất.',
        en: '{name} signs this release with the rank "{signed}" ("signer" in the front matter), but the text gives the rank "{written}": make the two agree.',
      },
      signerLeft: {
        vi: 'Người ký {name} giữ chức "{written}" đến ngày {until}; ngày {date} (ngày của bài), danh sách cán bộ không ghi người này giữ chức vụ nào: kiểm tra lại người ký.',
        en: 'The signer {name} held the title "{written}" until {until}; on {date} (the article\'s date) the people register gives this person no title: check who signs.',
      },
      notYetTitle: {
        vi: '{name} giữ chức "{written}" từ ngày {from}; ngày {date} (ngày của bài), danh sách cán bộ chưa ghi người này giữ chức vụ nào.',
        en: '{name} holds the title "{written}" only from {from}; on {date} (the article\'s date) the people register gives this person no title yet.',
      },
      unknownTitleUndated: {
        vi: 'Danh sách cán bộ không ghi {name} giữ chức "{written}"; chức vụ mới nhất là "{expected}" (bài chưa có "date:" để so đúng ngày).',
        en: 'The people register does not give {name} the title "{written}"; the latest title is "{expected}" (the article has no "date:" to compare with).',
      },
    },
    defaults: {},
    examples: { valid: VALID_EXAMPLES, invalid: INVALID_EXAMPLES },
  },
  check({ doc, profile, settings, report }) {
    if (profile.language !== 'vi') return;
    const date = publicationDay(doc);
    const findings: Finding[] = [];
    if (settings.people.length > 0) {
      const register = registerOf(settings.people);
      findings.push(...checkParticipants(doc, register, date), ...checkMentions(doc, register, date), ...checkSigner(doc, register, date));
    }
    const persons = introducedPersons(doc);
    findings.push(...introducedInText(doc, persons, settings.people, date));
    checkPostsOfOthers(doc, persons, report);
    if (profile.id === 'vn-press-release') {
      findings.push(...signerInText(doc, settings.people, date));
      checkSignerRank(doc, report);
    }
    for (const finding of findings) reportFinding(finding, titlesOn(finding.official, date), date, report);
  },
};
