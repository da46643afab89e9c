/**
 * Completion in press releases: officials from the config's `people` register
 * (name and the titles held on the article's date) inside participants sentences,
 * their titles after "Name – ", and front matter keys and profile names inside
 * the front matter. The place is recognized from the line's text first, so that
 * typing elsewhere never builds a model.
 */
import * as vscode from 'vscode';
import type { PersonEntry } from '../core/config/types';
import { COMMON_FRONT_MATTER_KEYS, profiles, resolveProfile } from '../core/profiles/index';
import type { ReleaseDocuments, SummarizedRelease } from './documents';
import { describePerson, tenure, titlesOn } from './hover';
import { t, uiLanguage } from './l10n';

/** A space: after `ông `, after `Name – `, after `profile: `. */
export const COMPLETION_TRIGGERS = [' '];

/** An honorific and the part of a name typed after it, at the end of the text before the cursor. */
const HONORIFIC_BEFORE_CURSOR = /(?<![\p{L}])(?:[ôÔ]ng|[bB]à|[đĐ]ồng\s+chí)\s+(?<typed>(?:\p{Lu}\p{Ll}*\s+)*(?:\p{Lu}\p{Ll}*)?)$/u;
/** What may precede the honorific in a list: the formula's verb, a colon, or an entry delimiter. */
const LIST_POSITION = /(?:^|\s)(?:có|gồm)\s*:?\s*$|[:,;]\s*(?:và\s+)?$/u;
/** An intro formula in the sentence: `Tham dự buổi lễ có`, `Dự hội nghị có`, `Cùng tham gia đoàn gồm`. */
const INTRO_FORMULA = /(?:^|\s)(?:[Tt]ham\s+dự|[ĐđTt](?:ến|ới)\s+dự|[Dd]ự|[Tt]ham\s+gia)(?:\s+[^\s.!?;]+)*?\s+(?:có|gồm)(?![\p{L}])/u;
/** A name, its dash and the part of a title typed after it. */
const TITLE_AFTER_NAME = /(?<![\p{L}])(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)+)\s*[–-]\s*(?<typed>[^;,–\-]*)$/u;
const FRONT_MATTER_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_BEING_TYPED = /^[A-Za-z]*$/;
const PROFILE_VALUE = /^profile[ \t]*:[ \t]*(?<typed>[\w-]*)$/;

type Place =
  | { kind: 'person'; typed: string }
  | { kind: 'title'; name: string; typed: string }
  | { kind: 'front-matter-key'; typed: string }
  | { kind: 'profile'; typed: string };

export class ReleaseCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly documents: ReleaseDocuments) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    if (!this.documents.isCandidate(document)) return undefined;
    const place = placeAt(document, position);
    if (!place) return undefined;
    const release = await this.documents.summary(document);
    if (!release) return undefined;
    const range = new vscode.Range(position.translate(0, -place.typed.length), position);
    switch (place.kind) {
      case 'person':
        return personItems(release, range);
      case 'title':
        return titleItems(release, place.name, range);
      case 'front-matter-key':
        return frontMatterKeyItems(release, range);
      case 'profile':
        return profileItems(range);
    }
  }
}

function placeAt(document: vscode.TextDocument, position: vscode.Position): Place | undefined {
  const prefix = document.lineAt(position.line).text.slice(0, position.character);
  if (inFrontMatter(document, position.line)) {
    const profile = PROFILE_VALUE.exec(prefix);
    if (profile) return { kind: 'profile', typed: profile.groups!['typed']! };
    return KEY_BEING_TYPED.test(prefix) ? { kind: 'front-matter-key', typed: prefix } : undefined;
  }
  const honorific = HONORIFIC_BEFORE_CURSOR.exec(prefix);
  if (honorific) {
    const before = prefix.slice(0, honorific.index);
    const sentence = before.slice(lastSentenceEnd(before));
    const inList = LIST_POSITION.test(before) && (/;\s*(?:và\s+)?$/u.test(before) || INTRO_FORMULA.test(sentence));
    return inList ? { kind: 'person', typed: honorific.groups!['typed']! } : undefined;
  }
  const title = TITLE_AFTER_NAME.exec(prefix);
  return title ? { kind: 'title', name: title.groups!['name']!, typed: title.groups!['typed']! } : undefined;
}

/** Where the current sentence starts in a line's text. */
function lastSentenceEnd(text: string): number {
  let end = 0;
  for (const match of text.matchAll(/[.!?]\s+/g)) end = match.index + match[0].length;
  return end;
}

/** True when a line lies between the front matter's fences (the closing one may still be missing). */
function inFrontMatter(document: vscode.TextDocument, line: number): boolean {
  if (line === 0 || !/^---[ \t]*$/.test(document.lineAt(0).text)) return false;
  for (let index = 1; index < line; index++) if (FRONT_MATTER_FENCE.test(document.lineAt(index).text)) return false;
  return !FRONT_MATTER_FENCE.test(document.lineAt(line).text);
}

function personItems(release: SummarizedRelease, range: vscode.Range): vscode.CompletionItem[] {
  const date = release.summary.articleDate;
  return (release.settings.config.people ?? []).map((person) => {
    const held = titlesOn(person, date).map((title) => title.title).join(', ');
    const item = new vscode.CompletionItem({ label: person.name, description: held }, vscode.CompletionItemKind.User);
    item.insertText = held ? `${person.name} – ${held}` : person.name;
    item.filterText = person.name;
    item.range = range;
    item.detail = t('people register');
    item.documentation = describePerson(person, date);
    return item;
  });
}

/** Titles of the register's person whose name ends the capitalized words before the dash (`Ông Đoàn Thanh Bình`). */
function titleItems(release: SummarizedRelease, words: string, range: vscode.Range): vscode.CompletionItem[] | undefined {
  const written = words.normalize('NFC');
  const person = (release.settings.config.people ?? []).find((entry: PersonEntry) => {
    const name = entry.name.normalize('NFC');
    return written === name || written.endsWith(` ${name}`);
  });
  if (!person) return undefined;
  const held = new Set(titlesOn(person, release.summary.articleDate));
  return person.titles.map((title, index) => {
    const item = new vscode.CompletionItem({ label: title.title, description: tenure(title) }, vscode.CompletionItemKind.Text);
    item.range = range;
    // Titles held on the article's date first, then the register's order.
    item.sortText = `${held.has(title) ? 0 : 1}${String(index).padStart(3, '0')}`;
    item.preselect = held.has(title);
    return item;
  });
}

function frontMatterKeyItems({ summary, settings }: SummarizedRelease, range: vscode.Range): vscode.CompletionItem[] {
  const profile = resolveProfile(summary.profileName, settings.config.profile);
  const present = new Set(summary.frontMatterKeys);
  return [...COMMON_FRONT_MATTER_KEYS, ...profile.frontMatterKeys]
    .filter((key) => !present.has(key))
    .map((key) => {
      const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
      item.insertText = `${key}: `;
      item.range = range;
      item.detail = profile.requiredFrontMatter.includes(key) ? t('required by {0}', profile.id) : profile.id;
      return item;
    });
}

function profileItems(range: vscode.Range): vscode.CompletionItem[] {
  return Object.values(profiles).map((profile) => {
    const item = new vscode.CompletionItem({ label: profile.id, description: profile.label[uiLanguage()] }, vscode.CompletionItemKind.EnumMember);
    item.range = range;
    return item;
  });
}
