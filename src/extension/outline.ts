/**
 * The parts of a press release in the Outline view and breadcrumbs: title, lead,
 * participants (one child per person), photos by caption, end mark and signature.
 */
import * as vscode from 'vscode';
import type { ReleaseDocuments } from './documents';
import { t } from './l10n';
import type { LineCharacter, OutlineEntry, OutlinePart } from './release-summary';

const SYMBOL_KINDS: Record<OutlinePart, vscode.SymbolKind> = {
  title: vscode.SymbolKind.String,
  lead: vscode.SymbolKind.Field,
  participants: vscode.SymbolKind.Array,
  person: vscode.SymbolKind.Object,
  photos: vscode.SymbolKind.Package,
  photo: vscode.SymbolKind.File,
  'end-mark': vscode.SymbolKind.Constant,
  signature: vscode.SymbolKind.Key,
};

export class ReleaseOutline implements vscode.DocumentSymbolProvider {
  constructor(private readonly documents: ReleaseDocuments) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const release = await this.documents.summary(document, { awaitFirstLint: true });
    return release ? release.summary.outline.map(symbol) : [];
  }
}

function symbol(entry: OutlineEntry): vscode.DocumentSymbol {
  const range = new vscode.Range(position(entry.start), position(entry.end));
  const created = new vscode.DocumentSymbol(symbolName(entry), entry.detail, SYMBOL_KINDS[entry.part], range, range);
  created.children = entry.children.map(symbol);
  return created;
}

function symbolName(entry: OutlineEntry): string {
  switch (entry.part) {
    case 'title':
      return t('Title');
    case 'lead':
      return t('Lead');
    case 'participants':
      return t('Participants');
    case 'person':
      return entry.name;
    case 'photos':
      return t('Photos');
    case 'photo':
      return entry.name || t('Photo without caption');
    case 'end-mark':
      return t('End mark');
    case 'signature':
      return t('Signature');
  }
}

function position({ line, character }: LineCharacter): vscode.Position {
  return new vscode.Position(line, character);
}
