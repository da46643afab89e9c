/**
 * The parts of a press release in the Outline view and breadcrumbs: title, lead,
 * participants (one child per person), photos by caption, end mark and signature.
 */
import * as vscode from 'vscode';
import type { Person, PressRelease, Span } from '../core/model/types';
import type { ReleaseDocuments } from './documents';
import { t } from './l10n';

/** The lead's detail shows its opening words. */
const LEAD_EXCERPT_LENGTH = 80;

export class ReleaseOutline implements vscode.DocumentSymbolProvider {
  constructor(private readonly documents: ReleaseDocuments) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const release = await this.documents.release(document);
    return release ? releaseSymbols(release.model) : [];
  }
}

function releaseSymbols(model: PressRelease): vscode.DocumentSymbol[] {
  const symbol = (name: string, detail: string, kind: vscode.SymbolKind, span: Span, children: vscode.DocumentSymbol[] = []): vscode.DocumentSymbol => {
    const range = new vscode.Range(position(model, span.start), position(model, span.end));
    const created = new vscode.DocumentSymbol(name, detail, kind, range, range);
    created.children = children;
    return created;
  };
  const symbols: vscode.DocumentSymbol[] = [];
  if (model.title) symbols.push(symbol(t('Title'), model.title.text, vscode.SymbolKind.String, model.title));
  if (model.lead) symbols.push(symbol(t('Lead'), excerpt(model.lead.plain.text), vscode.SymbolKind.Field, model.lead));
  for (const list of model.participants) {
    const people = list.entries.filter((entry): entry is Person => entry.kind === 'person');
    const children = people.map((person) => symbol(personLabel(person), person.honorific?.text ?? '', vscode.SymbolKind.Object, person));
    symbols.push(symbol(t('Participants'), list.intro.text, vscode.SymbolKind.Array, list, children));
  }
  if (model.figures.length > 0) {
    const photos = model.figures.map((figure) => symbol(figure.caption?.text || t('Photo without caption'), figure.image.url, vscode.SymbolKind.File, figure));
    symbols.push(symbol(t('Photos'), String(photos.length), vscode.SymbolKind.Package, { start: model.figures[0]!.start, end: model.figures.at(-1)!.end }, photos));
  }
  if (model.endMark) symbols.push(symbol(t('End mark'), './.', vscode.SymbolKind.Constant, model.endMark));
  if (model.signature) symbols.push(symbol(t('Signature'), model.signature.text, vscode.SymbolKind.Key, model.signature));
  return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
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
function position(model: PressRelease, offset: number): vscode.Position {
  const { line, column } = model.lines.position(offset);
  return new vscode.Position(line - 1, column - 1);
}
