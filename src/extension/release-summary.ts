/**
 * What the editor's features need of a release besides its problems (the
 * outline, the status bar's word count, the date and front matter keys that
 * hover and completion read): small plain data drawn from its model. A release
 * too large to model on the extension host has it drawn in the lint worker and
 * posted back (large-documents.ts), so no `vscode` here.
 */
import type { Person, PressRelease, Span } from '../core/model/types';

/** The parts of a release in the outline. */
export type OutlinePart = 'title' | 'lead' | 'participants' | 'person' | 'photos' | 'photo' | 'end-mark' | 'signature';

/** A 0-based line and UTF-16 character, as `vscode.Position` takes them. */
export interface LineCharacter {
  line: number;
  character: number;
}

export interface OutlineEntry {
  part: OutlinePart;
  /** The entry's own text: a person's name and titles, a photo's caption; empty for the other parts, which the outline names. */
  name: string;
  detail: string;
  start: LineCharacter;
  end: LineCharacter;
  children: OutlineEntry[];
}

export interface ReleaseSummary {
  /** The profile the front matter names, if any. */
  profileName: string | undefined;
  /** The front matter's `date:`, when written YYYY-MM-DD. */
  articleDate: string | undefined;
  /** The keys the front matter has. */
  frontMatterKeys: string[];
  /** Words in the title, lead and body. */
  wordCount: number;
  /** Title, lead, participants, photos, end mark and signature, in document order. */
  outline: OutlineEntry[];
}

/** The lead's detail in the outline shows its opening words. */
const LEAD_EXCERPT_LENGTH = 80;

export function summarizeRelease(model: PressRelease): ReleaseSummary {
  return {
    profileName: model.profileName,
    articleDate: articleDate(model),
    frontMatterKeys: model.frontMatter?.entries.map((entry) => entry.key) ?? [],
    wordCount: model.wordCount,
    outline: outlineOf(model),
  };
}

/** The article's date from its front matter (`date: YYYY-MM-DD`), if written so. */
function articleDate(model: PressRelease): string | undefined {
  const date = model.frontMatter?.data['date'];
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? date.trim() : undefined;
}

function outlineOf(model: PressRelease): OutlineEntry[] {
  const entry = (part: OutlinePart, name: string, detail: string, span: Span, children: OutlineEntry[] = []): OutlineEntry => ({
    part,
    name,
    detail,
    start: position(model, span.start),
    end: position(model, span.end),
    children,
  });
  const entries: OutlineEntry[] = [];
  if (model.title) entries.push(entry('title', '', model.title.text, model.title));
  if (model.lead) entries.push(entry('lead', '', excerpt(model.lead.plain.text), model.lead));
  for (const list of model.participants) {
    const people = list.entries.filter((listed): listed is Person => listed.kind === 'person');
    const children = people.map((person) => entry('person', personLabel(person), person.honorific?.text ?? '', person));
    entries.push(entry('participants', '', list.intro.text, list, children));
  }
  if (model.figures.length > 0) {
    const photos = model.figures.map((figure) => entry('photo', figure.caption?.text ?? '', figure.image.url, figure));
    entries.push(entry('photos', '', String(photos.length), { start: model.figures[0]!.start, end: model.figures.at(-1)!.end }, photos));
  }
  if (model.endMark) entries.push(entry('end-mark', '', './.', model.endMark));
  if (model.signature) entries.push(entry('signature', '', model.signature.text, model.signature));
  return entries.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
}

/** "Name – titles", as a participants sentence writes a person. */
function personLabel(person: Person): string {
  return [person.name.text, person.titles.map((title) => title.text).join(', ')].filter(Boolean).join(' – ');
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LEAD_EXCERPT_LENGTH ? flat : `${flat.slice(0, LEAD_EXCERPT_LENGTH - 1)}…`;
}

/** Positions come from the model's own text, which may be a version behind the document. */
function position(model: PressRelease, offset: number): LineCharacter {
  const { line, column } = model.lines.position(offset);
  return { line: line - 1, character: column - 1 };
}
