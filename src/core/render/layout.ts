/**
 * What a rendered release shows, in order, independent of the output format:
 * the HTML renderer and the Word export both walk this layout, so the
 * header text, the signature lines, the recipients' punctuation and the
 * figure captions are decided once.
 */
import type { Heading, Paragraph, RootContent } from 'mdast';
import type { Block, Figure, PressRelease } from '../model/types';
import type { Profile } from '../profiles/types';
import { resolveProfile } from '../profiles/index';
import { formatPlaceDate } from '../press-release/place-date';
import { canonicalAuthority, deputyOf, printsSignerTitle } from '../press-release/signer-authority';
import { parseIsoDate } from '../calendar';

/** `portal`: as a provincial e-portal shows it; `print`: the paper document; `en`: an AP-style release. */
export type RenderStyle = 'portal' | 'print' | 'en';

export const RENDER_STYLES: readonly RenderStyle[] = ['portal', 'print', 'en'];

export function isRenderStyle(value: unknown): value is RenderStyle {
  return typeof value === 'string' && (RENDER_STYLES as readonly string[]).includes(value);
}

/** The style a profile is previewed in when none is chosen. */
export function defaultStyle(profile: Profile['id']): RenderStyle {
  return profile === 'en-press-release' ? 'en' : profile === 'vn-press-release' ? 'print' : 'portal';
}

/** The stylesheets of a style, in order: file names under the package's `media/` folder. */
export function stylesheetFiles(style: RenderStyle): string[] {
  return style === 'portal' ? ['base.css', 'portal.css'] : ['base.css', 'paper.css', `${style}.css`];
}

/** The type name printed above the summary of a formal release (Nghị định 30, Mẫu 1.4). */
export const FORMAL_TYPE_NAME = 'THÔNG CÁO BÁO CHÍ';
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_LABEL = 'Nơi nhận:';
/** What stands in for an image that cannot be shown or embedded. */
export const MISSING_IMAGE_NOTE = { vi: 'Không hiển thị được ảnh: {url}', en: 'Image not available: {url}' };

/** One part of the body, with the 1-based source line it comes from. */
export type BodyItem =
  | { kind: 'title'; line: number; text: string; node?: Heading }
  | { kind: 'lead'; line: number; node: Paragraph; bold: boolean }
  | { kind: 'figure'; line: number; url: string; alt: string; title?: string; caption?: string; credit?: string }
  | { kind: 'signature'; line: number; node: RootContent }
  | { kind: 'release-line'; line: number; node: RootContent }
  | { kind: 'end-mark'; line: number; text: string }
  /** An English release's media contact made from the front matter, before the end mark. */
  | { kind: 'contact'; line: number; contact: ContactBlock }
  | { kind: 'block'; line: number; node: RootContent };

/** The two-column header of a formal document; agency names already in capitals. */
export interface FormalHeader {
  line: number;
  parentAgency?: string;
  agency?: string;
  /** `Số: 05/TCBC-SKHCN`; just `Số:` while the number is not given yet. */
  number: string;
  /** `Đồng Tháp, ngày 10 tháng 4 năm 2026`, with blanks for a missing place or date. */
  placeDate: string;
}

export interface SignerBlock {
  line: number;
  /** In capitals: `KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`. */
  titleLines: string[];
  name?: string;
}

export interface RecipientsBlock {
  line: number;
  /** As printed: `- Các cơ quan báo chí (để đưa tin);` … `- Lưu: VT, VP.` */
  entries: string[];
}

export interface ContactBlock {
  line: number;
  /** `Media contact` for an English release; the Vietnamese line carries its label inline. */
  heading?: string;
  lines: string[];
}

export interface Layout {
  profile: Profile['id'];
  /** Language of the document text (the `lang` of the page). */
  language: 'vi' | 'en';
  style: RenderStyle;
  /** The Nghị định 30 paper layout: a `vn-press-release` in the `print` style. */
  formal: boolean;
  /** The headline as plain text (H1, else the front matter `title`). */
  title: string;
  /** Publication date of a Vietnamese article (`dd/mm/yyyy`), shown under the headline. */
  publicationDate?: { line: number; iso: string; text: string };
  header?: FormalHeader;
  items: BodyItem[];
  signer?: SignerBlock;
  recipients?: RecipientsBlock;
  /** The Vietnamese contact line, at the foot of the document. */
  contact?: ContactBlock;
}

export interface LayoutOptions {
  style?: RenderStyle;
  /** Profile of a document whose front matter names none (default `vn-news`). */
  profile?: Profile['id'];
}

