/**
 * Deterministic generator of the benchmark corpus: realistic Vietnamese
 * portal releases (profile `vn-news`) with a few realistic defects, so every
 * linter has work to do. Run directly (`node --import tsx bench/generate.ts`)
 * or through `generateCorpus`, which `bench/run.ts` calls.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CLOSING_SENTENCES,
  DISTRICTS,
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  FEMALE_MIDDLE_NAMES,
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
  type EventKind,
  type SlotName,
  type Topic,
} from './text-pools';

/** Bump whenever the generated text changes, so stale corpora are rebuilt. */
export const GENERATOR_VERSION = 'govpress-bench-corpus 1';

export const DEFAULT_CORPUS_DIR = path.join(import.meta.dirname, 'corpus');

const STAMP_FILE = '.generator-version';
const RELEASE_COUNT = 1000;
/** The archive a CI matrix splits: 20,000 releases, 1,000 to a folder as archives are kept by year. */
const ARCHIVE_COUNT = 20_000;
const ARCHIVE_FOLDER_SIZE = 1000;
/** Seeds of the archive start here, so that its releases differ from releases/. */
const ARCHIVE_SEED_BASE = 100_000;
const RELEASE_WORDS = 1000;
const SINGLE_WORDS = 1500;
const SMALL_WORDS = 300;
const LARGE_BYTES = 5 * 1024 * 1024;

/**
 * Per-occasion probabilities of the defects editors actually meet
 * (real-articles-patterns.md §10): low, so most text is clean.
 */
const DEFECT_RATES = {
  doubleSpacePerSentence: 0.01,
  oldToneMarkPerRelease: 0.1,
  missingCaptionPerFigure: 0.05,
  vagueLeadPerRelease: 0.05,
  bareUrlSourceLinePerRelease: 0.03,
};

export interface CorpusPaths {
  root: string;
  releasesDir: string;
  archiveDir: string;
  largeFile: string;
  singleFile: string;
  smallFile: string;
}

export function corpusPaths(root: string): CorpusPaths {
  return {
    root,
    releasesDir: path.join(root, 'releases'),
    archiveDir: path.join(root, 'archive'),
    largeFile: path.join(root, 'large', 'large.md'),
    singleFile: path.join(root, 'single', 'release-1500.md'),
    smallFile: path.join(root, 'small', 'small.md'),
  };
}

/**
 * Writes the corpus under `root`: the releases and single documents, then
 * the archive, each part skipped when a stamp of this generator version
 * says it is already there (the archive takes about 10 s to write).
 */
export function generateCorpus(root: string): CorpusPaths {
  const paths = corpusPaths(root);
  const singleFiles = [paths.largeFile, paths.singleFile, paths.smallFile];
  generateOnce(root, [paths.releasesDir, ...singleFiles.map((file) => path.dirname(file))], () => {
    for (let index = 0; index < RELEASE_COUNT; index++) {
      const fileName = `${String(index).padStart(4, '0')}.md`;
      writeFileSync(path.join(paths.releasesDir, fileName), composeRelease(seedFor(index), { words: RELEASE_WORDS }));
    }
    // Seeds past RELEASE_COUNT keep the special documents distinct from the releases.
    writeFileSync(paths.largeFile, composeRelease(seedFor(RELEASE_COUNT + 1), { bytes: LARGE_BYTES }));
    writeFileSync(paths.singleFile, composeRelease(seedFor(RELEASE_COUNT + 2), { words: SINGLE_WORDS }));
    writeFileSync(paths.smallFile, composeRelease(seedFor(RELEASE_COUNT + 3), { words: SMALL_WORDS }));
  });
  generateOnce(paths.archiveDir, [paths.archiveDir], () => {
    for (let index = 0; index < ARCHIVE_COUNT; index++) {
      const folder = path.join(paths.archiveDir, String(Math.floor(index / ARCHIVE_FOLDER_SIZE)).padStart(2, '0'));
      if (index % ARCHIVE_FOLDER_SIZE === 0) mkdirSync(folder);
      writeFileSync(path.join(folder, `${String(index).padStart(5, '0')}.md`), composeRelease(seedFor(ARCHIVE_SEED_BASE + index), { words: RELEASE_WORDS }));
    }
  });
  return paths;
}

