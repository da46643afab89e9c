/**
 * The press-release model: one per document version, built once from the
 * Markdown tree and shared by every rule, the preview, the outline and the
 * status bar. All spans are UTF-16 offsets into the original source.
 */
import type { Root, Paragraph, Heading, Image, RootContent } from 'mdast';
import type { LineIndex } from '../text/line-index';
import type { PlainText } from '../text/plain-text';

export interface Span {
  start: number;
  end: number;
}

export interface Located extends Span {
  text: string;
}

export interface FrontMatterEntry {
  key: string;
  keySpan: Span;
  valueSpan: Span;
  value: unknown;
}

export interface FrontMatter {
  /** The whole block, fences included. */
  span: Span;
  /** The YAML between the fences. */
  yamlSpan: Span;
  /** Parsed values; empty when the YAML is invalid. */
  data: Record<string, unknown>;
  /** Top-level keys with their positions. */
  entries: FrontMatterEntry[];
  /** The first YAML error, at its own position, with the YAML library's code when it has one; the body is still modelled. */
  error?: { message: string; start: number; end: number; code?: string };
  /** Set when an opening fence has no closing fence. */
  unclosed?: boolean;
}

/** A calendar date as written; the year may be omitted in news leads. */
export interface WrittenDate {
  day: number;
  month: number;
  year?: number;
}

/** How a short date is written: `14/4`, `14-4`, `14.4`, or in words. */
export type DateStyle = '/' | '-' | '.' | 'words';

export interface Dateline extends Located {
  date: WrittenDate;
  /** Last day of a span such as `Từ ngày 12 đến ngày 14/5`. */
  endDate?: WrittenDate;
  partOfDay?: string;
  weekday?: string;
  style: DateStyle;
  /** `opening`: the lead starts with it (after an outlet tag); `early`: within the first two sentences. */
  placement: 'opening' | 'early';
}

export type NameTitleSeparator = 'en-dash' | 'hyphen' | 'comma' | 'title-first';

export interface Person extends Span {
  kind: 'person';
  honorific?: Located;
  name: Located;
  titles: Located[];
  separator: NameTitleSeparator;
  /** The separator as written, with its span (absent for title-first). */
  separatorText?: Located;
}

export interface ParticipantGroup extends Located {
  kind: 'group';
}

export type ParticipantEntry = Person | ParticipantGroup;

export interface ParticipantList extends Span {
  /** The formula that introduces the list: `Tham dự buổi lễ có`, `Dự … có`, `… có các đồng chí:` */
  intro: Located;
  entries: ParticipantEntry[];
  /** Index of the body block holding the sentence. */
  blockIndex: number;
}

export interface Caption extends Located {
  source: 'title' | 'emphasis' | 'line';
}

export interface Credit extends Located {
  /** The credited name(s) after `Ảnh:`. */
  name: string;
}

export interface Figure extends Span {
  image: Located & { url: string; alt: string; title?: string; node: Image };
  caption?: Caption;
  credit?: Credit;
}

export type SignatureForm =
  | 'name-unit'
  | 'news-photo'
  | 'news'
  | 'produced-by'
  | 'author'
  | 'source'
  | 'according-to'
  | 'name';

export interface Signature extends Located {
  form: SignatureForm;
  author?: string;
  unit?: string;
}

export interface EndMark extends Span {
  /** True when `./.` closes the last body paragraph with no space before it. */
  attached: boolean;
}

export type BlockRole = 'lead' | 'body' | 'caption' | 'signature' | 'figure' | 'heading' | 'other';

/** A top-level block of the body with its plain text mapped to source offsets. */
export interface Block extends Span {
  node: RootContent;
  role: BlockRole;
  plain: PlainText;
}

/** Parts specific to the English AP-style profile. */
export interface EnglishParts {
  releaseLine?: Located;
  boilerplate?: Located;
  mediaContact?: Located;
  endMark?: Located;
}

export interface PressRelease {
  source: string;
  lines: LineIndex;
  tree: Root;
  frontMatter?: FrontMatter;
  /** Profile named by the front matter, if any. */
  profileName?: string;
  title?: Located & { node: Heading };
  lead?: Block & { node: Paragraph; bold: boolean };
  dateline?: Dateline;
  /** A vague time opener (`Vừa qua`, `Mới đây`) when no concrete date is given. */
  vagueTime?: Located;
  participants: ParticipantList[];
  figures: Figure[];
  blocks: Block[];
  /** Body paragraphs (role `lead` or `body`), in order. */
  paragraphs: Block[];
  /** Every `./.` in the body. */
  endMarks: EndMark[];
  /** The end mark that closes the last body paragraph, if any. */
  endMark?: EndMark;
  signature?: Signature;
  english: EnglishParts;
  /** Number of words in title, lead and body paragraphs. */
  wordCount: number;
}