/** Decides what the release shows in a style. */
export function layoutRelease(model: PressRelease, options: LayoutOptions = {}): Layout {
  const profile = resolveProfile(model.profileName, options.profile);
  const style = options.style ?? defaultStyle(profile.id);
  const formal = profile.id === 'vn-press-release' && style === 'print';
  const fields = new FrontMatterFields(model);
  const items = bodyItems(model, fields);
  const title = items.find((item) => item.kind === 'title')?.text ?? '';
  const layout: Layout = { profile: profile.id, language: profile.language, style, formal, title, items };

  if (profile.language === 'vi' && !formal) {
    const iso = fields.text('date');
    const date = iso === undefined ? undefined : parseIsoDate(iso);
    if (iso !== undefined && date) {
      layout.publicationDate = { line: fields.line('date'), iso, text: `${pad(date.day)}/${pad(date.month)}/${date.year}` };
    }
  }
  if (profile.id === 'vn-press-release') {
    if (formal) {
      layout.header = formalHeader(fields);
      const recipients = recipientsBlock(fields);
      if (recipients) layout.recipients = recipients;
    }
    const signer = signerBlock(fields);
    if (signer) layout.signer = signer;
  }
  const contact = contactBlock(model, fields, profile.language);
  if (contact && profile.language === 'en') {
    const endMark = items.findIndex((item) => item.kind === 'end-mark');
    items.splice(endMark === -1 ? items.length : endMark, 0, { kind: 'contact', line: contact.line, contact });
  } else if (contact) {
    layout.contact = contact;
  }
  return layout;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** Front matter values as trimmed text, and the lines of their keys (a generated block scrolls to its key). */
class FrontMatterFields {
  constructor(private readonly model: PressRelease) {}

  text(key: string, record: Record<string, unknown> | undefined = this.model.frontMatter?.data): string | undefined {
    const value = record?.[key];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    return String(value).trim() || undefined;
  }

  record(key: string): Record<string, unknown> | undefined {
    const value = this.model.frontMatter?.data[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  }

  list(key: string): string[] {
    const value = this.model.frontMatter?.data[key];
    if (!Array.isArray(value)) return [];
    return value.filter((entry) => typeof entry === 'string' || typeof entry === 'number').map((entry) => String(entry).trim());
  }

  /** Line of whichever of `keys` comes first in the front matter, else of the front matter itself. */
  line(...keys: string[]): number {
    const entry = this.model.frontMatter?.entries.find((candidate) => keys.includes(candidate.key));
    return this.model.lines.position(entry?.keySpan.start ?? this.model.frontMatter?.span.start ?? 0).line;
  }
}

/**
 * The body's blocks in order; caption lines are folded into their figures.
 * Raw HTML is dropped; link and footnote definitions print nothing where they
 * stand (a footnote's text goes with the notes).
 */
function bodyItems(model: PressRelease, fields: FrontMatterFields): BodyItem[] {
  const lineOf = (offset: number): number => model.lines.position(offset).line;
  const items: BodyItem[] = [];
  for (const block of model.blocks) {
    const line = lineOf(block.start);
    if (NOT_PRINTED.has(block.node.type) || block.role === 'caption') continue;
    if (model.title && block.node === model.title.node) items.push({ kind: 'title', line, text: model.title.text, node: model.title.node });
    else if (model.lead && block === model.lead) items.push({ kind: 'lead', line, node: model.lead.node, bold: model.lead.bold });
    else if (block.role === 'figure') items.push(...figuresOf(model, block).map((figure) => figureItem(figure, lineOf(figure.start))));
    else if (block.role === 'signature') items.push({ kind: 'signature', line, node: block.node });
    else if (block.start === model.english.releaseLine?.start) items.push({ kind: 'release-line', line, node: block.node });
    else if (block.start === model.english.endMark?.start) items.push({ kind: 'end-mark', line, text: endMarkText(block) });
    else items.push({ kind: 'block', line, node: block.node });
  }
  if (!items.some((item) => item.kind === 'title')) {
    const title = fields.text('title');
    if (title) items.unshift({ kind: 'title', line: fields.line('title'), text: title });
  }
  return items;
}

const NOT_PRINTED: ReadonlySet<RootContent['type']> = new Set(['html', 'definition', 'footnoteDefinition']);

function figuresOf(model: PressRelease, block: Block): Figure[] {
  return model.figures.filter((figure) => figure.start >= block.start && figure.start < block.end);
}

/** A figure with its caption split from the photo credit, so each can be styled. */
function figureItem(figure: Figure, line: number): BodyItem {
  const item: BodyItem & { kind: 'figure' } = { kind: 'figure', line, url: figure.image.url, alt: figure.image.alt };
  // The title attribute is kept as the photo's own title (a tooltip), also when a caption line, which readers see, is the caption.
  if (figure.image.title?.trim()) item.title = figure.image.title;
  const caption = figure.caption?.text;
  if (!caption) return item;
  const creditAt = figure.credit ? caption.lastIndexOf(figure.credit.text) : -1;
  if (figure.credit && creditAt !== -1) {
    const before = caption.slice(0, creditAt).trim();
    if (before) item.caption = before;
    item.credit = caption.slice(creditAt).trim();
  } else {
    item.caption = caption;
  }
  return item;
}

/** `###` written as an empty level-3 heading has no text of its own. */
function endMarkText(block: Block): string {
  return block.plain.text.trim() || '###';
}

function formalHeader(fields: FrontMatterFields): FormalHeader {
  const parentAgency = fields.text('parentAgency');
  const agency = fields.text('agency');
  const number = fields.text('number');
  const header: FormalHeader = {
    line: fields.line('agency', 'parentAgency', 'number'),
    number: number ? `Số: ${number}` : 'Số:',
    placeDate: placeDateLine(fields.text('place'), fields.text('date')),
  };
  if (parentAgency) header.parentAgency = upper(parentAgency);
  if (agency) header.agency = upper(agency);
  return header;
}

/** Blanks stand in for what is missing, as on a draft that is dated when it is signed. */
function placeDateLine(place: string | undefined, isoDate: string | undefined): string {
  const placeText = place ?? '……';
  if (isoDate !== undefined && parseIsoDate(isoDate)) return formatPlaceDate(placeText, isoDate);
  return `${placeText}, ngày … tháng … năm …`;
}

/**
 * `KT. GIÁM ĐỐC` over `PHÓ GIÁM ĐỐC` when a deputy signs for the head; the
 * head's own title alone when the head signs; `Q. GIÁM ĐỐC` alone when an
 * acting head signs, who signs as the head; and for a collective body
 * `TM. ỦY BAN NHÂN DÂN` over the chair's title, with `KT. CHỦ TỊCH` between
 * them when a deputy chair signs (Phụ lục I, II.7).
 */
function signerBlock(fields: FrontMatterFields): SignerBlock | undefined {
  const signer = fields.record('signer');
  if (!signer) return undefined;
  const authority = fields.text('authority', signer);
  const head = fields.text('head', signer);
  const title = fields.text('title', signer);
  const name = fields.text('name', signer);
  const titleLines: string[] = [];
  if (authority) {
    titleLines.push(upper([authority, head].filter(Boolean).join(' ')));
    const chair = title && canonicalAuthority(authority) === 'TM.' ? deputyOf(title) : undefined;
    if (chair) titleLines.push(upper(`KT. ${chair}`));
    if (title && printsSignerTitle(authority)) titleLines.push(upper(title));
  } else if (title ?? head) {
    titleLines.push(upper((title ?? head)!));
  }
  const block: SignerBlock = { line: fields.line('signer'), titleLines };
  if (name) block.name = name;
  return titleLines.length > 0 || name ? block : undefined;
}

/**
 * Each entry gets its dash and semicolon; the last (`Lưu: VT, VP.`) ends with
 * its own period. A dash or semicolon typed into an entry is not printed twice.
 */
function recipientsBlock(fields: FrontMatterFields): RecipientsBlock | undefined {
  const entries = fields.list('recipients').map((entry) => entry.replace(/^[-–—•+*]\s*/u, '')).filter(Boolean);
  if (entries.length === 0) return undefined;
  const last = entries.length - 1;
  return {
    line: fields.line('recipients'),
    entries: entries.map((entry, index) => (index < last ? `- ${entry.replace(/\s*;+$/u, '')};` : `- ${entry}`)),
  };
}

/**
 * The Vietnamese contact line (`Thông tin liên hệ: …; ĐT: …; Email: …`), or for
 * an English release without a `## Media contact` section, that section made
 * from the front matter.
 */
function contactBlock(model: PressRelease, fields: FrontMatterFields, language: 'vi' | 'en'): ContactBlock | undefined {
  const contact = fields.record('contact');
  if (!contact) return undefined;
  const part = (key: string): string | undefined => fields.text(key, contact);
  const line = fields.line('contact');
  if (language === 'en') {
    if (model.english.mediaContact) return undefined;
    const lines = [[part('name'), part('position')].filter(Boolean).join(', '), part('phone'), part('email')].filter((text): text is string => Boolean(text));
    return lines.length > 0 ? { line, heading: 'Media contact', lines } : undefined;
  }
  const person = [part('name'), part('position')].filter(Boolean).join(' – ');
  const first = [person, labelled('ĐT', part('phone')), labelled('Email', part('email'))].filter(Boolean).join('; ');
  const second = [labelled('Địa chỉ', part('address')), labelled('Trang thông tin điện tử', part('website'))].filter(Boolean).join('; ');
  const lines = [first && `Thông tin liên hệ: ${first}`, second].filter(Boolean);
  return lines.length > 0 ? { line, lines } : undefined;
}

function labelled(label: string, value: string | undefined): string {
  return value ? `${label}: ${value}` : '';
}
