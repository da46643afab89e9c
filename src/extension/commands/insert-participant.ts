/**
 * GovPress: Insert Participant. Inserts one person of a participants list
 * (`ông Họ tên – Chức vụ`) as a snippet, written the way the document's
 * existing lists write theirs: the same name–title separator, an honorific
 * only when the lists use them, and the list delimiter before it when the
 * cursor ends a list.
 */
import * as vscode from 'vscode';
import { buildModel } from '../../core/model/build';
import type { NameTitleSeparator, ParticipantList, Person, PressRelease } from '../../core/model/types';
import { escapeSnippetText } from './template-snippet';

/** Values that fill the snippet's fields (for scripts and tests); the writer can still Tab through them. */
export interface InsertParticipantArguments {
  honorific?: string;
  name?: string;
  title?: string;
}

const HONORIFICS = ['ông', 'bà', 'đồng chí'];
const SEPARATOR_TEXT: Record<Exclude<NameTitleSeparator, 'title-first'>, string> = { 'en-dash': ' – ', hyphen: ' - ', comma: ', ' };

interface ParticipantStyle {
  separator: NameTitleSeparator;
  /** The honorific to offer first, or none when the document's lists name people without one (`các đồng chí: Nguyễn Văn A, …`). */
  honorific: string | undefined;
}

export async function insertParticipant(editor: vscode.TextEditor, values: InsertParticipantArguments = {}): Promise<boolean> {
  const model = buildModel(editor.document.getText());
  const style = participantStyle(model);
  const cursor = editor.document.offsetAt(editor.selection.active);
  // Right after a list's last entry is where its next person goes.
  const endedList = model.participants.find((list) => list.end === cursor);
  const lead = endedList ? `${listDelimiter(model.source, endedList)} ` : '';
  return editor.insertSnippet(new vscode.SnippetString(lead + participantSnippet(style, values)));
}

function participantSnippet(style: ParticipantStyle, values: InsertParticipantArguments): string {
  const name = `\${2:${escapeSnippetText(values.name ?? 'Họ tên')}}`;
  const title = `\${3:${escapeSnippetText(values.title ?? 'Chức vụ')}}`;
  const preferred = values.honorific ?? style.honorific;
  const honorific =
    preferred === undefined ? '' : `\${1|${[preferred, ...HONORIFICS.filter((choice) => choice !== preferred)].map(escapeChoice).join(',')}|} `;
  if (style.separator === 'title-first') return `${honorific}${title} ${name}`;
  return `${honorific}${name}${SEPARATOR_TEXT[style.separator]}${title}`;
}

/** Choice elements escape `,` and `|` besides the snippet characters. */
function escapeChoice(text: string): string {
  return escapeSnippetText(text).replace(/[,|]/g, (character) => `\\${character}`);
}

function participantStyle(model: PressRelease): ParticipantStyle {
  const persons = model.participants.flatMap((list) => list.entries.filter((entry): entry is Person => entry.kind === 'person'));
  if (persons.length === 0) return { separator: 'en-dash', honorific: HONORIFICS[0] };
  const separator = mostFrequent(persons.filter((person) => person.titles.length > 0).map((person) => person.separator)) ?? 'en-dash';
  const honorifics = persons.map((person) => person.honorific?.text.toLowerCase().replace(/\s+/g, ' '));
  const withHonorific = honorifics.filter((honorific): honorific is string => honorific !== undefined);
  return { separator, honorific: withHonorific.length * 2 >= persons.length ? mostFrequent(withHonorific) : undefined };
}

/** The most frequent value; a tie goes to the one written first. */
function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}


/** What the list writes between two entries: `;` in the house style, `,` in some lists. */
function listDelimiter(source: string, list: ParticipantList): string {
  const gaps = list.entries.slice(1).map((entry, index) => source.slice(list.entries[index]!.end, entry.start).trim().charAt(0));
  return mostFrequent(gaps.filter((gap) => gap === ';' || gap === ',')) ?? ';';
}
