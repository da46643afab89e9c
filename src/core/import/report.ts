/**
 * The import report: the parts of the imported release as the linter's
 * model sees them (so the report and the diagnostics agree), the notes of
 * the importer, and the page chrome it removed; with its text forms for the
 * command line and the editor.
 */
import type { ParticipantEntry, PressRelease } from '../model/types';
import { localize } from '../i18n/localize';
import type { Profile } from '../profiles/types';
import type { Lang, Localized } from '../types';
import { note } from './notes';
import type { DraftFormat, ImportNote, ImportReport, ReleasePart } from './types';

const PARTS: readonly ReleasePart[] = ['title', 'lead', 'dateline', 'participants', 'figures', 'endMark', 'signature', 'date', 'author', 'unit', 'category'];
const FRONT_MATTER_PARTS = ['date', 'author', 'unit', 'category'] as const;
const LEAD_EXCERPT_WORDS = 12;
/** Words shown of the paragraph the end mark closes. */
const ENDING_WORDS = 4;

const PART_LABELS: Record<ReleasePart, Localized> = {
  title: { vi: 'Tiêu đề', en: 'Headline' },
  lead: { vi: 'Đoạn mở đầu', en: 'Lead' },
  dateline: { vi: 'Thời gian sự kiện ở đoạn mở đầu', en: 'Event date in the lead' },
  participants: { vi: 'Thành phần tham dự', en: 'Participants' },
  figures: { vi: 'Ảnh và chú thích', en: 'Figures' },
  endMark: { vi: 'Dấu kết thúc ./.', en: 'End mark ./.' },
  signature: { vi: 'Dòng ký tên', en: 'Signature' },
  date: { vi: 'Ngày đăng (date)', en: 'Publication date (date)' },
  author: { vi: 'Tác giả (author)', en: 'Author (author)' },
  unit: { vi: 'Đơn vị (unit)', en: 'Unit (unit)' },
  category: { vi: 'Chuyên mục (category)', en: 'Category (category)' },
};
const FORMAT_NAMES: Record<DraftFormat, Localized> = {
  text: { vi: 'văn bản thuần', en: 'plain text' },
  html: { vi: 'HTML', en: 'HTML' },
  docx: { vi: 'Word', en: 'Word' },
};
const TEXT: Record<'heading' | 'found' | 'missing' | 'notes' | 'chrome' | 'summary' | 'nothingMissing', Localized> = {
  heading: { vi: 'Nhập bản thảo ({format}, hồ sơ {profile})', en: 'Imported draft ({format}, {profile} profile)' },
  found: { vi: 'Đã nhận ra:', en: 'Found:' },
  missing: { vi: 'Chưa có: {parts}', en: 'Missing: {parts}' },
  notes: { vi: 'Ghi chú:', en: 'Notes:' },
  chrome: { vi: 'Đã bỏ phần khung trang ({count}): {text}', en: 'Page chrome removed ({count}): {text}' },
  summary: { vi: 'Đã nhập bản thảo: nhận ra {found}/{total} phần.', en: 'Draft imported: {found} of {total} parts found.' },
  nothingMissing: { vi: 'Đủ các phần.', en: 'No part is missing.' },
};

export interface ImportContext {
  format: DraftFormat;
  profile: Profile['id'];
  notes: readonly ImportNote[];
  chrome: readonly string[];
  /** Paths of the photos that caption lines call for. */
  missingPhotos: readonly string[];
}

export function describeImport(model: PressRelease, context: ImportContext): ImportReport {
  const found: ImportReport['found'] = {};
  if (model.title) found.title = model.title.text;
  if (model.lead) found.lead = excerpt(model.lead.plain.text.trim());
  if (model.dateline) found.dateline = model.dateline.text;
  const entries = model.participants.flatMap((list) => list.entries);
  if (entries.length > 0) found.participants = participantNames(entries);
  if (model.figures.length > 0) found.figures = String(model.figures.length);
  if (model.endMark) found.endMark = `… ${model.source.slice(0, model.endMark.end).split(/\s+/u).slice(-ENDING_WORDS).join(' ')}`;
  if (model.signature) found.signature = model.signature.text;
  for (const key of FRONT_MATTER_PARTS) {
    const value = model.frontMatter?.data[key];
    if (typeof value === 'string' && value) found[key] = value;
  }

  const line = (offset: number): number => model.lines.position(offset).line;
  const notes = [...context.notes];
  const waiting = model.figures.filter((figure) => context.missingPhotos.includes(figure.image.url));
  if (waiting.length > 0) {
    notes.push(note('captions-without-photos', { count: waiting.length, lines: waiting.map((figure) => line(figure.start)).join(', '), paths: context.missingPhotos.join(', ') }));
  }
  const uncaptioned = model.figures.filter((figure) => !figure.caption);
  if (uncaptioned.length > 0) notes.push(note('photos-without-caption', { count: uncaptioned.length, lines: uncaptioned.map((figure) => line(figure.start)).join(', ') }));

  return { format: context.format, profile: context.profile, found, missing: PARTS.filter((part) => found[part] === undefined), notes, chrome: [...context.chrome] };
}

/** The people by name, then how many groups (`lãnh đạo các sở, ngành`) follow: `Đoàn Thanh Bình; Huỳnh Minh Thức (+6)`. */
function participantNames(entries: readonly ParticipantEntry[]): string {
  const names = entries.flatMap((entry) => (entry.kind === 'person' ? [entry.name.text] : []));
  const groups = entries.length - names.length;
  return [names.join('; '), groups > 0 ? `(+${groups})` : ''].filter(Boolean).join(' ');
}

function excerpt(text: string, words = LEAD_EXCERPT_WORDS): string {
  const all = text.split(/\s+/u);
  return all.length <= words ? text : `${all.slice(0, words).join(' ')} …`;
}

/** The whole report, one item a line (the CLI prints it on standard error). */
export function formatImportReport(report: ImportReport, lang: Lang): string {
  const lines = [localize(TEXT.heading, lang, { format: localize(FORMAT_NAMES[report.format], lang), profile: report.profile })];
  lines.push(localize(TEXT.found, lang));
  for (const part of PARTS) {
    const value = report.found[part];
    if (value !== undefined) lines.push(`  ${localize(PART_LABELS[part], lang)}: ${value}`);
  }
  lines.push(report.missing.length > 0 ? localize(TEXT.missing, lang, { parts: partList(report.missing, lang) }) : localize(TEXT.nothingMissing, lang));
  if (report.notes.length > 0) {
    lines.push(localize(TEXT.notes, lang));
    for (const item of report.notes) lines.push(`  - ${localize(item.message, lang, item.data)}`);
  }
  if (report.chrome.length > 0) {
    lines.push(localize(TEXT.chrome, lang, { count: report.chrome.length, text: report.chrome.map((text) => `"${excerpt(text)}"`).join(', ') }));
  }
  return `${lines.join('\n')}\n`;
}

/** The report in a few sentences (the editor shows it in a notification). */
export function summarizeImport(report: ImportReport, lang: Lang): string {
  const sentences = [localize(TEXT.summary, lang, { found: PARTS.length - report.missing.length, total: PARTS.length })];
  sentences.push(report.missing.length > 0 ? `${localize(TEXT.missing, lang, { parts: partList(report.missing, lang) })}.` : localize(TEXT.nothingMissing, lang));
  for (const item of report.notes) sentences.push(localize(item.message, lang, item.data));
  return sentences.join(' ');
}

function partList(parts: readonly ReleasePart[], lang: Lang): string {
  return parts.map((part) => localize(PART_LABELS[part], lang)).join(', ');
}