/**
 * A release of at least `words` words, generated in memory from the corpus's
 * pools (the same text on every call): for measurements that need one
 * document of a size the corpus does not hold.
 */
export function releaseOfWords(words: number): string {
  // Past the special documents' seeds, so it differs from every corpus file.
  return composeRelease(seedFor(RELEASE_COUNT + 4), { words });
}

/**
 * Empties `outputDirs` and runs `write`, unless `stampDir` holds a stamp of
 * this generator version. The stamp goes last, so an interrupted run
 * regenerates the part next time.
 */
function generateOnce(stampDir: string, outputDirs: readonly string[], write: () => void): void {
  const stampPath = path.join(stampDir, STAMP_FILE);
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === GENERATOR_VERSION) return;
  rmSync(stampPath, { force: true });
  for (const dir of outputDirs) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  write();
  writeFileSync(stampPath, GENERATOR_VERSION);
}

function seedFor(documentIndex: number): number {
  return Math.imul(documentIndex + 1, 0x9e3779b1) >>> 0;
}

/** mulberry32: tiny, fast and reproducible, unlike Math.random. */
class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/** Draws without replacement and refills when empty, so a release rarely repeats a sentence. */
class ShuffleBag<T> {
  private remaining: T[] = [];

  constructor(
    private readonly items: readonly T[],
    private readonly random: SeededRandom,
  ) {}

  draw(): T {
    if (this.remaining.length === 0) this.remaining = [...this.items];
    const index = this.random.int(0, this.remaining.length - 1);
    const [item] = this.remaining.splice(index, 1);
    if (item === undefined) throw new Error('draw from an empty bag');
    return item;
  }
}

/** What stays fixed within one release: its subject, place, date and event. */
interface ReleaseContext {
  random: SeededRandom;
  topic: Topic;
  province: (typeof PROVINCES)[number];
  mainUnit: string;
  event: EventKind;
  year: number;
  month: number;
  day: number;
  /** Portals publish on the day of the event or the day after. */
  publishedDay: number;
}

type SizeTarget = { words: number } | { bytes: number };

const SLOT_FILLERS: Record<SlotName, (context: ReleaseContext) => string> = {
  province: (context) => context.province.name,
  year: (context) => String(context.year),
  schoolYear: (context) => `${context.year - 1} - ${context.year}`,
  period: ({ random }) => random.pick(['2021 - 2025', '2022 - 2026', '2021 - 2030', '2023 - 2025']),
  date: ({ random, year }) => `${random.int(1, 28)}/${random.int(1, 12)}/${year}`,
  district: ({ random }) => random.pick(DISTRICTS),
  unit: ({ random }) => random.pick(UNITS),
  mainUnit: (context) => context.mainUnit,
  noun: (context) => context.event.noun,
  Noun: (context) => capitalize(context.event.noun),
  official: (context) => {
    const person = personName(context.random);
    return `${person.name}, ${fillTemplate(context.random.pick(OFFICIAL_TITLES), context)}`;
  },
  amount: ({ random }) => vietnameseAmount(random),
  percent: ({ random }) => (random.chance(0.5) ? `${random.int(60, 99)}%` : `${random.int(60, 99)},${random.int(1, 9)}%`),
  smallPercent: ({ random }) => `${random.int(1, 15)},${random.int(1, 9)}%`,
  count: ({ random }) => groupThousands(random.int(120, 25000)),
  smallCount: ({ random }) => String(random.int(2, 45)),
  decimal: ({ random }) => `${random.int(5, 7)},${random.int(1, 9)}`,
  docNumber: ({ random }) => String(random.int(12, 3999)),
};

function isSlotName(name: string): name is SlotName {
  return Object.hasOwn(SLOT_FILLERS, name);
}

