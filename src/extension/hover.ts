/**
 * Hover on the name of an official from the config's `people` register: the
 * titles the register gives, with their dates, and the one held on the article's date.
 */
import * as vscode from 'vscode';
import type { PersonEntry } from '../core/config/types';
import type { ReleaseDocuments } from './documents';
import { t } from './l10n';

type RegisterTitle = PersonEntry['titles'][number];

export class PeopleHover implements vscode.HoverProvider {
  constructor(private readonly documents: ReleaseDocuments) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.documents.isCandidate(document)) return undefined;
    const release = await this.documents.summary(document);
    const people = release?.settings.config.people;
    if (!release || !people?.length) return undefined;
    const line = document.lineAt(position.line).text;
    for (const person of people) {
      const name = person.name.normalize('NFC');
      for (let at = line.indexOf(name); at !== -1; at = line.indexOf(name, at + 1)) {
        if (position.character < at || position.character > at + name.length) continue;
        const range = new vscode.Range(position.line, at, position.line, at + name.length);
        return new vscode.Hover(describePerson(person, release.summary.articleDate), range);
      }
    }
    return undefined;
  }
}

/** Titles held on a date; without a date, the titles held now (with no end date). */
export function titlesOn(person: PersonEntry, date: string | undefined): RegisterTitle[] {
  return person.titles.filter((title) => (date === undefined ? title.until === undefined : (title.from ?? '') <= date && date <= (title.until ?? '9999-12-31')));
}

/** When a title is held, as the register says: "2016-03-01 – 2019-12-31", "since 2020-01-01". */
export function tenure(title: RegisterTitle): string {
  if (title.from && title.until) return `${title.from} – ${title.until}`;
  if (title.from) return t('since {0}', title.from);
  if (title.until) return t('until {0}', title.until);
  return '';
}

/** The register's entry for a person, as Markdown. */
export function describePerson(person: PersonEntry, date: string | undefined): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.appendMarkdown(`**${escape(person.name)}** · ${escape(t('people register'))}\n\n`);
  for (const title of person.titles) {
    const when = tenure(title);
    markdown.appendMarkdown(`- ${escape(title.title)}${when ? ` (${escape(when)})` : ''}\n`);
  }
  const held = titlesOn(person, date).map((title) => title.title).join(', ') || t('no title in the register');
  markdown.appendMarkdown(`\n${escape(date ? t('On the article date ({0}): {1}', date, held) : t('Now: {0}', held))}\n`);
  return markdown;
}

/** Names and titles are plain text: no emphasis, code or links from their characters. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}