function fillTemplate(template: string, context: ReleaseContext): string {
  return template.replace(/\{(\w+)\}/g, (_placeholder, slot: string) => {
    if (!isSlotName(slot)) throw new Error(`unknown slot {${slot}} in template: ${template}`);
    return SLOT_FILLERS[slot](context);
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Vietnamese number style: dot groups thousands ("1.234"), comma marks decimals ("12,5"). */
function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function vietnameseAmount(random: SeededRandom): string {
  const style = random.next();
  if (style < 0.6) return `${groupThousands(random.int(12, 9999))} tỷ đồng`;
  if (style < 0.85) return `${random.int(120, 980)} triệu đồng`;
  return `${random.int(1, 99)},${random.int(1, 9)} tỷ đồng`;
}

function personName(random: SeededRandom): { name: string; honorific: string } {
  const isFemale = random.chance(0.4);
  const middle = random.pick(isFemale ? FEMALE_MIDDLE_NAMES : MALE_MIDDLE_NAMES);
  const given = random.pick(isFemale ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  const honorific = random.chance(0.25) ? 'đồng chí' : isFemale ? 'bà' : 'ông';
  return { name: `${random.pick(FAMILY_NAMES)} ${middle} ${given}`, honorific };
}

/** Whitespace-separated tokens: for Vietnamese, roughly syllables. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => token.length > 0).length;
}

function targetReached(target: SizeTarget, words: number, bytes: number): boolean {
  return 'words' in target ? words >= target.words : bytes >= target.bytes;
}

function composeRelease(seed: number, target: SizeTarget): string {
  const random = new SeededRandom(seed);
  const topic = random.pick(TOPICS);
  const day = random.int(1, 27);
  const context: ReleaseContext = {
    random,
    topic,
    province: random.pick(PROVINCES),
    mainUnit: topic.unit,
    event: random.pick(topic.events),
    year: random.int(2022, 2025),
    month: random.int(1, 12),
    day,
    publishedDay: day + random.int(0, 1),
  };
  const author = random.pick(PEN_NAMES);
  const title = composeTitle(context);

  const topicSentences = new ShuffleBag([...topic.sentences, ...GENERAL_SENTENCES], random);
  const otherTopicSentences = new ShuffleBag(
    TOPICS.filter((otherTopic) => otherTopic !== topic).flatMap((otherTopic) => otherTopic.sentences),
    random,
  );
  const drawSentence = (): string =>
    withDefects(fillTemplate((random.chance(0.7) ? topicSentences : otherTopicSentences).draw(), context), random);

  const frontMatter = [
    '---',
    'profile: vn-news',
    `title: ${title}`,
    `date: ${isoDate(context)}`,
    `author: ${author}`,
    `unit: ${context.mainUnit}`,
    `category: ${random.pick([topic.category, 'Tin tức', 'Tin hoạt động'])}`,
    '---',
  ].join('\n');
  const opening = [frontMatter, `# ${title}`, composeLead(context), composeParticipants(context)];
  const closing = fillTemplate(random.pick(CLOSING_SENTENCES), context);
  const ending = [
    // The end mark is glued to the last sentence: "… trong thời gian tới./."
    `${drawSentence()} ${closing}/.`,
    random.chance(DEFECT_RATES.bareUrlSourceLinePerRelease)
      ? `(Nguồn: Cổng Thông tin điện tử tỉnh ${context.province.name} - https://${context.province.portalHost}/)`
      : `${author} – ${context.mainUnit}`,
  ];

  // The size target counts the whole file, opening and ending included.
  let words = 0;
  let bytes = 0;
  const measure = (block: string): void => {
    words += countWords(block);
    bytes += Buffer.byteLength(block) + 2;
  };
  [...opening, ...ending].forEach(measure);

  // Large documents are split into `##` sections, as long reports are.
  const isSectioned = 'bytes' in target;
  const sectionHeadings = new ShuffleBag(TOPICS.flatMap((anyTopic) => anyTopic.sectionHeadings), random);
  const middle: string[] = [];
  const addBlock = (block: string): void => {
    middle.push(block);
    measure(block);
  };
  let paragraphCount = 0;
  let figureCount = 0;
  let paragraphsUntilFigure = random.int(1, 3);
  while (!targetReached(target, words, bytes)) {
    if (isSectioned && paragraphCount % 8 === 0) {
      addBlock(`## ${paragraphCount / 8 + 1}. ${fillTemplate(sectionHeadings.draw(), context)}`);
    }
    addBlock(Array.from({ length: random.int(2, 4) }, drawSentence).join(' '));
    paragraphCount++;
    if (--paragraphsUntilFigure === 0) {
      figureCount++;
      addBlock(composeFigure(context, figureCount));
      paragraphsUntilFigure = random.int(3, 5);
    }
  }

  const [frontMatterBlock, ...bodyOpening] = opening;
  let body = [...bodyOpening, ...middle, ...ending].join('\n\n');
  if (random.chance(DEFECT_RATES.oldToneMarkPerRelease)) body = toOldToneMarkOnce(body, random);
  return `${frontMatterBlock}\n\n${body}\n`;
}

function composeTitle(context: ReleaseContext): string {
  const eventName = fillTemplate(context.event.name, context);
  const startsWithEventKind = eventName.charAt(0) === eventName.charAt(0).toUpperCase();
  if (startsWithEventKind && context.random.chance(0.4)) return eventName;
  return `${context.mainUnit} tỉnh ${context.province.name} tổ chức ${eventName}`;
}

/** Lead forms observed in real leads (§3.1), plus the vague "Vừa qua" a linter should flag. */
function composeLead(context: ReleaseContext): string {
  const { random, day, month, year } = context;
  const timeExpression = random.chance(DEFECT_RATES.vagueLeadPerRelease)
    ? 'Vừa qua'
    : random.pick([
        `Sáng ${day}/${month}`,
        `Chiều ${day}/${month}`,
        `Sáng ngày ${day}/${month}`,
        `Chiều ngày ${day}/${month}/${year}`,
        `Ngày ${day}/${month}/${year}`,
        `Tối ${day}-${month}`,
      ]);
  const venue = fillTemplate(random.pick(VENUES), context);
  const eventName = fillTemplate(context.event.name, context);
  const leadSentence = random.chance(0.6)
    ? `${timeExpression}, tại ${venue}, ${context.mainUnit} tổ chức ${eventName}.`
    : `${timeExpression}, ${context.mainUnit} phối hợp với ${random.pick(UNITS)} tổ chức ${eventName} tại ${venue}.`;
  return random.chance(0.6) ? `${leadSentence} ${fillTemplate(random.pick(LEAD_PURPOSES), context)}` : leadSentence;
}

/** "Tham dự … có ông X – title; bà Y – title; cùng đại diện …" (§4.1, §5). */
function composeParticipants(context: ReleaseContext): string {
  const { random } = context;
  const people = Array.from({ length: random.int(2, 4) }, () => {
    const person = personName(random);
    return `${person.honorific} ${person.name} – ${fillTemplate(random.pick(OFFICIAL_TITLES), context)}`;
  });
  const group = fillTemplate(random.pick(PARTICIPANT_GROUPS), context);
  const attendance = `Tham dự ${context.event.noun} có ${people.join('; ')}; cùng đại diện ${group}.`;
  if (!random.chance(0.5)) return attendance;
  return `${attendance} ${capitalize(fillTemplate(`đồng chí {official} chủ trì {noun}.`, context))}`;
}

/** An image and its emphasis-only caption line, as portals publish them (§6). */
function composeFigure(context: ReleaseContext, figureNumber: number): string {
  const { random } = context;
  const caption = fillTemplate(random.pick(context.topic.captions), context);
  const image = `![${caption}](images/${context.topic.imageSlug}-${figureNumber}.jpg)`;
  if (random.chance(DEFECT_RATES.missingCaptionPerFigure)) return image;
  const credit = random.chance(0.35) ? `. Ảnh: ${random.pick(PEN_NAMES)}` : '';
  return `${image}\n*${caption}${credit}*`;
}

function withDefects(sentence: string, random: SeededRandom): string {
  if (!random.chance(DEFECT_RATES.doubleSpacePerSentence)) return sentence;
  const spaceIndexes = [...sentence.matchAll(/ /g)].map((match) => match.index);
  const index = random.pick(spaceIndexes);
  return `${sentence.slice(0, index)} ${sentence.slice(index)}`;
}

/** One "ủy" turned into the old-style "uỷ": the mixed tone-mark style editors flag (§8). */
function toOldToneMarkOnce(text: string, random: SeededRandom): string {
  const occurrences = [...text.matchAll(/[Ủủ]y/g)].map((match) => match.index);
  if (occurrences.length === 0) return text;
  const index = random.pick(occurrences);
  const oldStyle = text.charAt(index) === 'Ủ' ? 'Uỷ' : 'uỷ';
  return `${text.slice(0, index)}${oldStyle}${text.slice(index + 2)}`;
}

function isoDate({ year, month, publishedDay }: ReleaseContext): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(publishedDay).padStart(2, '0')}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const paths = generateCorpus(DEFAULT_CORPUS_DIR);
  console.log(`corpus ready in ${paths.root}`);
}
